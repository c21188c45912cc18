export * from "./records.ts";
export { InvalidReportError, StoreError } from "./errors.ts";
export { openDatabase, type Db, type OpenOptions } from "./open-database.ts";
export { MIGRATIONS, type Migration } from "./migrations/index.ts";
export {
  saveReport,
  savePreparedReport,
  deleteReport,
  type SaveOptions,
  type SaveOutcome,
  type SaveResult,
} from "./save-report.ts";
export { RefusedReportError, refusal, TEXT_SHRINK_TOLERANCE } from "./replacement-guard.ts";
export { prepareReport, type PreparedReport, type PrepareOptions } from "./prepared-report.ts";
export { withLoadPragmas } from "./load-pragmas.ts";
export { readReport } from "./read-report.ts";
export { countReports, listReports, readCatalogue } from "./list-reports.ts";
export { reportsStamp } from "./reports-stamp.ts";
export { findIndicators } from "./find-indicators.ts";
export { findGoals } from "./find-goals.ts";
export { findActivities } from "./find-activities.ts";
export { findBudgetLines, findBudgetRequests } from "./find-budget.ts";
export { reportsWithName, type NameKind } from "./reports-with-name.ts";
export { tallyReports, type ReportTally } from "./report-tallies.ts";
export { searchText, type SearchOptions } from "./search-text.ts";
export { readPassages, searchPassages, type PassageSearch } from "./passages.ts";
export { foldText } from "./fold-text.ts";
export { defaultDbPath, defaultReportsDir, REPO_ROOT, repoPath } from "./paths.ts";
export * from "./digests/digest-store.ts";
export * from "./slack/slack-store.ts";

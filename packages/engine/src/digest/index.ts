export * from "./digest-types.ts";
export { buildDigest, buildOrganisationDigest, isDigestEmpty, type BuildDigestOptions } from "./build-digest.ts";
export {
  compareReportPeriods,
  matchOrganisations,
  readDigestInputs,
  type DigestInput,
  type DigestReportData,
  type DigestScope,
} from "./digest-input.ts";
export { findBudgetTotal, findDigestBudgetResult } from "./budget-total.ts";
export { compareReports } from "./report-changes.ts";
export { matchItems, normaliseName } from "./match-key.ts";
export { digestParts, renderDigestText, type DigestPart } from "./render-digest.ts";
export { formatTable, wrapCell, type TableColumn } from "./text-table.ts";
export { ASSESSMENT_LABEL, STATUS_LABEL, formatSignedAmount, formatSource } from "./digest-labels.ts";

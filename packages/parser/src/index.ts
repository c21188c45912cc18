// What other packages use: parsing a report file or text, its errors, and identity given from outside.
export { parseReport, type ParseReportOptions } from "./parse-report.ts";
export { readReportFile } from "./read-report-file.ts";
export { ReportParseError, type ParseIssue } from "./errors.ts";
export type { IdentityOverride } from "./identity/identity-override.ts";

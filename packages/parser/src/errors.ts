/** One problem found in a report, at a 1-based line (0 when it concerns the whole file). */
export interface ParseIssue {
  line: number;
  message: string;
}

/**
 * Input that is not a usable report (empty, binary, another document, identity unknown, or a
 * result that fails the ParsedReport schema). The message is one line: `file:line: what; what to do`.
 */
export class ReportParseError extends Error {
  override readonly name = "ReportParseError";
  readonly file: string;
  readonly line: number;
  readonly issues: readonly ParseIssue[];

  constructor(file: string, line: number, issues: readonly ParseIssue[], options?: { cause?: unknown }) {
    const first = issues[0]?.message ?? "not a usable report";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
    super(`${file}:${line}: ${first}${more}`, options);
    this.file = file;
    this.line = line;
    this.issues = issues;
  }
}

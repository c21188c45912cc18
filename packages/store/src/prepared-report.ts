import { ParsedReport } from "@tertial/domain";
import { checkReferences } from "./check-references.ts";
import { InvalidReportError } from "./errors.ts";
import { reportFoldedWords } from "./report-text.ts";

/** A report checked and ready to store, with the folded words of its text entries (reportTextEntries order). */
export interface PreparedReport {
  report: ParsedReport;
  folded: string[];
  /** Non-whitespace bytes of the source file (replacement-guard.ts); null or absent when not read from a file. */
  contentBytes?: number | null;
}

export interface PrepareOptions {
  /**
   * The report is the parser's own output, which the parser has already validated against the same
   * schema: skip the second zod pass (goal references are still checked).
   */
  validated?: boolean;
}

/**
 * Everything saving needs that does not touch the database: the schema check, the goal references and
 * the diacritic folding of the full-text entries. Pure, so a parse worker can run it off the database
 * thread. Throws InvalidReportError.
 */
export function prepareReport(report: ParsedReport, options: PrepareOptions = {}): PreparedReport {
  if (options.validated !== true) validateReport(report);
  checkReferences(report);
  return { report, folded: reportFoldedWords(report) };
}

function validateReport(report: ParsedReport): void {
  const checked = ParsedReport.safeParse(report);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new InvalidReportError(
    `${report.sourceFile ?? "report"} does not match the report model (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}).`,
    "This is a parser bug; please report it with the file.",
  );
}

import { ParsedReport } from "@tertial/domain";
import type { BudgetLine, ParseWarning } from "@tertial/domain";
import * as z from "zod";
import { scanBudgetLines } from "./budget/budget-tables.ts";
import { scanBudgetRequests } from "./budget/budget-requests.ts";
import { detectFormat } from "./formats/detect-format.ts";
import { readerFor } from "./formats/readers.ts";
import { ReportParseError } from "./errors.ts";
import { finishActivities, finishIndicators } from "./finish-items.ts";
import { scanGoals } from "./goals/goals.ts";
import { resolveIdentity, type IdentityInputs } from "./identity/identity.ts";
import type { IdentityOverride } from "./identity/identity-override.ts";
import { confusablesMapper, hasConfusables, hasCyrillic, mapConfusables } from "./text/markup.ts";
import { checkComplete, checkHasGoals, checkText, hasControlCharacters } from "./report-checks.ts";
import type { ActivityDraft, IndicatorDraft, ScanContext } from "./formats/scan-context.ts";
import { splitLines, toSourceLines, type SourceLine } from "./text/source-lines.ts";
import { scanPassages } from "./text/passages.ts";
import { findTableOfContents } from "./text/table-of-contents.ts";
import { hasMarkedLineBreaks } from "./text/line-breaks.ts";

export interface ParseReportOptions {
  /** Base name of the report file, cited in every source. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  checksum: string;
  /** Identity given on the command line; wins over the header and over inference. */
  identity?: IdentityOverride;
}

/**
 * Parses one report's text into the domain model. Pure: the same text and options give the same
 * result. Everything the parser could not place is in `warnings`. Throws ReportParseError for text
 * that is not a usable report (empty, binary, another document, truncated, identity unknown).
 */
export function parseReport(text: string, options: ParseReportOptions): ParsedReport {
  return parseReportText(text, { file: options.file, checksum: options.checksum, flags: options.identity });
}

/** `parseReport` with the sidecar identity kept apart from the flags. */
export function parseReportText(text: string, options: ReportTextOptions): ParsedReport {
  const body = text.replace(/^\uFEFF/, "");
  return parseReportLines(
    splitLines(body),
    { hasControlCharacters: hasControlCharacters(body), hasCyrillic: hasCyrillic(body) },
    options,
  );
}

export type ReportTextOptions = { file: string; checksum: string } & IdentityInputs;

/** Facts about the whole text that `parseReportLines` gets from its caller instead of testing every line. */
export interface WholeTextFacts {
  /** BINARY (report-checks.ts) matches somewhere in the text. */
  hasControlCharacters: boolean;
  /** The text holds a Cyrillic letter (markup.ts hasCyrillic). */
  hasCyrillic: boolean;
}

/**
 * `parseReportText` on the text's lines (split as splitLines does, without a leading BOM): for a
 * caller that decoded the file in pieces (read-report-file.ts) and never built the whole string.
 */
export function parseReportLines(rawLines: string[], facts: WholeTextFacts, options: ReportTextOptions): ParsedReport {
  const { file } = options;
  const lines = toSourceLines(rawLines);
  checkText(file, lines, facts.hasControlCharacters);
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string): void => {
    warnings.push({ file, line: Math.max(0, line), message });
  };

  const format = detectFormat(rawLines);
  const toc = findTableOfContents(lines);
  const breaksMarked = hasMarkedLineBreaks(rawLines);
  const cyrillic = facts.hasCyrillic;
  const mapText = confusablesMapper(cyrillic);
  const goalScan = scanGoals({ file, lines, format, toc, breaksMarked, warn, mapText });
  checkHasGoals(file, goalScan.goals);
  checkComplete(file, lines, toc, goalScan.goals);
  const identity = resolveIdentity(file, lines, options, warn);

  const ctx: ScanContext = {
    file,
    lines: rawLines,
    format,
    reportKind: identity.kind,
    ownerAt: goalScan.ownerAt,
    isBoundary: goalScan.isBoundary,
    warn,
    breaksMarked,
  };
  const reader = readerFor(format);
  const indicatorDrafts = runScanner<IndicatorDraft[]>(file, "indicator", () => reader.scanIndicators(ctx));
  const activityDrafts = runScanner<ActivityDraft[]>(file, "activity", () => reader.scanActivities(ctx));
  const budgetLines = runScanner<BudgetLine[]>(file, "economy table", () => scanBudgetLines(ctx));
  if (cyrillic) warnConfusables(lines, warn);

  const report = {
    ...identity,
    sourceFile: file,
    checksum: options.checksum,
    goals: goalScan.goals,
    indicators: finishIndicators(indicatorDrafts, identity.kind, mapText),
    activities: finishActivities(activityDrafts, mapText),
    budgetLines: budgetLines.map((line) => ({ ...line, rowLabel: mapText(line.rowLabel) })),
    budgetRequests: scanBudgetRequests(file, lines, toc),
    passages: scanPassages(file, lines).map((passage) => ({
      ...passage,
      heading: passage.heading === null ? null : mapText(passage.heading),
      text: mapText(passage.text),
    })),
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
  return validate(file, report);
}

/** A scanner failing on odd input must not crash the caller: its error becomes a ReportParseError. */
function runScanner<T>(file: string, what: string, scan: () => T): T {
  try {
    return scan();
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportParseError(
      file,
      0,
      [{ line: 0, message: `the ${what} scanner failed (${detail}); please report this file to the maintainers` }],
      { cause: error },
    );
  }
}

function warnConfusables(lines: readonly SourceLine[], warn: (line: number, message: string) => void): void {
  for (const line of lines) {
    if (!hasConfusables(line.text)) continue;
    const words = line.text.split(/\s+/).filter((word) => hasConfusables(word));
    warn(
      line.number,
      `Cyrillic look-alike letters read as Latin: ${words.map((word) => `"${word}" → "${mapConfusables(word)}"`).join(", ")}`,
    );
  }
}

function validate(file: string, report: unknown): ParsedReport {
  const result = ParsedReport.safeParse(report);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    line: lineOf(report, issue.path),
    message: `${issue.path.join(".")}: ${issue.message}`,
  }));
  const line = issues[0]?.line ?? 0;
  throw new ReportParseError(file, line, [
    {
      line,
      message: `the parsed report is not valid (${z.prettifyError(result.error).split("\n").join(" ")}); please report this file to the maintainers`,
    },
    ...issues,
  ]);
}

/** The source line of the item an issue path points into (`["indicators", 3, "name"]`), else 0. */
function lineOf(report: unknown, path: readonly PropertyKey[]): number {
  let node: unknown = report;
  let line = 0;
  for (const key of path) {
    if (!isRecord(node)) break;
    node = node[key];
    const source = isRecord(node) ? node["source"] : undefined;
    if (isRecord(source) && typeof source["line"] === "number") line = source["line"];
  }
  return line;
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null;
}

import type { Goal } from "@tertial/domain";
import { ReportParseError } from "./errors.ts";
import { isTableHeader } from "./goals/goal-lines.ts";
import { knownFirstNormalisedChar, normalise, normalisedPrefix } from "./text/normalised-text.ts";
import type { SourceLine } from "./text/source-lines.ts";

/** Control characters other than TAB, LF, CR, FF: a binary file, not report text. */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const EXPORT_HINT = "export the whole report from the PDF as UTF-8 text and load that file";

/** True when the text holds a control character that marks binary data (line breaks are none). */
export function hasControlCharacters(text: string): boolean {
  // Reading the run of allowed characters from the start is faster than searching for a BINARY one.
  ALLOWED_RUN.lastIndex = 0;
  ALLOWED_RUN.test(text);
  return ALLOWED_RUN.lastIndex !== text.length;
}

/** The complement of BINARY: every other UTF-16 code unit. */
const ALLOWED_RUN = /[\t\n\f\r\x20-\x7e\x80-\uffff]*/y;

/**
 * Rejects empty and binary text before anything is scanned. `hasControlCharacters` tells whether
 * the whole text has one (line breaks are none, so the lines are searched only when it has).
 */
export function checkText(file: string, lines: readonly SourceLine[], hasControlCharacters: boolean): void {
  if (lines.every((line) => line.raw.trim() === "")) {
    throw new ReportParseError(file, 1, [{ line: 1, message: `the file is empty; ${EXPORT_HINT}` }]);
  }
  if (!hasControlCharacters) return;
  const binary = lines.find((line) => BINARY.test(line.raw));
  if (binary !== undefined) {
    throw new ReportParseError(file, binary.number, [
      {
        line: binary.number,
        message: `the file holds binary data (control characters), not report text; ${EXPORT_HINT}`,
      },
    ]);
  }
}

/** A document without goal labels is not a tertialrapport or verksamhetsberättelse. */
export function checkHasGoals(file: string, goals: readonly Goal[]): void {
  if (goals.length > 0) return;
  throw new ReportParseError(file, 1, [
    {
      line: 1,
      message:
        'no goal labels ("KF:s inriktningsmål:", "KF:s mål för verksamhetsområdet:", "Nämndmål:") were found, so this is not a tertialrapport or verksamhetsberättelse; load the report text itself',
    },
  ]);
}

/**
 * Detects a file cut short: its table of contents lists a last entry that the text never reaches,
 * or the text ends right after a goal's label, title or assessment with nothing below it.
 */
export function checkComplete(
  file: string,
  lines: readonly SourceLine[],
  toc: ReadonlySet<number>,
  goals: readonly Goal[],
): void {
  const lastLine = lines.findLast((line) => line.text !== "")?.number ?? lines.length;
  const missing = missingLastTocEntry(lines, toc);
  if (missing !== null) {
    throw new ReportParseError(file, lastLine, [
      {
        line: lastLine,
        message: `the text ends before "${missing.heading}", the last entry of its table of contents (line ${missing.line}), so the file looks truncated; ${EXPORT_HINT}`,
      },
    ]);
  }
  const last = goals.at(-1);
  if (last === undefined) return;
  const hasText = last.description !== null || last.expectedResult !== null || last.analysis !== null;
  if (!hasText && !lines.slice(last.source.line).some((line) => isTableHeader(line.raw))) {
    throw new ReportParseError(file, lastLine, [
      {
        line: lastLine,
        message: `the text ends right after goal "${last.title}" (line ${last.source.line}) with nothing below it, so the file looks truncated; ${EXPORT_HINT}`,
      },
    ]);
  }
}

/** Entries at the end of a table of contents that are compared with the text. */
const TAIL_ENTRIES = 3;

/**
 * The last TOC entry when none of the last three entries' headings occurs in the text after the
 * TOC (one heading worded differently in the text does not make a complete file look truncated).
 */
function missingLastTocEntry(
  lines: readonly SourceLine[],
  toc: ReadonlySet<number>,
): { heading: string; line: number } | null {
  const entries = lines
    .filter((line) => toc.has(line.number) && /\d\s*(?:<\/[^>]+>\s*)*$/.test(line.raw))
    .map((line) => ({
      line: line.number,
      heading: line.text
        .replace(/\.{3,}.*$/, "")
        .replace(/\s+\d{1,3}$/, "")
        .trim(),
    }))
    .filter((entry) => normalise(entry.heading) !== "");
  const tail = entries.slice(-TAIL_ENTRIES);
  const last = tail.at(-1);
  if (last === undefined) return null;
  const headings = tail.map((entry) => normalise(entry.heading));
  const length = Math.max(...headings.map((heading) => heading.length));
  const firstChars = new Set(headings.map((heading) => heading.charAt(0)));
  for (let index = last.line; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || toc.has(line.number) || line.text === "") continue;
    const first = knownFirstNormalisedChar(line.text);
    if (first !== null && !firstChars.has(first)) continue;
    const start = normalisedPrefix(line.text, length);
    if (headings.some((heading) => start.startsWith(heading))) return null;
  }
  return last;
}

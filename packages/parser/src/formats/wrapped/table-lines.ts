/** Line classes shared by the wrapped-layout table scanners (docs/report-format.md §5.1, §7, §9). */

/** `··Indikator` (2 spaces) starts a table; `···Indikator` (3 spaces) is the header repeated after a page break. */
const INDICATOR_HEADER = /^(?<indent> *)Indikator\s*$/;
const ACTIVITY_HEADER = /^\s*Aktivitet\s+Startdatum\s+Slutdatum(?:\s+Avvikelse)?\s*$/;
const GOAL_LABEL = /^\s*(?:KF:s inriktningsmål|KF:s mål för verksamhetsområdet|Nämndmål|Enhetsmål)\s*:/;
const ANALYSIS_LABEL = /^\s*Analys\s*$/;
const LAST_HEADER_FRAGMENT = /^\s*Period\s*$/;
const PREVIOUS_LABEL = /\bVB\s*(\d{4})\b/;
// Every word a broken header can print: "Perioden"+"s utfall", "Perio"+"dens", "kvinn or/", "Progno s", "Arsmål" …
const HEADER_WORD =
  /^(?:perio|periode|perioden|periodens|dens|ns|s|utfall|män\/?|pojkar\/?|kvinn|or\/?|kvinnor\/?|flickor|vb|\d{4}|progno|prognos|prognoss|helår|årsmål|arsmål|kf:s|period)$/i;
const MAX_HEADER_LINES = 40;

export type IndicatorHeaderKind = "new" | "repeat";

/** "new" for a table's first header, "repeat" for the header reprinted after a page break, else null. */
export function indicatorHeaderKind(line: string): IndicatorHeaderKind | null {
  const indent = INDICATOR_HEADER.exec(line)?.groups?.["indent"];
  if (indent === undefined) return null;
  return indent.length >= 3 ? "repeat" : "new";
}

export function isActivityHeader(line: string): boolean {
  return ACTIVITY_HEADER.test(line);
}

export function isGoalLabel(line: string): boolean {
  return GOAL_LABEL.test(line);
}

export function isAnalysisLabel(line: string): boolean {
  return ANALYSIS_LABEL.test(line);
}

/** The row separator of the wrapped layout: a line of spaces only (an empty line is a mere wrap). */
export function isWhitespaceOnly(line: string): boolean {
  return line.length > 0 && line.trim() === "";
}

export interface IndicatorHeader {
  /** 0-based index of the header's last line. */
  lastIndex: number;
  /** "VB 2016" from "Periodens utfall VB 2016", else null. */
  previousLabel: string | null;
  /** False when the closing "Period" fragment was not found and the header end was guessed. */
  isComplete: boolean;
}

/**
 * Skips the 17 short fragments of a wrapped-layout indicator header that starts at 0-based `start`
 * (Perioden / s utfall / Utfall / män/ / … / Period) and reads the previous-outcome label.
 */
export function readIndicatorHeader(lines: readonly string[], start: number): IndicatorHeader {
  let previousLabel: string | null = null;
  let lastIndex = start;
  const limit = Math.min(lines.length, start + MAX_HEADER_LINES);
  for (let i = start + 1; i < limit; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "") continue;
    if (!isHeaderFragment(text)) break;
    const year = PREVIOUS_LABEL.exec(text)?.[1];
    if (year !== undefined) previousLabel = `VB ${year}`;
    lastIndex = i;
    if (LAST_HEADER_FRAGMENT.test(text)) return { lastIndex, previousLabel, isComplete: true };
  }
  return { lastIndex, previousLabel, isComplete: false };
}

function isHeaderFragment(text: string): boolean {
  return text.split(/\s+/).every((word) => HEADER_WORD.test(word));
}

import type { ActivityState } from "@tertial/domain";
import { cleanText, splitGlyph } from "./cell-text.ts";

const DATE_CELL = /^\s*(?<start>\d{4}-\d{2}-\d{2})(?:\s+(?<end>\d{4}-\d{2}-\d{2}))?\s*$/;

/** ✓ = genomförd (completed), ▶ = pågår (ongoing); other glyphs carry no known state. */
const GLYPH_STATE: Readonly<Record<string, ActivityState>> = {
  "✓": "completed",
  "✔": "completed",
  "▶": "ongoing",
  "►": "ongoing",
};

export interface ActivityRowA {
  glyph: string | null;
  state: ActivityState | null;
  /** Name text before the dates ("" when the row holds only a glyph and dates). */
  title: string;
  startDate: string;
  endDate: string | null;
  deviationText: string | null;
}

/** The state a row glyph stands for, null for none or an unknown glyph. */
export function glyphState(glyph: string | null): ActivityState | null {
  return glyph === null ? null : (GLYPH_STATE[glyph] ?? null);
}

/**
 * Reads a tabbed-layout activity row (docs/report-format.md §7) by locating its date cell(s): one cell with
 * both dates or a start cell followed by an end cell. Cells before the dates hold the glyph (in its
 * own cell, in front of the name, or wrapped in `<span …>`) and the name; the cell after the end date
 * is Avvikelse. Returns null when the row has no date cell.
 */
export function readActivityRowA(cells: readonly string[]): ActivityRowA | null {
  const dateIndex = cells.findIndex((cell) => DATE_CELL.test(cell));
  const dates = DATE_CELL.exec(cells[dateIndex] ?? "")?.groups;
  const startDate = dates?.["start"];
  if (dates === undefined || startDate === undefined) return null;
  let endDate = dates["end"] ?? null;
  let deviationIndex = dateIndex + 1;
  if (endDate === null) {
    const next = DATE_CELL.exec(cells[dateIndex + 1] ?? "")?.groups;
    if (next?.["start"] !== undefined && next["end"] === undefined) {
      endDate = next["start"];
      deviationIndex++;
    }
  }
  let glyph: string | null = null;
  const titleParts: string[] = [];
  for (const cell of cells.slice(0, dateIndex)) {
    const split = splitGlyph(cell);
    if (titleParts.length === 0) glyph = split.glyph ?? glyph;
    const text = titleParts.length === 0 ? split.text : cleanText(cell);
    if (text !== "") titleParts.push(text);
  }
  const deviation = cleanText(cells.slice(deviationIndex).join(" "));
  return {
    glyph,
    state: glyphState(glyph),
    title: titleParts.join(" "),
    startDate,
    endDate,
    deviationText: deviation === "" ? null : deviation,
  };
}

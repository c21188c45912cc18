import type { TextFormat } from "./scan-context.ts";

const HEADER_A = /^\t?(?:Indikator|Aktivitet)\t/;
const INDICATOR_B = /^\s{2,3}Indikator\s*$/;
const ACTIVITY_B = /^\s*Aktivitet +Startdatum +Slutdatum/;

/**
 * The text layer's layout (docs/report-format.md §3): a tab-separated table header (`Indikator⇥…`,
 * `Aktivitet⇥…`) means the tabbed layout; a header broken over lines (`··Indikator`, `··Aktivitet Startdatum
 * Slutdatum`) means the wrapped layout. A report without such tables is tabbed when it has tab-separated rows or
 * markdown headings, and wrapped when most of its lines end in a space (the wrapped converter's mark).
 */
export function detectFormat(lines: readonly string[]): TextFormat {
  let tabs = 0;
  let headings = 0;
  let trailing = 0;
  let nonBlank = 0;
  for (const line of lines) {
    if (HEADER_A.test(line)) return "tabbed";
    if (INDICATOR_B.test(line) || ACTIVITY_B.test(line)) return "wrapped";
    if (line.trim() === "") continue;
    nonBlank += 1;
    if (line.includes("\t")) tabs += 1;
    if (/^#{1,6}\s/.test(line)) headings += 1;
    if (/\S\s$/.test(line)) trailing += 1;
  }
  if (tabs > 0 || headings > 0) return "tabbed";
  return nonBlank > 0 && trailing / nonBlank > 0.5 ? "wrapped" : "tabbed";
}

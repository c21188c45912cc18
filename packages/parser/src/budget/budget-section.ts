import type { MoneyUnit } from "@tertial/domain";
import { cleanBudgetText } from "./budget-cell.ts";
import type { EconomySection } from "./budget-draft.ts";
import type { ScanContext } from "../formats/scan-context.ts";
import { amountsStatement, statedUnit } from "./budget-units.ts";

const SECTION_START =
  /^(uppföljning av (ekonomi|driftbudget)|driftbudget|ekonomi|ekonomisk uppföljning|ekonomiskt (utfall|resultat))$/i;
const SECTION_END =
  /^(övrigt|kvalitetsarbete|intern kontroll|bedömning av nämndens interna kontroll|särskilda redovisningar|synpunkter och klagomål|analys av balansräkning.*|konsekvenser av .*)$/i;
const UNIT_NAME = /^enhet\s*:\s*(?<name>.+)$/i;
/**
 * Cheap tests on the raw line, with the flags of the patterns they stand for. Cleaning a heading
 * (headingText) never joins letters (markup becomes a space) and removes only tags, &nbsp;,
 * whitespace and leading "#" and "*" before the first word. So a heading that matches SECTION_START
 * starts, after such marks, with its first word (MAY_START); a "Beloppen anges i" statement holds
 * "beloppen" (MAY_STATE_AMOUNTS); and SECTION_END needs one of the MAY_CLOSE words.
 */
const MAY_START = /^(?:[\s#*]|<[^>]*>|&nbsp;)*(?:uppföljning|driftbudget|ekonomi)/i;
const MAY_STATE_AMOUNTS = /beloppen/i;
const MAY_CLOSE = /övrigt|kvalitetsarbete|kontroll|redovisningar|klagomål|balansräkning|konsekvenser/i;

/** A line as a heading candidate: markup removed, trailing spaces dropped; "" for table rows and TOC lines. */
function headingText(raw: string): string {
  if (raw.includes("\t") || raw.includes(".....")) return "";
  return cleanBudgetText(raw);
}

/**
 * Economy sections (docs/report-format.md §8): from a heading "Uppföljning av ekonomi", "Driftbudget",
 * "Ekonomi" … or a "Beloppen anges i Tkr" line, to the next non-economy heading (Övrigt,
 * Kvalitetsarbete, Intern kontroll, Särskilda redovisningar, Konsekvenser av …, Analys av
 * balansräkning), a goal boundary, or the end of the file. TOC lines never open a section.
 */
export function findEconomySections(ctx: ScanContext): EconomySection[] {
  const sections: EconomySection[] = [];
  let start: number | null = null;
  ctx.lines.forEach((raw, index) => {
    const line = index + 1;
    if (start === null) {
      if (!MAY_START.test(raw) && !MAY_STATE_AMOUNTS.test(raw)) return;
      const text = headingText(raw);
      if (SECTION_START.test(text) || amountsStatement(text) !== null) start = line;
    } else if ((MAY_CLOSE.test(raw) && SECTION_END.test(headingText(raw))) || ctx.isBoundary(line)) {
      sections.push({ start, end: line - 1 });
      start = null;
    }
  });
  if (start !== null) sections.push({ start, end: ctx.lines.length });
  return sections;
}

/** A short label line: "Utfall per april", "## Investeringar", "Analys av årsprognos 2021". */
function titleOf(text: string): string | null {
  const unit = UNIT_NAME.exec(text)?.groups?.["name"];
  if (unit !== undefined) return unit.trim();
  if (text === "" || text.length > 80 || text.split(" ").length > 10) return null;
  if (!/^[\p{Lu}\d]/u.test(text) || /[.,:;]$/.test(text)) return null;
  if (/\d,\d/.test(text) || statedUnit(text) !== null || amountsStatement(text) !== null) return null;
  if (/^[\p{L} ]+:\s/u.test(text)) return null;
  return text;
}

/** A header stub that names the table ("Verksamhetsområde, mnkr"), not a bare unit ("Mnkr, netto") or a benchmark. */
export function stubTitle(stub: string): string | null {
  const words = stub
    .toLowerCase()
    .replace(/[,()]/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words.length === 0 || words.every((word) => ["mnkr", "tkr", "netto", "brutto", "kr", "belopp"].includes(word)))
    return null;
  if (/\d/.test(stub)) return null;
  return stub;
}

/**
 * The title of a table whose header has no naming stub: the nearest short label line above it
 * in the section (a heading or a one-line caption such as "Utfall per april"), skipping prose
 * sentences, table rows and unit statements; the section's first line as a last resort.
 */
export function titleAbove(ctx: ScanContext, line: number, section: EconomySection): string {
  for (let above = line - 1; above >= section.start; above -= 1) {
    const title = titleOf(headingText(ctx.lines[above - 1] ?? ""));
    if (title !== null) return title;
  }
  return headingText(ctx.lines[section.start - 1] ?? "") || "Ekonomi";
}

/** The unit of the latest "Beloppen anges i …" line between the section start and `line`. */
export function statementAbove(ctx: ScanContext, line: number, section: EconomySection): MoneyUnit | null {
  for (let above = line - 1; above >= section.start; above -= 1) {
    const unit = amountsStatement(ctx.lines[above - 1] ?? "");
    if (unit !== null) return unit;
  }
  return null;
}

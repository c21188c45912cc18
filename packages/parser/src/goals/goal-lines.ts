import type { Assessment, GoalLevel } from "@tertial/domain";
import { TEXT_FORMAT_READERS } from "../formats/readers.ts";
import { isPageFurniture } from "../text/page-furniture.ts";
import type { SourceLine } from "../text/source-lines.ts";

/** Line classes of the goal scanner (docs/report-format.md §4.1–§4.3), matched on markup-free text. */

const LABELS: readonly { level: GoalLevel; pattern: RegExp }[] = [
  { level: "direction", pattern: /^KF:s inriktningsmål\s*:\s*(?<title>.*)$/i },
  { level: "area", pattern: /^KF:s mål för verksamhetsområdet\s*:\s*(?<title>.*)$/i },
  { level: "committee", pattern: /^Nämndmål\s*:\s*(?<title>.*)$/i },
  { level: "unit", pattern: /^Enhetsmål\s*:\s*(?<title>.*)$/i },
];

/** The first letter of every label (the patterns ignore case): most lines are ruled out by it. */
const LABEL_START = /^[kne]/i;

/** `Uppfylls helt`, `● Uppfylls helt`, `Uppfylles helt`, `◆ Uppfylls delvis`, `Ingen`, `— Ingen`. */
const ASSESSMENT =
  /^(?:[\p{So}•]\s*)?(?:[—–-]\s*)?(?:(?:målet\s+)?uppfyll(?:s|es)\s+(?<grade>helt|delvis|ej|inte)|(?<none>ingen))\s*\.?$/iu;
const SECTION = /^(?<name>Beskrivning|Förväntat resultat|Analys)\s*:?$/i;
/** Headings that end the goal part of a report (docs/report-format.md §4.3, §8.1). */
const REPORT_SECTION =
  /^(?:Uppföljning av (?:ekonomi|driftbudget)|Uppföljning av ekonomi och|Kvalitetsarbete|Konsekvenser av|Bedömning av nämndens interna kontroll|Intern kontroll|Särskilda redovisningar|Analys av balansräkning)\b/i;
const CODE = /^(?<code>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?<title>\S.*)$/;

export type SectionName = "description" | "expectedResult" | "analysis";

export interface GoalLabel {
  level: GoalLevel;
  /** The title printed on the label line, "" when it follows on the next line. */
  inlineTitle: string;
}

export function readGoalLabel(text: string): GoalLabel | null {
  if (!LABEL_START.test(text)) return null;
  for (const { level, pattern } of LABELS) {
    const title = pattern.exec(text)?.groups?.["title"];
    if (title !== undefined) return { level, inlineTitle: title.trim() };
  }
  return null;
}

export function readAssessment(text: string): Assessment | null {
  const groups = ASSESSMENT.exec(text)?.groups;
  if (groups === undefined) return null;
  if (groups["none"] !== undefined) return "none-given";
  const grade = (groups["grade"] ?? "").toLowerCase();
  if (grade === "helt" || grade === "delvis") return grade;
  return "ej";
}

export function readSectionLabel(text: string): SectionName | null {
  const name = SECTION.exec(text)?.groups?.["name"]?.toLowerCase();
  if (name === undefined) return null;
  if (name === "beskrivning") return "description";
  return name === "analys" ? "analysis" : "expectedResult";
}

/** A table header of any layout: goal prose ends there, whichever layout the report was detected as. */
export function isTableHeader(raw: string): boolean {
  // Every header names its column "Indikator" or "Aktivitet"; most lines hold neither.
  if (!raw.includes("Indikator") && !raw.includes("Aktivitet")) return false;
  return TEXT_FORMAT_READERS.some((reader) => reader.isTableHeader(raw));
}

export function isReportSection(text: string): boolean {
  return REPORT_SECTION.test(text);
}

/** Blank, whitespace-only, or page furniture (`Tjänsteutlåtande`, `Sid N (M)`): no content. */
export function isEmptyLine(line: SourceLine): boolean {
  return line.text === "" || isPageFurniture(line.raw);
}

/** `1.1.1. Invånare …` → code "1.1.1" (trailing dot dropped) and the title; unnumbered → code null. */
export function splitCode(title: string): { code: string | null; title: string } {
  const groups = CODE.exec(title)?.groups;
  const code = groups?.["code"];
  const rest = groups?.["title"];
  if (code === undefined || rest === undefined) return { code: null, title };
  return { code, title: rest.trim() };
}

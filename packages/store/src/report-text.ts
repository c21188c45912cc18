import type { ParsedReport } from "@tertial/domain";
import { foldedWords } from "./fold-text.ts";
import type { TextHit } from "./records.ts";

/** One full-text entry: a name (what a hit shows) and the text it is found by (the name first, then its texts). */
export interface TextEntry {
  kind: TextHit["kind"];
  name: string;
  exact: string;
}

/** A report's names, titles and analysis texts in the order they are indexed: goals, indicators, activities, budget rows. */
export function reportTextEntries(report: ParsedReport): TextEntry[] {
  const entries: TextEntry[] = [];
  const add = (kind: TextHit["kind"], name: string, ...texts: (string | null)[]) => {
    let exact = name;
    for (const text of texts) if (text !== null) exact += `\n${text}`;
    entries.push({ kind, name, exact });
  };
  for (const goal of report.goals)
    add("goal", goal.title, goal.code, goal.description, goal.expectedResult, goal.analysis);
  for (const indicator of report.indicators) add("indicator", indicator.name, indicator.analysis);
  for (const activity of report.activities) add("activity", activity.title, activity.deviationText, activity.analysis);
  for (const rowLabel of new Set(report.budgetLines.map((line) => line.rowLabel))) add("budget", rowLabel);
  return entries;
}

/** The folded words of each entry of reportTextEntries(report), in the same order. */
export function reportFoldedWords(report: ParsedReport): string[] {
  return reportTextEntries(report).map((entry) => foldedWords(entry.exact));
}

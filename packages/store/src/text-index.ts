import type { ParsedReport } from "@tertial/domain";
import type { Db } from "./open-database.ts";
import { foldedWords } from "./fold-text.ts";
import { statement } from "./statements.ts";
import type { TextHit } from "./records.ts";

const INSERT_ENTRY = "INSERT INTO text_entry (report_id, kind, name) VALUES (@reportId, @kind, @name)";
const INSERT_SEARCH = "INSERT INTO text_search (rowid, exact, folded) VALUES (@rowid, @exact, @folded)";

/** Adds a report's names, titles and analysis texts to the full-text index (inside the save transaction). */
export function indexReportText(db: Db, reportId: number, report: ParsedReport): void {
  const entry = statement(db, INSERT_ENTRY);
  const search = statement(db, INSERT_SEARCH);
  const add = (kind: TextHit["kind"], name: string, ...texts: (string | null)[]) => {
    const exact = [name, ...texts.filter((text): text is string => text !== null)].join("\n");
    const rowid = entry.run({ reportId, kind, name }).lastInsertRowid;
    search.run({ rowid, exact, folded: foldedWords(exact) });
  };
  for (const goal of report.goals) {
    add("goal", goal.title, goal.code, goal.description, goal.expectedResult, goal.analysis);
  }
  for (const indicator of report.indicators) add("indicator", indicator.name, indicator.analysis);
  for (const activity of report.activities) add("activity", activity.title, activity.deviationText, activity.analysis);
  for (const rowLabel of new Set(report.budgetLines.map((line) => line.rowLabel))) add("budget", rowLabel);
}

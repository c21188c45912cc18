import type { ParsedReport } from "@tertial/domain";
import type { Db } from "./open-database.ts";
import { statement } from "./statements.ts";

type Kind = "indicator" | "goal" | "activity" | "budget";

/** Adds one report's distinct names to catalogue_name (inside the save transaction). */
export function addToCatalogue(db: Db, report: ParsedReport): void {
  const upsert = statement<[Kind, string, string]>(
    db,
    `INSERT INTO catalogue_name (kind, name, code, reports) VALUES (?, ?, ?, 1)
      ON CONFLICT (kind, name, code) DO UPDATE SET reports = reports + 1`,
  );
  const seen = new Set<string>();
  const add = (kind: Kind, name: string, code: string) => {
    const key = `${kind}\u0000${name}\u0000${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    upsert.run(kind, name, code);
  };
  for (const indicator of report.indicators) add("indicator", indicator.name, "");
  for (const goal of report.goals) add("goal", goal.title, goal.code ?? "");
  for (const activity of report.activities) add("activity", activity.title, "");
  for (const line of report.budgetLines) add("budget", line.rowLabel, "");
}

/** Takes a stored report's names out of catalogue_name before its rows are deleted; a name no report holds any more goes. */
export function removeFromCatalogue(db: Db, reportId: number): void {
  statement<{ id: number }>(
    db,
    `UPDATE catalogue_name SET reports = reports - 1 WHERE (kind, name, code) IN (
       SELECT 'indicator', name, '' FROM indicator WHERE report_id = @id
       UNION SELECT 'goal', title, ifnull(code, '') FROM goal WHERE report_id = @id
       UNION SELECT 'activity', title, '' FROM activity WHERE report_id = @id
       UNION SELECT 'budget', row_label, '' FROM budget_line WHERE report_id = @id)`,
  ).run({ id: reportId });
  statement<[]>(db, "DELETE FROM catalogue_name WHERE reports <= 0").run();
}

import type { Db } from "./open-database.ts";
import type { ReportId } from "./records.ts";
import { statement } from "./statements.ts";

/** A kind of catalogue name: an indicator's name, a goal's title or a budget row's label. */
export type NameKind = "indicator" | "goal" | "budget";

const SQL: Record<NameKind, string> = {
  indicator: "SELECT report_id AS id FROM indicator WHERE name = @name",
  goal: "SELECT report_id AS id FROM goal WHERE title = @name",
  budget: "SELECT report_id AS id FROM budget_line WHERE row_label = @name",
};

/**
 * The reports holding an exact name (an indicator's, a goal's title, a budget row's label), in id
 * order, without turning their rows into records. There is no index by name (see migration 004), so
 * this reads the name column of every row: for a name asked about across every report.
 */
export function reportsWithName(db: Db, kind: NameKind, name: string): ReportId[] {
  // Sorted and made distinct here: either in SQL leads the planner to walk the report index instead.
  const held = statement<{ name: string }, { id: number }>(db, SQL[kind])
    .all({ name })
    .map((row) => row.id);
  return [...new Set(held)].sort((a, b) => a - b);
}

import type { Migration } from "./migration.ts";

/**
 * source_end_line on indicator, activity and budget_line: the last line (inclusive) of a fact printed
 * over several lines, the domain Source's `endLine`. In the wrapped layout an indicator's name starts
 * on `source_line` and its values are on a later line (or its KF / Period cells wrap further); an
 * activity's dates are below its name; a budget row's amounts wrap over the lines after its label. NULL when the fact
 * is on one line, and for every row loaded before this migration: those cite their first line only,
 * as before. The CLI has no force reload (`tertial load` skips a file that has not changed, and
 * `--replace` only lifts the replacement guard), so to fill the column for reports already stored,
 * load them into a new database: remove the database file (or pass a new `--db`) and run
 * `tertial load data/reports` again.
 */
export const migration009: Migration = {
  version: 9,
  name: "source-end-line",
  sql: `
ALTER TABLE indicator ADD COLUMN source_end_line INTEGER CHECK (source_end_line IS NULL OR source_end_line > source_line);
ALTER TABLE activity ADD COLUMN source_end_line INTEGER CHECK (source_end_line IS NULL OR source_end_line > source_line);
ALTER TABLE budget_line ADD COLUMN source_end_line INTEGER CHECK (source_end_line IS NULL OR source_end_line > source_line);
`,
};

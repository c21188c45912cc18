import type { Migration } from "./migration.ts";

/**
 * The catalogue of distinct names (readCatalogue) as a small table kept up to date on save and
 * delete, instead of an index per name column over every report's rows. Those indexes (indicator
 * names, goal codes and titles, budget row labels, activity titles) put each report's ≈ 300 names
 * on ≈ 300 different index pages, which every save wrote to the WAL and checkpointed again: about
 * a third of a save at 1,000 reports. The engine filters by name only within report ids, which the
 * report_id indexes serve. `code` is a goal's code, '' for a goal without one (codes are never
 * empty) and for the other kinds; `reports` counts the reports holding the name.
 */
export const migration004: Migration = {
  version: 4,
  name: "catalogue",
  sql: `
CREATE TABLE catalogue_name (
  kind TEXT NOT NULL CHECK (kind IN ('indicator', 'goal', 'activity', 'budget')),
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  reports INTEGER NOT NULL,
  PRIMARY KEY (kind, name, code)
) STRICT;

INSERT INTO catalogue_name (kind, name, code, reports)
  SELECT 'indicator', name, '', count(DISTINCT report_id) FROM indicator GROUP BY name;
INSERT INTO catalogue_name (kind, name, code, reports)
  SELECT 'goal', title, ifnull(code, ''), count(DISTINCT report_id) FROM goal GROUP BY title, ifnull(code, '');
INSERT INTO catalogue_name (kind, name, code, reports)
  SELECT 'activity', title, '', count(DISTINCT report_id) FROM activity GROUP BY title;
INSERT INTO catalogue_name (kind, name, code, reports)
  SELECT 'budget', row_label, '', count(DISTINCT report_id) FROM budget_line GROUP BY row_label;

DROP INDEX indicator_name;
DROP INDEX goal_code;
DROP INDEX goal_title;
DROP INDEX budget_line_row;
DROP INDEX IF EXISTS activity_title;
`,
};

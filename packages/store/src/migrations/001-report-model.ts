import type { Migration } from "./migration.ts";

/**
 * The report model: one row per report, its goals (with parent links), indicators (every Measure as
 * raw/value/unit columns), activities, budget lines and requests, parser warnings, and a full-text index.
 * `ordinal` keeps each list in the parser's order so a report reads back exactly as it went in.
 */
export const migration001: Migration = {
  version: 1,
  name: "report-model",
  sql: `
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE report (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  unit TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('T1', 'T2', 'VB')),
  year INTEGER NOT NULL,
  date TEXT,
  source_file TEXT NOT NULL,
  checksum TEXT NOT NULL,
  identity_source TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  goal_count INTEGER NOT NULL,
  indicator_count INTEGER NOT NULL,
  activity_count INTEGER NOT NULL,
  budget_line_count INTEGER NOT NULL,
  budget_request_count INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX report_identity ON report (organisation_id, ifnull(unit, ''), kind, year);
CREATE INDEX report_source_file ON report (source_file);
CREATE INDEX report_period ON report (year, kind);

CREATE TABLE goal (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  goal_key TEXT NOT NULL,
  level TEXT NOT NULL,
  code TEXT,
  title TEXT NOT NULL,
  parent_id INTEGER REFERENCES goal(id) ON DELETE CASCADE,
  assessment TEXT NOT NULL,
  assessment_raw TEXT,
  description TEXT,
  expected_result TEXT,
  analysis TEXT,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  UNIQUE (report_id, goal_key)
) STRICT;
CREATE INDEX goal_parent ON goal (parent_id);
CREATE INDEX goal_code ON goal (code, report_id);
CREATE INDEX goal_title ON goal (title);
CREATE INDEX goal_assessment ON goal (assessment, report_id);

CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  glyph TEXT,
  outcome_raw TEXT, outcome_value REAL, outcome_unit TEXT,
  outcome_men_raw TEXT, outcome_men_value REAL, outcome_men_unit TEXT,
  outcome_women_raw TEXT, outcome_women_value REAL, outcome_women_unit TEXT,
  previous_outcome_raw TEXT, previous_outcome_value REAL, previous_outcome_unit TEXT,
  previous_label TEXT,
  forecast_raw TEXT, forecast_value REAL, forecast_unit TEXT,
  annual_target_raw TEXT, annual_target_value REAL, annual_target_unit TEXT,
  kf_annual_target_raw TEXT, kf_annual_target_value REAL, kf_annual_target_unit TEXT,
  period TEXT,
  analysis TEXT,
  direction TEXT NOT NULL,
  status TEXT NOT NULL,
  status_reason TEXT NOT NULL,
  alignment TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
) STRICT;
CREATE INDEX indicator_report_status ON indicator (report_id, status);
CREATE INDEX indicator_status ON indicator (status);
CREATE INDEX indicator_name ON indicator (name);
CREATE INDEX indicator_goal ON indicator (goal_id);

CREATE TABLE activity (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  glyph TEXT,
  state TEXT,
  start_date TEXT,
  end_date TEXT,
  deviation INTEGER NOT NULL,
  deviation_text TEXT,
  delay_hint TEXT,
  analysis TEXT,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
) STRICT;
CREATE INDEX activity_report ON activity (report_id);
CREATE INDEX activity_goal ON activity (goal_id);
CREATE INDEX activity_title ON activity (title);
CREATE INDEX activity_deviating ON activity (report_id) WHERE deviation = 1 OR delay_hint IS NOT NULL;

CREATE TABLE budget_line (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  table_title TEXT NOT NULL,
  group_label TEXT,
  row_label TEXT NOT NULL,
  column_label TEXT NOT NULL,
  raw TEXT NOT NULL,
  amount REAL,
  unit TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
) STRICT;
CREATE INDEX budget_line_report ON budget_line (report_id, row_label);
CREATE INDEX budget_line_row ON budget_line (row_label);

CREATE TABLE budget_request (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  amount REAL NOT NULL,
  unit TEXT NOT NULL,
  purpose TEXT NOT NULL,
  text TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
) STRICT;
CREATE INDEX budget_request_report ON budget_request (report_id);

CREATE TABLE parse_warning (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  message TEXT NOT NULL
) STRICT;
CREATE INDEX parse_warning_report ON parse_warning (report_id);

-- What the full-text index points at; text_search.rowid = text_entry.id.
CREATE TABLE text_entry (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('indicator', 'goal', 'activity', 'budget')),
  name TEXT NOT NULL
) STRICT;
CREATE INDEX text_entry_report ON text_entry (report_id);

-- exact keeps å ä ö distinct; folded holds the same text with diacritics folded (å→a, ä→a, ö→o).
CREATE VIRTUAL TABLE text_search USING fts5(
  exact, folded,
  content = '', contentless_delete = 1, detail = column,
  tokenize = 'unicode61 remove_diacritics 0'
);
-- A replaced report leaves tombstones in the segments holding its rows. At the default (10 %) a
-- segment is rewritten as soon as one report in ten of it is gone, so replacing a report rewrote
-- large segments (≈ 40 ms per replace); at 50 % only mostly-dead segments are, and ordinary merges
-- drop the rest.
INSERT INTO text_search (text_search, rank) VALUES ('deletemerge', 50);
-- Every report commits its own small segment; merging 16 at a time instead of 4 rewrites each entry
-- about half as often (≈ 1 ms less per report at 600 reports), and queries read a few more segments.
INSERT INTO text_search (text_search, rank) VALUES ('automerge', 16);
CREATE TRIGGER text_entry_deleted AFTER DELETE ON text_entry BEGIN
  DELETE FROM text_search WHERE rowid = old.id;
END;
`,
};

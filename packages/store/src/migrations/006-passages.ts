import type { Migration } from "./migration.ts";

/**
 * The reports' prose, paragraph by paragraph, with a full-text index (bm25) for why-, what- and theme
 * questions. `passage_search.rowid = passage.id`; the index is contentless (the text lives in
 * `passage`) and folds diacritics (remove_diacritics 2), so "hemloshet" finds "hemlöshet"; the heading
 * is its own column so that a question's words in a section heading weigh more. Reports loaded before
 * this migration have no passages until they are loaded again.
 */
export const migration006: Migration = {
  version: 6,
  name: "passages",
  sql: `
CREATE TABLE passage (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT,
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  end_line INTEGER NOT NULL
) STRICT;
CREATE INDEX passage_report ON passage (report_id);

CREATE VIRTUAL TABLE passage_search USING fts5(
  heading, body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO passage_search (passage_search, rank) VALUES ('deletemerge', 50);
INSERT INTO passage_search (passage_search, rank) VALUES ('automerge', 16);
CREATE TRIGGER passage_deleted AFTER DELETE ON passage BEGIN
  DELETE FROM passage_search WHERE rowid = old.id;
END;
`,
};

import type { Passage } from "@tertial/domain";
import type { Db } from "./open-database.ts";
import type { PassageHit, ReportId } from "./records.ts";
import { statement } from "./statements.ts";

interface PassageRow {
  id: number;
  report_id: number;
  heading: string | null;
  text: string;
  line: number;
  end_line: number;
  file: string;
}

const INSERT_PASSAGE =
  "INSERT INTO passage (report_id, ordinal, heading, text, line, end_line) VALUES (?, ?, ?, ?, ?, ?)";
const INSERT_SEARCH = "INSERT INTO passage_search (rowid, heading, body) VALUES (?, ?, ?)";

/** Stores a report's passages and indexes them (inside the save transaction). */
export function savePassages(db: Db, reportId: ReportId, passages: readonly Passage[]): void {
  const insert = statement<[number, number, string | null, string, number, number]>(db, INSERT_PASSAGE);
  const index = statement<[number | bigint, string, string]>(db, INSERT_SEARCH);
  passages.forEach((passage, i) => {
    const id = insert.run(
      reportId,
      i,
      passage.heading,
      passage.text,
      passage.source.line,
      passage.endLine,
    ).lastInsertRowid;
    index.run(id, passage.heading ?? "", passage.text);
  });
}

/** A report's passages in document order. */
export function readPassages(db: Db, reportId: ReportId): Passage[] {
  return statement<{ id: number }, PassageRow>(
    db,
    `SELECT p.id, p.report_id, p.heading, p.text, p.line, p.end_line, r.source_file AS file
       FROM passage p JOIN report r ON r.id = p.report_id WHERE p.report_id = @id ORDER BY p.ordinal`,
  )
    .all({ id: reportId })
    .map(toPassage);
}

export interface PassageSearch {
  /** Only passages of these reports (all reports when absent). */
  reportIds?: readonly ReportId[];
  limit: number;
  /** The best `limit` of each report, by report id, instead of the best `limit` of all. */
  perReport?: boolean;
}

/**
 * The passages best matching `terms`, best bm25 first (a heading match weighs twice a body
 * match). Each term is a word, matched as a prefix when it ends in "*" ("hemlös*"); a term may be
 * a phrase of several words ("våld i nära"). A passage needs any one term; bm25 ranks those holding
 * more, and rarer, terms first.
 */
export function searchPassages(db: Db, terms: readonly string[], options: PassageSearch): PassageHit[] {
  const match = terms
    .map(ftsTerm)
    .filter((term) => term !== "")
    .join(" OR ");
  if (match === "" || options.limit <= 0) return [];
  const scored = scoredIds(db, match, options);
  if (scored.length === 0) return [];
  const byId = new Map(
    statement<{ ids: string }, PassageRow>(
      db,
      `SELECT p.id, p.report_id, p.heading, p.text, p.line, p.end_line, r.source_file AS file
         FROM passage p JOIN report r ON r.id = p.report_id WHERE p.id IN (SELECT value FROM json_each(@ids))`,
    )
      .all({ ids: JSON.stringify(scored.map((hit) => hit.id)) })
      .map((row) => [row.id, row]),
  );
  return scored.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row === undefined ? [] : [{ ...toPassage(row), reportId: row.report_id, score: -score }];
  });
}

/**
 * The best `limit` passage ids for one MATCH (of each report, by report id, with `perReport`), in one
 * query over the whole report set. The report filter is written `+s.rowid IN (…)`: the unary plus keeps
 * it from the full-text index, which would otherwise run the MATCH again for every passage id of the
 * reports (a prefix term's doclists merged each time); so the MATCH runs once, and bm25 is computed only
 * for the passages of the reports.
 */
function scoredIds(db: Db, match: string, options: PassageSearch): { id: number; score: number }[] {
  const ids = options.reportIds === undefined ? null : JSON.stringify([...new Set(options.reportIds)]);
  const scored = `SELECT s.rowid AS id, bm25(passage_search, 2.0, 1.0) AS score FROM passage_search s
      WHERE passage_search MATCH @match
        AND (@ids IS NULL OR +s.rowid IN (SELECT id FROM passage WHERE report_id IN (SELECT value FROM json_each(@ids))))`;
  const sql =
    options.perReport === true
      ? `SELECT id, score FROM (
           SELECT h.id, h.score, p.report_id,
                  row_number() OVER (PARTITION BY p.report_id ORDER BY h.score, h.id) AS n
             FROM (${scored}) h JOIN passage p ON p.id = h.id)
          WHERE n <= @limit ORDER BY report_id, score, id`
      : `${scored} ORDER BY score, s.rowid LIMIT @limit`;
  return statement<{ match: string; limit: number; ids: string | null }, { id: number; score: number }>(db, sql).all({
    match,
    limit: options.limit,
    ids,
  });
}

function toPassage(row: PassageRow): Passage {
  return { heading: row.heading, text: row.text, source: { file: row.file, line: row.line }, endLine: row.end_line };
}

/** One FTS5 term: a quoted word or phrase, with a trailing "*" kept as a prefix marker; "" for none. */
function ftsTerm(term: string): string {
  const prefix = term.endsWith("*");
  const words = term
    .replace(/\*$/, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (words === null) return "";
  return `"${words.join(" ")}"${prefix ? "*" : ""}`;
}

import type { Db } from "./open-database.ts";
import { foldText, queryWords } from "./fold-text.ts";
import type { TextHit } from "./records.ts";
import { statement } from "./statements.ts";

interface HitRow {
  id: number;
  kind: TextHit["kind"];
  name: string;
  report_id: number;
  score: number;
}

export interface SearchOptions {
  /** Only entries of these reports. */
  reportIds?: readonly number[];
  /**
   * Words of at least this many letters also match as prefixes ("hemlös" finds "hemlösa"); shorter ones
   * match whole words only ("våld" not "valda"). Default 0: every word is a prefix.
   */
  prefixFrom?: number;
}

/**
 * Full-text recall over names, titles and analysis texts. Tiers, best first: every word as printed
 * (å ä ö distinct), then every word with diacritics folded ("forsenad" finds "försenad"), then any
 * word folded. Within a tier hits are ordered by bm25. `rank` is the 1-based position in the result.
 * With `reportIds`, only entries of those reports.
 */
export function searchText(db: Db, query: string, limit: number, options: SearchOptions = {}): TextHit[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const folded = [...new Set(words.map(foldText))];
  const term = (word: string) => quoted(word, word.length >= (options.prefixFrom ?? 0));
  const tiers = [
    `exact : (${words.map(term).join(" AND ")})`,
    `{exact folded} : (${folded.map(term).join(" AND ")})`,
    // With one word "any word" is "every word": the tier before has found them all.
    ...(folded.length > 1 ? [`{exact folded} : (${folded.map(term).join(" OR ")})`] : []),
  ];
  const find = matcher(db, limit, options.reportIds === undefined ? undefined : [...new Set(options.reportIds)]);
  const seen = new Set<number>();
  const hits: TextHit[] = [];
  for (const [tier, match] of tiers.entries()) {
    for (const row of find(match)) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      hits.push({ kind: row.kind, name: row.name, reportId: row.report_id, rank: hits.length + 1, allWords: tier < 2 });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** Up to this many reports are searched one by one, each within its own range of entry ids. */
const MAX_RANGED_REPORTS = 8;

/**
 * The best `limit` entries for one MATCH, best bm25 first. With report ids, bm25 is computed in the
 * result rows, so only for those reports' entries (asking FTS5 for its rank order scores every match in
 * the index first). For a few reports each is searched within its range of entry ids (a report's
 * entries are written together, so their ids are consecutive; the report_id test still decides), so
 * FTS5 reads only that part of each term's list (one report of 1,000: 2.7 instead of 40 ms).
 */
function matcher(db: Db, limit: number, reportIds: readonly number[] | undefined): (match: string) => HitRow[] {
  const columns =
    "SELECT e.id, e.kind, e.name, e.report_id, bm25(text_search) AS score FROM text_search s JOIN text_entry e ON e.id = s.rowid";
  if (reportIds === undefined) {
    const all = statement<{ match: string; limit: number }, HitRow>(
      db,
      `${columns} WHERE text_search MATCH @match ORDER BY s.rank LIMIT @limit`,
    );
    return (match) => all.all({ match, limit });
  }
  if (reportIds.length > MAX_RANGED_REPORTS) {
    const ids = JSON.stringify(reportIds);
    const some = statement<{ match: string; limit: number; ids: string }, HitRow>(
      db,
      `${columns} WHERE text_search MATCH @match AND e.report_id IN (SELECT value FROM json_each(@ids)) ORDER BY score, e.id LIMIT @limit`,
    );
    return (match) => some.all({ match, limit, ids });
  }
  const range = statement<{ reportId: number }, { lo: number | null; hi: number | null }>(
    db,
    "SELECT min(id) AS lo, max(id) AS hi FROM text_entry WHERE report_id = @reportId",
  );
  const ranges = reportIds.flatMap((reportId) => {
    const { lo, hi } = range.get({ reportId }) ?? { lo: null, hi: null };
    return lo === null || hi === null ? [] : [{ lo, hi }];
  });
  // The full-text table alone, then the entries by id: joined, the planner would start from the report's
  // entries and run the MATCH once per entry.
  const ranged = statement<{ match: string; limit: number; lo: number; hi: number }, { id: number; score: number }>(
    db,
    "SELECT rowid AS id, bm25(text_search) AS score FROM text_search WHERE text_search MATCH @match AND rowid BETWEEN @lo AND @hi ORDER BY score, rowid LIMIT @limit",
  );
  const entries = statement<{ ids: string }, Omit<HitRow, "score">>(
    db,
    "SELECT id, kind, name, report_id FROM text_entry WHERE id IN (SELECT value FROM json_each(@ids))",
  );
  return (match) => {
    const scored = ranges
      .flatMap(({ lo, hi }) => ranged.all({ match, limit, lo, hi }))
      .sort((a, b) => a.score - b.score || a.id - b.id);
    const byId = new Map(
      entries.all({ ids: JSON.stringify(scored.map((row) => row.id)) }).map((entry) => [entry.id, entry]),
    );
    return scored
      .flatMap(({ id, score }) => {
        const entry = byId.get(id);
        return entry !== undefined && reportIds.includes(entry.report_id) ? [{ ...entry, score }] : [];
      })
      .slice(0, limit);
  };
}

/** A quoted FTS5 term, a prefix term when `prefix`; quoting keeps words like AND/OR/NEAR literal. */
function quoted(word: string, prefix: boolean): string {
  return `"${word.replaceAll('"', '""')}"${prefix ? "*" : ""}`;
}

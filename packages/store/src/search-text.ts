import type { Db } from "./open-database.ts";
import { foldText, queryWords } from "./fold-text.ts";
import type { TextHit } from "./records.ts";
import { statement } from "./statements.ts";

interface HitRow {
  id: number;
  kind: TextHit["kind"];
  name: string;
  report_id: number;
}

/**
 * Full-text recall over names, titles and analysis texts. Tiers, best first: every word as printed
 * (å ä ö distinct), then every word with diacritics folded ("forsenad" finds "försenad"), then any
 * word folded. Within a tier hits are ordered by bm25. `rank` is the 1-based position in the result.
 * With `reportIds`, only entries of those reports.
 */
export function searchText(db: Db, query: string, limit: number, options: { reportIds?: readonly number[] } = {}): TextHit[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const folded = [...new Set(words.map(foldText))];
  const tiers = [
    `exact : (${words.map(term).join(" AND ")})`,
    `{exact folded} : (${folded.map(term).join(" AND ")})`,
    `{exact folded} : (${folded.map(term).join(" OR ")})`,
  ];
  const seen = new Set<number>();
  const hits: TextHit[] = [];
  const inReports = options.reportIds === undefined ? "" : "AND e.report_id IN (SELECT value FROM json_each(@reportIds))";
  const search = statement<{ match: string; limit: number; reportIds?: string }, HitRow>(
    db,
    `SELECT e.id, e.kind, e.name, e.report_id FROM text_search s JOIN text_entry e ON e.id = s.rowid
      WHERE text_search MATCH @match ${inReports} ORDER BY s.rank LIMIT @limit`,
  );
  const reportIds = options.reportIds === undefined ? {} : { reportIds: JSON.stringify(options.reportIds) };
  for (const match of tiers) {
    for (const row of search.all({ match, limit, ...reportIds })) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      hits.push({ kind: row.kind, name: row.name, reportId: row.report_id, rank: hits.length + 1 });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** A quoted FTS5 prefix term; quoting keeps words like AND/OR/NEAR literal. */
function term(word: string): string {
  return `"${word.replaceAll('"', '""')}"*`;
}

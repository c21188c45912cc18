import type { Db } from "./open-database.ts";
import type { TextEntry } from "./report-text.ts";
import { statement } from "./statements.ts";

const INSERT_ENTRY = "INSERT INTO text_entry (report_id, kind, name) VALUES (?, ?, ?)";
const INSERT_SEARCH = "INSERT INTO text_search (rowid, exact, folded) VALUES (?, ?, ?)";

/**
 * Adds a report's text entries to the full-text index (inside the save transaction); `folded[i]` is
 * foldedWords(entries[i].exact), computed before the transaction (possibly in a parse worker).
 */
export function indexReportText(
  db: Db,
  reportId: number,
  entries: readonly TextEntry[],
  folded: readonly string[],
): void {
  if (folded.length !== entries.length)
    throw new Error(`folded words for ${folded.length} of ${entries.length} text entries`);
  const entry = statement<[number, string, string]>(db, INSERT_ENTRY);
  const search = statement<[number | bigint, string, string]>(db, INSERT_SEARCH);
  entries.forEach(({ kind, name, exact }, i) => {
    const rowid = entry.run(reportId, kind, name).lastInsertRowid;
    search.run(rowid, exact, folded[i] ?? "");
  });
}

import type { DigestBlock, DigestMessage, TableBlock, TableCell } from "../slack-client.ts";
import type { DetailTable } from "./detail-tables.ts";
import { escapeMrkdwn, SLACK_LIMITS, truncate } from "./slack-limits.ts";

/**
 * One table as thread replies: a heading and one `table` block per message (Slack allows one), the
 * header row repeated in each, the rows split so that no table exceeds 100 rows, 20 columns or 10,000
 * characters (a row too long for a table of its own has its longest cells cut, ending in "…"). Each message has a plain-text fallback of its rows (cut at 3,000 characters).
 */
export function tableMessages(title: string, table: DetailTable): DigestMessage[] {
  const columns = table.columns.slice(0, SLACK_LIMITS.tableColumns);
  // A row alone must fit a table with the header: longer cells are cut, never the table's limit broken.
  const header = fitRow(
    columns.map((column) => cell(column.header)),
    SLACK_LIMITS.tableChars / 2,
  );
  const rowChars = SLACK_LIMITS.tableChars - size(header);
  const rows = table.rows.map((row) =>
    fitRow(
      columns.map((_, i) => cell(row[i] ?? "")),
      rowChars,
    ),
  );
  const chunks: TableCell[][][] = [];
  let chunk: TableCell[][] = [];
  let chars = size(header);
  for (const row of rows) {
    const full = chunk.length + 1 >= SLACK_LIMITS.tableRows || chars + size(row) > SLACK_LIMITS.tableChars;
    if (chunk.length > 0 && full) {
      chunks.push(chunk);
      chunk = [];
      chars = size(header);
    }
    chunk.push(row);
    chars += size(row);
  }
  if (chunk.length > 0) chunks.push(chunk);
  const settings = columns.map((column) => ({
    ...(column.align === undefined ? {} : { align: column.align }),
    is_wrapped: column.wrap === true,
  }));
  return chunks.map((rowsOfChunk, index) => {
    const part = chunks.length > 1 ? ` (${index + 1}/${chunks.length})` : "";
    const heading = `${table.heading}${part}`;
    const block: TableBlock = { type: "table", rows: [header, ...rowsOfChunk], column_settings: settings };
    const blocks: DigestBlock[] = [
      {
        type: "section",
        text: { type: "mrkdwn", text: truncate(`*${escapeMrkdwn(heading)}*`, SLACK_LIMITS.textChars) },
      },
      block,
    ];
    const lines = rowsOfChunk.map((row) => row.map((c) => c.text).join(" | "));
    return { text: truncate([`${title} – ${heading}`, ...lines].join("\n"), SLACK_LIMITS.textChars), blocks };
  });
}

/** A raw_text cell: never empty (Slack requires a character), at most cellChars long, one line. */
function cell(text: string): TableCell {
  const clean = text.replace(/\s+/g, " ").trim();
  return { type: "raw_text", text: clean === "" ? "–" : truncate(clean, SLACK_LIMITS.cellChars) };
}

/**
 * The row within `max` characters: when longer, every cell is cut (ending in "…") to the largest
 * length at which the row fits, so short cells stay whole and the longest give way.
 */
function fitRow(row: TableCell[], max: number): TableCell[] {
  if (size(row) <= max) return row;
  const capped = (cap: number) => row.reduce((sum, c) => sum + Math.min(c.text.length, cap), 0);
  let low = 1;
  let high = Math.max(...row.map((c) => c.text.length));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (capped(mid) <= max) low = mid;
    else high = mid - 1;
  }
  return row.map((c) => ({ ...c, text: truncate(c.text, low) }));
}

function size(row: readonly TableCell[]): number {
  return row.reduce((sum, c) => sum + c.text.length, 0);
}

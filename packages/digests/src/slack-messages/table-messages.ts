import type { DigestBlock, DigestMessage, TableBlock, TableCell } from "../slack-client.ts";
import type { DetailTable } from "./detail-tables.ts";
import { escapeMrkdwn, SLACK_LIMITS, truncate } from "./slack-limits.ts";

/**
 * One table as thread replies: a heading and one `table` block per message (Slack allows one), the
 * header row repeated in each, the rows split so that no table exceeds 100 rows, 20 columns or 10,000
 * characters. Each message has a plain-text fallback of its rows (cut at 3,000 characters).
 */
export function tableMessages(title: string, table: DetailTable): DigestMessage[] {
  const columns = table.columns.slice(0, SLACK_LIMITS.tableColumns);
  const header = columns.map((column) => cell(column.header));
  const rows = table.rows.map((row) => columns.map((_, i) => cell(row[i] ?? "")));
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

function size(row: readonly TableCell[]): number {
  return row.reduce((sum, c) => sum + c.text.length, 0);
}

/**
 * Slack's limits that digest messages respect (Block Kit reference): blocks per message, characters per
 * text object, header text; and the `table` block's own: at most 100 rows (the header row included), 20
 * cells a row, one table per message, a cell's text at least 1 character. Cells and whole tables are
 * kept well under the sizes clients render comfortably (2,000 characters a cell, 10,000 a table).
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  textChars: 3000,
  headerChars: 150,
  tableRows: 100,
  tableColumns: 20,
  tablesPerMessage: 1,
  cellChars: 2000,
  tableChars: 10_000,
} as const;

/** Slack's three control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Lines joined by newlines into chunks of at most `max` characters (a longer line is cut): the texts of
 * as few sections as a limit allows. The digest summary and the bot's App Home use it.
 */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current !== "" && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? line : `${current}\n${line}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

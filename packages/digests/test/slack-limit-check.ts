import { SLACK_LIMITS, type DigestMessage } from "../src/index.ts";

/** Every way `messages` break Slack's limits (SLACK_LIMITS), as readable lines; [] when none. */
export function limitViolations(messages: readonly DigestMessage[]): string[] {
  const out: string[] = [];
  for (const [m, message] of messages.entries()) {
    const at = `message ${m}`;
    if (message.text.length === 0 || message.text.length > SLACK_LIMITS.textChars)
      out.push(`${at}: fallback text of ${message.text.length} characters`);
    if (message.blocks.length > SLACK_LIMITS.blocksPerMessage) out.push(`${at}: ${message.blocks.length} blocks`);
    const tables = message.blocks.filter((block) => block.type === "table");
    if (tables.length > SLACK_LIMITS.tablesPerMessage) out.push(`${at}: ${tables.length} tables`);
    for (const block of message.blocks) {
      if (block.type === "header" && block.text.text.length > SLACK_LIMITS.headerChars)
        out.push(`${at}: header of ${block.text.text.length} characters`);
      if (block.type === "section" && block.text.text.length > SLACK_LIMITS.textChars)
        out.push(`${at}: section of ${block.text.text.length} characters`);
      if (block.type === "context")
        for (const element of block.elements)
          if (element.text.length > SLACK_LIMITS.textChars)
            out.push(`${at}: context of ${element.text.length} characters`);
      if (block.type !== "table") continue;
      if (block.rows.length > SLACK_LIMITS.tableRows) out.push(`${at}: table of ${block.rows.length} rows`);
      if ((block.column_settings?.length ?? 0) > SLACK_LIMITS.tableColumns) out.push(`${at}: column settings`);
      let chars = 0;
      for (const row of block.rows) {
        if (row.length > SLACK_LIMITS.tableColumns || row.length !== block.rows[0]?.length)
          out.push(`${at}: a row of ${row.length} cells`);
        for (const cell of row) {
          chars += cell.text.length;
          if (cell.text.length === 0 || cell.text.length > SLACK_LIMITS.cellChars)
            out.push(`${at}: a cell of ${cell.text.length} characters`);
        }
      }
      if (chars > SLACK_LIMITS.tableChars) out.push(`${at}: a table of ${chars} characters`);
    }
  }
  return out;
}

import type { Digest } from "@tertial/engine";
import type { DigestMessage } from "../slack-client.ts";
import { detailTables } from "./detail-tables.ts";
import { summaryMessage } from "./summary-message.ts";
import { tableMessages } from "./table-messages.ts";

/**
 * The digest as Slack messages: the first is the one top-level summary, the rest are replies in its
 * thread, each holding one details table. Every message keeps a plain-text fallback.
 */
export function digestMessages(digest: Digest): DigestMessage[] {
  const details = detailTables(digest).flatMap((table) => tableMessages(digest.title, table));
  return [summaryMessage(digest, details.length > 0), ...details];
}

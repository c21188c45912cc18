/** A table cell: plain text, at least one character. */
export interface TableCell {
  type: "raw_text";
  text: string;
}

/** Slack's `table` block: rows of cells, the first row the header; see TABLE_LIMITS for its limits. */
export interface TableBlock {
  type: "table";
  rows: TableCell[][];
  column_settings?: { align?: "left" | "center" | "right"; is_wrapped?: boolean }[];
}

/** The few Block Kit blocks digests use. */
export type DigestBlock =
  | { type: "header"; text: { type: "plain_text"; text: string } }
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: { type: "mrkdwn"; text: string }[] }
  | { type: "divider" }
  | TableBlock;

export interface DigestMessage {
  /** Fallback text for notifications and screen readers. */
  text: string;
  blocks: DigestBlock[];
}

/** Slack message metadata (https://api.slack.com/metadata): what a posted message is, for finding it again. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, string | number>;
}

/** A message as conversations.history returns it (with include_all_metadata). */
export interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * The part of Slack's Web API the digests use. `createDigestSlackClient` builds it from WebClients (the CLI,
 * the bot); tests may pass any object of this shape. Methods throw on an API error, as WebClient does.
 */
export interface DigestSlackClient {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks: DigestBlock[];
      unfurl_links: boolean;
      unfurl_media: boolean;
      metadata?: MessageMetadata;
      /** The summary's ts: the message is a reply in its thread. */
      thread_ts?: string;
    }): Promise<{ ts?: string }>;
  };
  conversations: {
    info(args: { channel: string }): Promise<{ channel?: { is_member?: boolean; name?: string } }>;
    /** Needs channels:history / groups:history; used before a retry to find the parts already posted. */
    history(args: {
      channel: string;
      oldest: string;
      limit: number;
      include_all_metadata: boolean;
      cursor?: string;
    }): Promise<{ messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } }>;
    /** The thread of `ts` (its first message, then the replies); used to find the replies already posted. */
    replies(args: {
      channel: string;
      ts: string;
      limit: number;
      include_all_metadata: boolean;
      cursor?: string;
    }): Promise<{ messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } }>;
  };
}

/** The Slack error code of a failed call ("ratelimited", "not_in_channel" …), else the message. */
export function slackErrorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "data" in error) {
    const { data } = error;
    if (typeof data === "object" && data !== null && "error" in data && typeof data.error === "string")
      return data.error;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The few Block Kit blocks digests use. */
export type DigestBlock =
  | { type: "header"; text: { type: "plain_text"; text: string } }
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: { type: "mrkdwn"; text: string }[] }
  | { type: "divider" };

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
 * The part of Slack's Web API the digests use; Bolt's `app.client` (a WebClient) fits, and so does
 * `createFetchSlackClient` for the CLI. Methods throw on an API error, as WebClient does.
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
  };
}

/** A Slack API error ("not_in_channel" …) raised by the fetch client, shaped like WebClient's. */
export class SlackApiError extends Error {
  override readonly name = "SlackApiError";
  readonly data: { error: string };

  constructor(method: string, error: string) {
    super(`An API error occurred: ${error} (${method})`);
    this.data = { error };
  }
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

/**
 * A minimal Web API client over fetch, for `tertial digest run-due` outside the bot process.
 * `apiUrl` defaults to https://slack.com/api/ (SLACK_API_URL points it at a fake server in tests).
 */
export function createFetchSlackClient(options: { token: string; apiUrl?: string }): DigestSlackClient {
  const base = (options.apiUrl ?? "https://slack.com/api/").replace(/\/?$/, "/");
  async function call(method: string, body: object): Promise<Record<string, unknown>> {
    const response = await fetch(new URL(method, base), {
      method: "POST",
      headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new SlackApiError(method, `http_${response.status}`);
    const json: unknown = await response.json();
    if (typeof json !== "object" || json === null) throw new SlackApiError(method, "invalid_response");
    const result = json as Record<string, unknown>;
    if (result["ok"] !== true)
      throw new SlackApiError(method, typeof result["error"] === "string" ? result["error"] : "unknown_error");
    return result;
  }
  return {
    chat: {
      async postMessage(args) {
        const result = await call("chat.postMessage", args);
        return typeof result["ts"] === "string" ? { ts: result["ts"] } : {};
      },
    },
    conversations: {
      async info(args) {
        const { channel } = await call("conversations.info", args);
        if (typeof channel !== "object" || channel === null) return {};
        const isMember =
          "is_member" in channel && typeof channel.is_member === "boolean" ? channel.is_member : undefined;
        const name = "name" in channel && typeof channel.name === "string" ? channel.name : undefined;
        return {
          channel: {
            ...(isMember === undefined ? {} : { is_member: isMember }),
            ...(name === undefined ? {} : { name }),
          },
        };
      },
      async history(args) {
        const result = await call("conversations.history", args);
        const messages = Array.isArray(result["messages"]) ? (result["messages"] as HistoryMessage[]) : [];
        const meta = result["response_metadata"];
        const cursor =
          typeof meta === "object" && meta !== null && "next_cursor" in meta && typeof meta.next_cursor === "string"
            ? meta.next_cursor
            : "";
        return { messages, response_metadata: { next_cursor: cursor } };
      },
    },
  };
}

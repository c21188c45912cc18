import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
  /** The HTTP status the fake answered with (429 for a rate limit); undefined while unanswered. */
  status?: number;
}

/**
 * A loopback stand-in for Slack's Web API (chat.postMessage, conversations.info, .history, .replies).
 * `members` are the channels the bot is in; `failNext` makes the next calls of a method answer ok:false
 * with that error; `rateLimitNext` answers HTTP 429 with Retry-After; `storeThenFail` makes the next
 * posts be stored (and listed by history) but answered with an HTTP error, as when Slack fails after
 * writing. As in Slack, history lists only top-level messages; a thread's replies are in .replies.
 */
export interface FakeSlack {
  url: string;
  calls: FakeCall[];
  members: Set<string>;
  failNext(method: string, error: string, times?: number): void;
  storeThenFail(status: number, times?: number): void;
  /** The next post is stored (and listed by history) but never answered, as when Slack hangs after writing. */
  storeThenHang(): void;
  /** The next call of `method` is answered HTTP 429 with `Retry-After: seconds`, nothing stored. */
  rateLimitNext(method: string, seconds: number): void;
  /** Called with each stored message before it is answered (a kill test stops the poster here). */
  onStored(listener: ((message: StoredMessage) => void) | null): void;
  /** chat.postMessage calls (every attempt, also those that failed). */
  posts(): FakeCall[];
  /** The messages in `channel`, in posting order, as history has them. */
  channelMessages(channel: string): StoredMessage[];
  close(): Promise<void>;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  /** The thread's first message when this is a reply. */
  threadTs: string | undefined;
  text: string;
  blocks: unknown[];
  metadata: { event_type: string; event_payload: Record<string, unknown> } | undefined;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const members = new Set<string>();
  const failures = new Map<string, string[]>();
  const stored: StoredMessage[] = [];
  const rateLimits = new Map<string, number>();
  let storeThenFail: { status: number; times: number } = { status: 500, times: 0 };
  let storeThenHang = false;
  let onStored: ((message: StoredMessage) => void) | null = null;
  let ts = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const method = (request.url ?? "").replace(/^\/api\//, "");
      const call: FakeCall = { method, body };
      calls.push(call);
      const retryAfter = rateLimits.get(method);
      if (retryAfter !== undefined) {
        rateLimits.delete(method);
        call.status = 429;
        response.writeHead(429, { "retry-after": String(retryAfter), "content-type": "application/json" });
        response.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      const failure = failures.get(method)?.shift();
      let answer: Record<string, unknown>;
      if (failure !== undefined) answer = { ok: false, error: failure };
      else if (method === "chat.postMessage") {
        ts += 1;
        // Real seconds, so conversations.history's `oldest` works as in Slack.
        const messageTs = `${Math.floor(Date.now() / 1000)}.${String(ts).padStart(6, "0")}`;
        const message: StoredMessage = {
          channel: String(body["channel"]),
          ts: messageTs,
          threadTs: body["thread_ts"] === undefined ? undefined : String(body["thread_ts"]),
          text: String(body["text"]),
          blocks: Array.isArray(body["blocks"]) ? body["blocks"] : [],
          metadata: body["metadata"] as StoredMessage["metadata"],
        };
        stored.push(message);
        onStored?.(message);
        if (storeThenHang) {
          storeThenHang = false;
          return;
        }
        if (storeThenFail.times > 0) {
          storeThenFail.times -= 1;
          call.status = storeThenFail.status;
          response.writeHead(storeThenFail.status, { "content-type": "text/plain" });
          response.end("stored, then failed");
          return;
        }
        answer = { ok: true, channel: body["channel"], ts: messageTs };
      } else if (method === "conversations.history") {
        const oldest = Number(body["oldest"] ?? 0);
        const messages = stored
          .filter((m) => m.channel === String(body["channel"]) && m.threadTs === undefined && Number(m.ts) > oldest)
          .reverse()
          .map((m) => listed(m, body));
        answer = { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
      } else if (method === "conversations.replies") {
        const ts = String(body["ts"]);
        const thread = stored.filter(
          (m) => m.channel === String(body["channel"]) && (m.ts === ts || m.threadTs === ts),
        );
        answer =
          thread.length === 0
            ? { ok: false, error: "thread_not_found" }
            : { ok: true, messages: thread.map((m) => listed(m, body)), has_more: false };
      } else if (method === "conversations.info") {
        const channel = String(body["channel"]);
        answer = channel.startsWith("C")
          ? { ok: true, channel: { id: channel, name: `kanal-${channel}`, is_member: members.has(channel) } }
          : { ok: false, error: "channel_not_found" };
      } else answer = { ok: false, error: "unknown_method" };
      call.status = 200;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    members,
    failNext(method, error, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
    },
    storeThenHang() {
      storeThenHang = true;
    },
    rateLimitNext(method, seconds) {
      rateLimits.set(method, seconds);
    },
    storeThenFail(status, times = 1) {
      storeThenFail = { status, times };
    },
    onStored(listener) {
      onStored = listener;
    },
    posts: () => calls.filter((call) => call.method === "chat.postMessage"),
    channelMessages: (channel) => stored.filter((m) => m.channel === channel),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A stored message as history and replies list it (metadata only when asked for, as Slack does). */
function listed(m: StoredMessage, body: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "message",
    ts: m.ts,
    ...(m.threadTs === undefined ? {} : { thread_ts: m.threadTs }),
    text: m.text,
    ...(m.metadata !== undefined && String(body["include_all_metadata"]) === "true" ? { metadata: m.metadata } : {}),
  };
}

/** JSON or form-encoded (WebClient's default; its blocks arrive as a JSON string). */
async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if ((request.headers["content-type"] ?? "").includes("json")) return JSON.parse(text) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text))
    body[key] = key === "blocks" || key === "metadata" ? (JSON.parse(value) as unknown) : value;
  return body;
}

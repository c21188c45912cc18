import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
}

/**
 * A loopback stand-in for Slack's Web API (chat.postMessage, conversations.info, conversations.history).
 * `members` are the channels the bot is in; `failNext` makes the next calls of a method answer ok:false
 * with that error; `storeThenFail` makes the next posts be stored (and listed by history) but answered
 * with an HTTP error, as when Slack fails after writing.
 */
export interface FakeSlack {
  url: string;
  calls: FakeCall[];
  members: Set<string>;
  failNext(method: string, error: string, times?: number): void;
  storeThenFail(status: number, times?: number): void;
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
  text: string;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | undefined;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const members = new Set<string>();
  const failures = new Map<string, string[]>();
  const stored: StoredMessage[] = [];
  let storeThenFail: { status: number; times: number } = { status: 500, times: 0 };
  let onStored: ((message: StoredMessage) => void) | null = null;
  let ts = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const method = (request.url ?? "").replace(/^\/api\//, "");
      calls.push({ method, body });
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
          text: String(body["text"]),
          metadata: body["metadata"] as StoredMessage["metadata"],
        };
        stored.push(message);
        onStored?.(message);
        if (storeThenFail.times > 0) {
          storeThenFail.times -= 1;
          response.writeHead(storeThenFail.status, { "content-type": "text/plain" });
          response.end("stored, then failed");
          return;
        }
        answer = { ok: true, channel: body["channel"], ts: messageTs };
      } else if (method === "conversations.history") {
        const oldest = Number(body["oldest"] ?? 0);
        const messages = stored
          .filter((m) => m.channel === String(body["channel"]) && Number(m.ts) > oldest)
          .reverse()
          .map((m) => ({
            type: "message",
            ts: m.ts,
            text: m.text,
            ...(m.metadata !== undefined && String(body["include_all_metadata"]) === "true"
              ? { metadata: m.metadata }
              : {}),
          }));
        answer = { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
      } else if (method === "conversations.info") {
        const channel = String(body["channel"]);
        answer = channel.startsWith("C")
          ? { ok: true, channel: { id: channel, name: `kanal-${channel}`, is_member: members.has(channel) } }
          : { ok: false, error: "channel_not_found" };
      } else answer = { ok: false, error: "unknown_method" };
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
    storeThenFail(status, times = 1) {
      storeThenFail = { status, times };
    },
    onStored(listener) {
      onStored = listener;
    },
    posts: () => calls.filter((call) => call.method === "chat.postMessage"),
    channelMessages: (channel) => stored.filter((m) => m.channel === channel),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
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

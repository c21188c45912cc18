import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
}

/**
 * A loopback stand-in for Slack's Web API (chat.postMessage, conversations.info). `members` are the
 * channels the bot is in; `failNext` makes the next calls of a method answer ok:false with that error.
 */
export interface FakeSlack {
  url: string;
  calls: FakeCall[];
  members: Set<string>;
  failNext(method: string, error: string, times?: number): void;
  posts(): FakeCall[];
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const members = new Set<string>();
  const failures = new Map<string, string[]>();
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
        answer = { ok: true, channel: body["channel"], ts: `1700000000.${String(ts).padStart(6, "0")}` };
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
    posts: () => calls.filter((call) => call.method === "chat.postMessage"),
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
    body[key] = key === "blocks" ? (JSON.parse(value) as unknown) : value;
  return body;
}

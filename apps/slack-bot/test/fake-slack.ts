import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call or response_url post the fake received. */
export interface RecordedCall {
  /** "chat.postMessage", … or "response_url" */
  method: string;
  /** Form fields (JSON values such as blocks parsed) or the JSON body. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
  /** For response_url posts: the id in /respond/<id>. */
  responseId?: string;
  /** For chat.postMessage: the ts Slack gave the stored message. */
  ts?: string;
}

export interface FakeSlack {
  /** http://127.0.0.1:<port>/api/ – the WebClient's slackApiUrl. */
  apiUrl: string;
  /** http://127.0.0.1:<port>/respond/<id> – a response_url that records what is posted to it. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves when `count` calls to `method` were received; rejects after `timeoutMs`. */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** The next call to `method` gets HTTP 429 with Retry-After: `seconds`. */
  rateLimitOnce(method: string, seconds: number): void;
  /** The next `times` calls to `method` get HTTP `status`. */
  failNext(method: string, status: number, times?: number): void;
  /** The next `times` calls to `method` get HTTP 200 with { ok: false, error }. */
  errorNext(method: string, error: string, times?: number): void;
  /**
   * The next call to `method` is carried out (a message is stored and recorded), then answered with HTTP
   * `status`, or after `delayMs` (longer than the client's timeout), as when Slack fails after writing.
   */
  storeThenFail(method: string, failure: { status: number } | { delayMs: number }): void;
  /** Sets what apps.connections.open returns as the Socket Mode URL. */
  setSocketUrl(url: string): void;
  /** Calls `listener` for every recorded call from now on; returns the unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void;
  /** Statuses the fake answered with, in order (429s included). */
  statuses: { method: string; status: number }[];
  close(): Promise<void>;
}

export const FAKE_BOT = { userId: "UBOT0001", botId: "BBOT0001", teamId: "T0000001" } as const;

/** A small Slack Web API on 127.0.0.1 (random port) for the methods the bot uses. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const statuses: { method: string; status: number }[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(1000);
  const rateLimits = new Map<string, number>();
  const failures = new Map<string, { status: number; times: number }>();
  const errors = new Map<string, { error: string; times: number }>();
  const afterStore = new Map<string, { status: number } | { delayMs: number }>();
  let socketUrl = "ws://127.0.0.1:1/";
  let tsCounter = 0;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const respondMatch = /^\/respond\/([^/]+)$/.exec(url.pathname);
    const method = respondMatch ? "response_url" : url.pathname.replace(/^\/api\//, "");
    const rateLimit = rateLimits.get(method);
    if (rateLimit !== undefined) {
      rateLimits.delete(method);
      statuses.push({ method, status: 429 });
      res.writeHead(429, { "retry-after": String(rateLimit), "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    const failure = failures.get(method);
    if (failure !== undefined && failure.times > 0) {
      failure.times -= 1;
      statuses.push({ method, status: failure.status });
      res.writeHead(failure.status, { "content-type": "text/plain" });
      res.end("failure");
      return;
    }
    const body = parseBody(raw, req.headers["content-type"] ?? "");
    const error = errors.get(method);
    if (error !== undefined && error.times > 0) {
      error.times -= 1;
      statuses.push({ method, status: 200 });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: error.error }));
      return;
    }
    const call: RecordedCall = {
      method,
      body,
      authorization: req.headers.authorization,
      at: performance.now(),
      ...(respondMatch?.[1] === undefined ? {} : { responseId: respondMatch[1] }),
    };
    const reply = answer(method, body);
    if (typeof reply["ts"] === "string") call.ts = reply["ts"];
    calls.push(call);
    const late = afterStore.get(method);
    afterStore.delete(method);
    if (late !== undefined && "status" in late) {
      statuses.push({ method, status: late.status });
      res.writeHead(late.status, { "content-type": "text/plain" });
      res.end("stored, then failed");
      events.emit("call", call);
      return;
    }
    if (late !== undefined) await new Promise((resolve) => setTimeout(resolve, late.delayMs));
    statuses.push({ method, status: 200 });
    if (res.destroyed) return;
    res.writeHead(200, { "content-type": respondMatch ? "text/plain" : "application/json" });
    res.end(respondMatch ? "ok" : JSON.stringify(reply));
    events.emit("call", call);
  }

  /** The stored messages of a channel (of one thread for `threadTs`), newest first, as history and replies list them. */
  function listMessages(channel: unknown, threadTs: unknown, oldest: unknown): Record<string, unknown>[] {
    return calls
      .filter(
        (call) =>
          call.method === "chat.postMessage" &&
          call.body["channel"] === channel &&
          (threadTs === undefined || call.body["thread_ts"] === threadTs) &&
          Number(call.ts) > Number(oldest ?? 0),
      )
      .reverse()
      .map((call) => ({ type: "message", ts: call.ts, text: call.body["text"], metadata: call.body["metadata"] }));
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://tertial-test.example/",
          team: "Test",
          user: "tertial",
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        };
      case "chat.postMessage":
        tsCounter += 1;
        return {
          ok: true,
          channel: body["channel"],
          // Real seconds, so `oldest` in conversations.history / .replies works as in Slack.
          ts: `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, "0")}`,
          message: { text: body["text"] },
        };
      case "chat.postEphemeral":
        return { ok: true, message_ts: "1700000000.999999" };
      case "views.publish":
        return { ok: true, view: { id: "V0000001" } };
      case "assistant.threads.setSuggestedPrompts":
      case "assistant.threads.setStatus":
      case "assistant.threads.setTitle":
        return { ok: true };
      case "conversations.info":
        return { ok: true, channel: { id: body["channel"], name: "general", is_member: true } };
      case "apps.connections.open":
        return { ok: true, url: socketUrl };
      case "conversations.history":
        return { ok: true, messages: listMessages(body["channel"], undefined, body["oldest"]), has_more: false };
      case "conversations.replies":
        return { ok: true, messages: listMessages(body["channel"], body["ts"], body["oldest"]), has_more: false };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    statuses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitForCalls(method, count, timeoutMs = 10_000) {
      const matching = () => calls.filter((call) => call.method === method);
      if (matching().length >= count) return Promise.resolve(matching());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off("call", onCall);
          reject(new Error(`expected ${count} ${method} call(s), got ${matching().length}`));
        }, timeoutMs);
        const onCall = () => {
          if (matching().length < count) return;
          clearTimeout(timer);
          events.off("call", onCall);
          resolve(matching());
        };
        events.on("call", onCall);
      });
    },
    onCall(listener) {
      events.on("call", listener);
      return () => events.off("call", listener);
    },
    rateLimitOnce: (method, seconds) => rateLimits.set(method, seconds),
    failNext: (method, status, times = 1) => failures.set(method, { status, times }),
    errorNext: (method, error, times = 1) => errors.set(method, { error, times }),
    storeThenFail: (method, failure) => afterStore.set(method, failure),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  }
  return fields;
}

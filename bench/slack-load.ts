/**
 * Slack bot under load: the real Bolt app (HTTP mode, 127.0.0.1) with the real engine on a 1,000-report
 * database runs in a child process, as it would in production; this process plays Slack: a fake Web API
 * recording every reply, and 200 signed app_mention events sent with 20 in flight (a worker sends the
 * next mention when its reply has reached the fake). Both ends use this process's clock.
 *
 *   npm run bench:slack -- [--db bench/out/city.db] [--count 200] [--concurrency 20] [--no-cache]
 *
 * --no-cache turns the engine's answer cache off, so every mention is answered from scratch (the
 * questions rotate, so with the cache on most mentions after the warm-up reuse an answer).
 *
 * Without the database it is built from the generated corpus (npm run bench:corpus) first; with
 * --reports it uses data/reports instead. Checks that every mention gets exactly one reply in its thread
 * and prints p50/p95/max from request to chat.postMessage at the fake.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEngine } from "@tertial/engine";
import { listReports, openDatabase, repoPath } from "@tertial/store";
import { ensureLoaded } from "@tertial/loader";
import { createApp } from "../apps/slack-bot/src/app.ts";
import { createBotDeps } from "../apps/slack-bot/src/deps.ts";
import { createLogger } from "../apps/slack-bot/src/logger.ts";
import { startFakeSlack, type RecordedCall } from "../apps/slack-bot/test/fake-slack.ts";
import { mentionEvent, postEvent, TEST_SIGNING_SECRET } from "../apps/slack-bot/test/slack-requests.ts";
import { hasSidecars, loadCorpus, makeCorpus, type CorpusEntry } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/city.db" },
    corpus: { type: "string", default: "bench/out/corpus" },
    reports: { type: "boolean", default: false },
    count: { type: "string", default: "200" },
    concurrency: { type: "string", default: "20" },
    warmup: { type: "string", default: "40" },
    serve: { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    "api-url": { type: "string" },
  },
});
const total = Number(values.count);
const concurrency = Number(values.concurrency);

const QUESTIONS = [
  "Vilka indikatorer är försenade?",
  "Which indicators are off track?",
  "Vilka aktiviteter har avvikelser?",
  "Vilka mål uppfylls inte?",
  "Hur ser budgeten ut?",
  "Vilka rapporter finns?",
  "Vilka indikatorer är försenade i Socialnämnden?",
  "Which goals are only partly met in Norrmalm?",
];

async function prepareDatabase(): Promise<{ path: string; cleanup: () => void }> {
  if (values.reports) {
    const dir = mkdtempSync(join(tmpdir(), "tertial-slack-load-"));
    const path = join(dir, "reports.db");
    await ensureLoaded({ dbPath: path, reportsDir: repoPath("data/reports") });
    return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const path = repoPath(values.db);
  if (!existsSync(path)) {
    const corpus = repoPath(values.corpus);
    const manifest = join(corpus, "manifest.json");
    if (!existsSync(manifest))
      throw new Error(
        `no database at ${path} and no corpus at ${corpus}: run npm run bench:corpus -- --count 1000 first`,
      );
    const entries = JSON.parse(readFileSync(manifest, "utf8")) as CorpusEntry[];
    console.log(`building ${path} from ${entries.length} corpus reports (once)…`);
    const start = performance.now();
    if (!hasSidecars(corpus, entries)) makeCorpus(corpus, entries.length);
    await loadCorpus(corpus, path);
    console.log(`built in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  return { path, cleanup: () => {} };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The bot's side (child process): open the database, build the engine, serve on 127.0.0.1, print the port. */
async function serve(dbPath: string, apiUrl: string): Promise<void> {
  const db = openDatabase(dbPath);
  const started = performance.now();
  const engine = createEngine(db, values["no-cache"] ? { cacheSize: 0 } : {});
  const engineMs = performance.now() - started;
  const logger = createLogger({ write: (line) => process.stderr.write(`${line}\n`) });
  const bot = createApp({
    config: {
      botToken: "xoxb-bench-token",
      connection: { mode: "http", signingSecret: TEST_SIGNING_SECRET, port: 0 },
      slackApiUrl: apiUrl,
      logLevel: "warn",
      dbPath,
      access: { channels: [], users: [] },
      adminUserIds: [],
    },
    deps: createBotDeps({ db, engine, logger }),
    host: "127.0.0.1",
    digests: false,
  });
  const { port } = await bot.start();
  process.stdout.write(`${JSON.stringify({ port, engineMs, reports: listReports(db).length })}\n`);
  process.once("SIGTERM", () => {
    void bot.stop().finally(() => {
      db.close();
      process.exit(0);
    });
  });
}

if (values.serve) {
  await serve(repoPath(values.db), values["api-url"] ?? "");
} else {
  await drive();
}

async function drive(): Promise<void> {
  const { path, cleanup } = await prepareDatabase();
  const fake = await startFakeSlack();
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      import.meta.filename,
      "--serve",
      "--db",
      path,
      "--api-url",
      fake.apiUrl,
      ...(values["no-cache"] ? ["--no-cache"] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const ready = await new Promise<{ port: number; engineMs: number; reports: number }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const line = out.split("\n")[0];
      if (out.includes("\n") && line !== undefined)
        resolve(JSON.parse(line) as { port: number; engineMs: number; reports: number });
    });
    child.once("exit", (code) => reject(new Error(`the bot process exited with ${code ?? "a signal"}`)));
  });
  const url = `http://127.0.0.1:${ready.port}/slack/events`;
  const reportCount = ready.reports;
  const engineMs = ready.engineMs;

  const waiting = new Map<string, (call: RecordedCall) => void>();
  const repliesByThread = new Map<string, number>();
  fake.onCall((call) => {
    if (call.method !== "chat.postMessage") return;
    const thread = String(call.body["thread_ts"]);
    repliesByThread.set(thread, (repliesByThread.get(thread) ?? 0) + 1);
    waiting.get(thread)?.(call);
  });

  const latencies: number[] = [];
  const ackLatencies: number[] = [];
  const runId = Date.now() % 1_000_000;
  let next = 0;
  let lost = 0;

  async function worker(count: number, prefix: string): Promise<void> {
    for (;;) {
      const index = next;
      next += 1;
      if (index >= count) return;
      const ts = `${prefix}.${String(index).padStart(6, "0")}`;
      const replied = new Promise<RecordedCall | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 30_000);
        waiting.set(ts, (call) => {
          clearTimeout(timer);
          resolve(call);
        });
      });
      const sent = performance.now();
      const response = await postEvent(
        url,
        mentionEvent(QUESTIONS[index % QUESTIONS.length] ?? "", { ts, channel: `CLOAD${index % 7}` }),
        { eventId: `EvLoad${prefix}-${index}` },
      );
      ackLatencies.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`mention ${index}: HTTP ${response.status}`);
      const call = await replied;
      waiting.delete(ts);
      if (call === null) lost += 1;
      else latencies.push(call.at - sent);
    }
  }

  // Warm-up mentions (not counted) let the JIT compile the hot paths, as in a bot that has been running.
  const warmup = Number(values.warmup);
  await Promise.all(
    Array.from({ length: Math.min(concurrency, Math.max(warmup, 1)) }, () => worker(warmup, `w${runId}`)),
  );
  latencies.length = 0;
  ackLatencies.length = 0;
  next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker(total, String(runId))));
  const wallMs = performance.now() - start;
  // Give stray duplicates a moment to show up before counting.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const duplicates = [...repliesByThread.values()].filter((n) => n > 1).length;

  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  await fake.close();
  cleanup();

  latencies.sort((a, b) => a - b);
  ackLatencies.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `database: ${path} (${reportCount} reports); engine built in ${fmt(engineMs)}; answer cache ${values["no-cache"] ? "off" : "on"}`,
  );
  console.log(
    `${total} mentions, ${concurrency} in flight: ${latencies.length} answered, ${lost} lost, ${duplicates} threads with more than one reply, ${[...repliesByThread.keys()].filter((thread) => !thread.startsWith("w")).length} of ${total} threads replied (after ${values.warmup} warm-up mentions)`,
  );
  console.log(
    `request → chat.postMessage: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(latencies.at(-1) ?? Number.NaN)}`,
  );
  console.log(`HTTP ack: p50 ${fmt(percentile(ackLatencies, 50))}, p95 ${fmt(percentile(ackLatencies, 95))}`);
  console.log(`throughput: ${(total / (wallMs / 1000)).toFixed(0)} answers/s over ${fmt(wallMs)}`);
  const ok = lost === 0 && duplicates === 0 && latencies.length === total;
  console.log(ok ? "OK: every mention got exactly one reply" : "FAILED: lost or duplicated replies");
  process.exitCode = ok ? 0 : 1;
}

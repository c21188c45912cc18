/**
 * The Slack bot under load, end to end: the real Bolt app in HTTP mode on 127.0.0.1, wired as
 * apps/slack-bot/src/main.ts wires it (the engine in a worker thread, the bot's own SQLite rows), runs in
 * a child process on the real reports (data/reports, loaded into a temporary database). This process
 * plays Slack: a fake Web API on 127.0.0.1 recording every chat.postMessage, and signed app_mention
 * events (v0 HMAC, as Slack sends them) with 20 in flight: a worker sends its next mention when the reply
 * to its last one has reached the fake. Both ends use this process's clock. The engine's answer cache is
 * off, so every mention is answered from scratch.
 *
 *   npm run bench:slack -- [--count 200] [--concurrency 20] [--warmup 40] [--cache] [--db bench/out/city.db]
 *
 * Prints p50/p95/p99/max from sending the signed request to the fake receiving chat.postMessage, the
 * ack times and the throughput, checks that every mention got exactly one reply in its thread (exit
 * code 1 if not) and says whether the target (p95 ≤ 100 ms) was met.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { countReports, openDatabase, repoPath } from "@tertial/store";
import { ensureLoaded } from "@tertial/loader";
import { createApp } from "../apps/slack-bot/src/app.ts";
import { createBotDeps } from "../apps/slack-bot/src/deps.ts";
import { createLogger } from "../apps/slack-bot/src/logger.ts";
import { startWorkerEngine } from "../apps/slack-bot/src/worker-engine.ts";
import { startFakeSlack, type RecordedCall } from "../apps/slack-bot/test/fake-slack.ts";
import { mentionEvent, postEvent, TEST_SIGNING_SECRET } from "../apps/slack-bot/test/slack-requests.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    count: { type: "string", default: "200" },
    concurrency: { type: "string", default: "20" },
    warmup: { type: "string", default: "40" },
    cache: { type: "boolean", default: false },
    serve: { type: "boolean", default: false },
    "api-url": { type: "string" },
  },
});
const total = Number(values.count);
const concurrency = Number(values.concurrency);
const TARGET_P95_MS = 100;

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

/** data/reports in a temporary database, or `--db` as it is. */
async function prepareDatabase(): Promise<{ path: string; cleanup: () => void }> {
  if (values.db !== undefined) {
    const path = repoPath(values.db);
    if (!existsSync(path))
      throw new Error(`no database at ${path}: npm run bench:corpus -- --count 1000 --db ${values.db}`);
    return { path, cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "tertial-slack-load-"));
  const path = join(dir, "reports.db");
  await ensureLoaded({ dbPath: path, reportsDir: repoPath("data/reports") });
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The bot's side (child process), as main.ts wires it; prints its port and the report count. */
async function serve(dbPath: string, apiUrl: string): Promise<void> {
  const db = openDatabase(dbPath);
  const engine = await startWorkerEngine(dbPath, values.cache ? {} : { cacheSize: 0 });
  const logger = createLogger({ write: (line) => process.stderr.write(`${line}\n`) });
  const bot = createApp({
    config: {
      botToken: ["xoxb", "bench"].join("-"),
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
  process.stdout.write(`${JSON.stringify({ port, reports: countReports(db) })}\n`);
  // SIGUSR2 marks the start of the measured mentions; SIGTERM prints the bot's CPU since then.
  let loopBefore = performance.eventLoopUtilization();
  let cpuBefore = process.cpuUsage();
  process.on("SIGUSR2", () => {
    loopBefore = performance.eventLoopUtilization();
    cpuBefore = process.cpuUsage();
  });
  process.once("SIGTERM", () => {
    const loop = performance.eventLoopUtilization(loopBefore);
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(`${JSON.stringify({ mainThreadMs: loop.active, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
    void bot.stop().finally(() => {
      void engine.close().finally(() => {
        db.close();
        process.exit(0);
      });
    });
  });
}

if (values.serve) {
  await serve(values.db ?? "", values["api-url"] ?? "");
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
      ...(values.cache ? ["--cache"] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines: string[] = [];
  const ready = await new Promise<{ port: number; reports: number }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const complete = out.split("\n");
      out = complete.pop() ?? "";
      lines.push(...complete);
      const first = lines[0];
      if (first !== undefined) resolve(JSON.parse(first) as { port: number; reports: number });
    });
    child.once("exit", (code) => reject(new Error(`the bot process exited with ${code ?? "a signal"}`)));
  });
  const url = `http://127.0.0.1:${ready.port}/slack/events`;

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
  const load = loadavg()[0] ?? 0;
  child.kill("SIGUSR2");
  const driverCpuBefore = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker(total, String(runId))));
  const wallMs = performance.now() - start;
  const driverCpu = process.cpuUsage(driverCpuBefore);
  // Give stray duplicates a moment to show up before counting.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const duplicates = [...repliesByThread.values()].filter((n) => n > 1).length;
  const replied = [...repliesByThread.keys()].filter((thread) => !thread.startsWith("w")).length;

  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  const usage = JSON.parse(lines[1] ?? "{}") as { mainThreadMs?: number; cpuMs?: number };
  await fake.close();
  cleanup();

  latencies.sort((a, b) => a - b);
  ackLatencies.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  const p95 = percentile(latencies, 95);
  const args = process.argv.slice(2);
  const command = ["npm run bench:slack", ...(args.length > 0 ? ["--", ...args] : [])].join(" ");
  console.log(`command: ${command}`);
  console.log(
    `database: ${values.db ?? "data/reports"} (${ready.reports} reports); engine in a worker thread; answer cache ${values.cache ? "on" : "off"}; load average ${load.toFixed(2)} at the start`,
  );
  console.log(
    `${total} mentions, ${concurrency} in flight (after ${warmup} warm-up mentions): ${latencies.length} answered, ${lost} lost, ${duplicates} threads with more than one reply, ${replied} of ${total} threads replied`,
  );
  console.log(
    `signed request → chat.postMessage: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(p95)}, p99 ${fmt(percentile(latencies, 99))}, max ${fmt(latencies.at(-1) ?? Number.NaN)}`,
  );
  console.log(`HTTP ack: p50 ${fmt(percentile(ackLatencies, 50))}, p95 ${fmt(percentile(ackLatencies, 95))}`);
  console.log(`throughput: ${(total / (wallMs / 1000)).toFixed(0)} answers/s over ${fmt(wallMs)}`);
  console.log(
    `bot per mention: ${fmt((usage.mainThreadMs ?? Number.NaN) / total)} busy in the main thread, ${fmt((usage.cpuMs ?? Number.NaN) / total)} CPU in all threads`,
  );
  console.log(
    `this process (load generator and fake Slack) per mention: ${fmt((driverCpu.user + driverCpu.system) / 1000 / total)} CPU`,
  );
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`);
  const ok = lost === 0 && duplicates === 0 && latencies.length === total && replied === total;
  console.log(ok ? "OK: every mention got exactly one reply" : "FAILED: lost or duplicated replies");
  process.exitCode = ok ? 0 : 1;
}

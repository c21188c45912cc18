/**
 * Slack acknowledgements while a load replaces every report: the real Bolt app (HTTP mode, 127.0.0.1)
 * runs in a child process on a database of `--reports` generated reports (300); a second child runs
 * `tertial load` of a changed copy of every one of them (each replaced, in its own write transaction);
 * meanwhile this process plays Slack and sends signed app_mention events at `--rate` per second (10)
 * until the load has finished and at least `--events` (300) were sent. Slack counts a delivery as failed
 * when its ack takes more than 3 s; this prints how many did, the ack percentiles, and checks that every
 * mention got exactly one reply.
 *
 *   npm run bench:slack-ack -- [--reports 300] [--events 300] [--rate 10]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listReports, openDatabase, repoPath } from "@tertial/store";
import { createApp } from "../apps/slack-bot/src/app.ts";
import { createBotDeps } from "../apps/slack-bot/src/deps.ts";
import { createLogger } from "../apps/slack-bot/src/logger.ts";
import { startWorkerEngine } from "../apps/slack-bot/src/worker-engine.ts";
import { startFakeSlack } from "../apps/slack-bot/test/fake-slack.ts";
import { mentionEvent, postEvent, TEST_SIGNING_SECRET } from "../apps/slack-bot/test/slack-requests.ts";
import { loadCorpus, makeCorpus } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "300" },
    events: { type: "string", default: "300" },
    rate: { type: "string", default: "10" },
    serve: { type: "boolean", default: false },
    db: { type: "string" },
    "api-url": { type: "string" },
  },
});

const ACK_LIMIT_MS = 3_000;

if (values.serve) await serve(values.db ?? "", values["api-url"] ?? "");
else await drive();

/** The bot's side: as apps/slack-bot/src/main.ts wires it (the engine in a worker thread). */
async function serve(dbPath: string, apiUrl: string): Promise<void> {
  const db = openDatabase(dbPath);
  const engine = await startWorkerEngine(dbPath);
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
  process.stdout.write(`${JSON.stringify({ port, reports: listReports(db).length })}\n`);
  process.once("SIGTERM", () => {
    void bot.stop().finally(() => process.exit(0));
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function waitForLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("\n")) resolve(out.split("\n")[0] ?? "");
    });
    child.once("exit", (code) => reject(new Error(`the bot process exited with ${code ?? "a signal"}`)));
  });
}

async function drive(): Promise<void> {
  const reportCount = Number(values.reports);
  const minEvents = Number(values.events);
  const intervalMs = 1000 / Number(values.rate);
  const dir = mkdtempSync(join(tmpdir(), "tertial-ack-bench-"));
  try {
    const dbPath = join(dir, "city.db");
    const first = join(dir, "first");
    const second = join(dir, "second");
    let started = performance.now();
    makeCorpus(first, reportCount);
    const loaded = await loadCorpus(first, dbPath);
    console.log(
      `first load: ${loaded.added} reports in ${((performance.now() - started) / 1000).toFixed(0)} s (not measured)`,
    );
    // The same reports, each with one more line: every one is replaced (the replacement guard lets a longer text in).
    mkdirSync(second);
    for (const name of readdirSync(first)) {
      if (name.endsWith(".txt")) {
        writeFileSync(join(second, name), `${readFileSync(join(first, name), "utf8")}\nRättelse: en rad till.\n`);
      } else if (name.endsWith(".meta.json")) copyFileSync(join(first, name), join(second, name));
    }

    const fake = await startFakeSlack();
    const bot = spawn(
      process.execPath,
      [...process.execArgv, import.meta.filename, "--serve", "--db", dbPath, "--api-url", fake.apiUrl],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const ready = JSON.parse(await waitForLine(bot)) as { port: number; reports: number };
    const url = `http://127.0.0.1:${ready.port}/slack/events`;

    const replies = new Map<string, number>();
    fake.onCall((call) => {
      if (call.method !== "chat.postMessage") return;
      const thread = String(call.body["thread_ts"]);
      replies.set(thread, (replies.get(thread) ?? 0) + 1);
    });

    started = performance.now();
    const load = spawn(
      process.execPath,
      ["--import", "tsx", repoPath("apps/cli/src/main.ts"), "load", second, "--db", dbPath],
      { cwd: repoPath("."), stdio: ["ignore", "pipe", "inherit"] },
    );
    let loadOutput = "";
    load.stdout.on("data", (chunk: Buffer) => {
      loadOutput += chunk.toString("utf8");
    });
    let loadMs: number | null = null;
    const loadExit = new Promise<number | null>((resolve) =>
      load.once("exit", (code) => {
        loadMs = performance.now() - started;
        resolve(code);
      }),
    );

    const acks: number[] = [];
    const failures: string[] = [];
    const sends: Promise<void>[] = [];
    const runId = Date.now() % 1_000_000;
    let sentDuringLoad = 0;
    for (let index = 0; loadMs === null || index < minEvents; index += 1) {
      const due = started + index * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (loadMs === null) sentDuringLoad += 1;
      const ts = `${runId}.${String(index).padStart(6, "0")}`;
      const sent = performance.now();
      sends.push(
        postEvent(url, mentionEvent("Vilka indikatorer är försenade?", { ts, channel: `CACK${index % 5}` }), {
          eventId: `EvAck${runId}-${index}`,
        }).then(
          (response) => {
            acks.push(performance.now() - sent);
            if (response.status !== 200) failures.push(`event ${index}: HTTP ${response.status}`);
          },
          (error: unknown) => {
            failures.push(`event ${index}: ${String(error)}`);
          },
        ),
      );
    }
    await Promise.all(sends);
    const loadCode = await loadExit;
    // Every mention must get its one reply; give the bot time to catch up after the load.
    for (let waited = 0; replies.size < acks.length && waited < 600; waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    bot.kill("SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));
    await fake.close();

    acks.sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    const late = acks.filter((ms) => ms > ACK_LIMIT_MS).length;
    const doubled = [...replies.values()].filter((n) => n > 1).length;
    console.log(
      `load of ${reportCount} changed reports (each replaced): exit ${loadCode}, ${fmt(loadMs ?? Number.NaN)}; ${loadOutput.split("\n")[0] ?? ""}`,
    );
    console.log(
      `${acks.length} events at ${values.rate}/s (${sentDuringLoad} sent while the load ran): ${late} acked after ${ACK_LIMIT_MS / 1000} s`,
    );
    console.log(
      `ack: p50 ${fmt(percentile(acks, 50))}, p95 ${fmt(percentile(acks, 95))}, p99 ${fmt(percentile(acks, 99))}, max ${fmt(acks.at(-1) ?? Number.NaN)}`,
    );
    console.log(
      `replies: ${replies.size} of ${acks.length} mentions answered, ${doubled} answered more than once; ${failures.length} failed requests`,
    );
    for (const failure of failures.slice(0, 5)) console.log(`  ${failure}`);
    if (late > 0 || doubled > 0 || failures.length > 0 || replies.size < acks.length || loadCode !== 0)
      process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

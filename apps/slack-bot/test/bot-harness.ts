import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "@tertial/store";
import { ensureLoaded } from "@tertial/loader";
import { createApp, type BotApp } from "../src/app.ts";
import { createBotDeps, type BotDeps } from "../src/deps.ts";
import type { AccessRules, BotConfig } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";
import type { BotEngine } from "../src/worker-engine.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { TEST_SIGNING_SECRET } from "./slack-requests.ts";

/** Built at run time, so no file holds a string shaped like a Slack token. */
export const TEST_BOT_TOKEN = ["xoxb", "test", "token"].join("-");

export interface BotHarness {
  /** http://127.0.0.1:<port>/slack/events */
  url: string;
  fake: FakeSlack;
  bot: BotApp;
  deps: BotDeps;
  logs: string[];
  /** Resolves with the first log line matching `pattern` (already written or still to come). */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Stops the bot; the fake Slack stays up when `keepFake` (to start another bot on the same db). */
  close(options?: { keepFake?: boolean }): Promise<void>;
}

export interface StartBotOptions {
  db: Db;
  /** The engine in this thread, a worker engine (as main.ts runs it), or a fake. */
  engine: BotEngine;
  access?: AccessRules;
  /** TERTIAL_ADMIN_USERS; none by default. */
  adminUserIds?: readonly string[];
  /** The bot's clock (App Home's digest times); the real one by default. */
  now?: () => Date;
  /** Reuse a running fake (a restart test). */
  fake?: FakeSlack;
  /** Waits between start-up auth.test attempts; default 10 ms and 20 ms. */
  startupRetryDelaysMs?: readonly number[];
  /** The Web API client's timeout (default 10 s). */
  clientTimeoutMs?: number;
}

/** Starts the real Bolt app in HTTP mode on 127.0.0.1 (random port) against a fake Slack Web API. */
export async function startBot(options: StartBotOptions): Promise<BotHarness> {
  const fake = options.fake ?? (await startFakeSlack());
  const logs: string[] = [];
  const events = new EventEmitter();
  const logger = createLogger({
    write: (line) => {
      logs.push(line);
      events.emit("line", line);
    },
    secrets: [TEST_SIGNING_SECRET],
  });
  const config: BotConfig = {
    botToken: TEST_BOT_TOKEN,
    connection: { mode: "http", signingSecret: TEST_SIGNING_SECRET, port: 0 },
    slackApiUrl: fake.apiUrl,
    logLevel: "debug",
    dbPath: undefined,
    access: options.access ?? { channels: [], users: [] },
    adminUserIds: options.adminUserIds ?? [],
  };
  const deps = createBotDeps({
    db: options.db,
    engine: options.engine,
    logger,
    access: config.access,
    adminUserIds: config.adminUserIds,
    replyRetryDelaysMs: [10, 20],
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const bot = createApp({
    config,
    deps,
    host: "127.0.0.1",
    digests: false,
    clientOptions: {
      retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 },
      ...(options.clientTimeoutMs === undefined ? {} : { timeout: options.clientTimeoutMs }),
    },
    startupRetryDelaysMs: options.startupRetryDelaysMs ?? [10, 20],
  });
  const { port } = await bot.start();
  return {
    url: `http://127.0.0.1:${port ?? 0}/slack/events`,
    fake,
    bot,
    deps,
    logs,
    waitForLog(pattern, timeoutMs = 10_000) {
      const found = logs.find((line) => pattern.test(line));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off("line", onLine);
          reject(new Error(`no log line matched ${pattern}`));
        }, timeoutMs);
        const onLine = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          events.off("line", onLine);
          resolve(line);
        };
        events.on("line", onLine);
      });
    },
    async close(closeOptions = {}) {
      await bot.stop();
      if (closeOptions.keepFake !== true) await fake.close();
    },
  };
}

export interface TempDb {
  db: Db;
  path: string;
  remove(): void;
}

/** An empty database in a temp folder. */
export function createTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), "tertial-slack-"));
  const path = join(dir, "test.db");
  const db = openDatabase(path);
  return {
    db,
    path,
    remove: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A temp database loaded with the committed reports in data/reports. */
export async function createReportsDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), "tertial-slack-"));
  const path = join(dir, "reports.db");
  await ensureLoaded({ dbPath: path, reportsDir: join(import.meta.dirname, "..", "..", "..", "data", "reports") });
  const db = openDatabase(path);
  return {
    db,
    path,
    remove: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

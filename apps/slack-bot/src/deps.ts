import type { Logger, webApi } from "@slack/bolt";
import { WriteQueue } from "./when-unlocked.ts";
import type { BotEngine } from "./worker-engine.ts";
import type { Db } from "@tertial/store";
import type { AccessRules } from "./env.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long the bot's rows in SQLite live. */
export interface BotRetention {
  /** A thread's conversation context ("och för T2?"). */
  threadStateMs: number;
  /** Event ids kept to drop Slack's redeliveries (Slack retries within minutes). */
  eventMs: number;
  /** Answers behind a "Show all" button. */
  answerMs: number;
}

export const DEFAULT_RETENTION: BotRetention = { threadStateMs: 7 * DAY_MS, eventMs: 1 * DAY_MS, answerMs: 7 * DAY_MS };

/** Everything the listeners need; the digest command reuses `db`, `logger` and `adminUserIds`. */
export interface BotDeps {
  db: Db;
  /** The engine; in the bot a worker thread (startWorkerEngine), so answering never blocks the event loop. */
  engine: BotEngine;
  logger: Logger;
  access: AccessRules;
  /** Who may add and remove digests and sees them on App Home (TERTIAL_ADMIN_USERS). */
  adminUserIds: readonly string[];
  retention: BotRetention;
  now: () => Date;
  /** Waits between reply attempts; tests pass a quicker one. */
  replyRetryDelaysMs: readonly number[];
  /**
   * Posts answers: a WebClient that never retries chat.postMessage by itself (createApp sets it), since
   * postAnswer checks the thread before posting again. Without it, the listener's client is used.
   */
  answerClient?: webApi.WebClient;
  /** The bot's writes to `db` (thread state, saved answers, event ids): never wait on the lock in the event loop. */
  writes: WriteQueue;
}

/** BotDeps with defaults for everything but the database, the engine and the logger. */
export function createBotDeps(base: Pick<BotDeps, "db" | "engine" | "logger"> & Partial<BotDeps>): BotDeps {
  return {
    access: { channels: [], users: [] },
    adminUserIds: [],
    retention: DEFAULT_RETENTION,
    now: () => new Date(),
    replyRetryDelaysMs: [250, 1000],
    writes: new WriteQueue(),
    ...base,
  };
}

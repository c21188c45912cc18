import type { AddressInfo } from "node:net";
import {
  App,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
  type BlockAction,
  type ButtonAction,
  type CustomRoute,
  webApi,
} from "@slack/bolt";
import { openDatabase, purgeExpiredSlackRows, type Db } from "@tertial/store";
import type { BotDeps } from "./deps.ts";
import {
  createDigestCommand,
  createDigestScheduler,
  createDigestSlackClient,
  DIGEST_HELP,
  type DigestScheduler,
} from "@tertial/digests";
import type { BotConfig } from "./env.ts";
import { createErrorHandler } from "./error-handler.ts";
import { healthRoute } from "./health/health-check.ts";
import { startHealthServer, type HealthServer } from "./health/health-server.ts";
import { createAppHome } from "./listeners/app-home.ts";
import { createAppMention } from "./listeners/app-mention.ts";
import { createAssistant } from "./listeners/assistant.ts";
import { createDedupeEvents } from "./listeners/dedupe-events.ts";
import { createDirectMessage } from "./listeners/direct-message.ts";
import { createHomeQuestionAction } from "./listeners/home-question-action.ts";
import { createShowAllAction } from "./listeners/show-all-action.ts";
import { createTertialCommand, type DigestRoute } from "./listeners/tertial-command.ts";
import { SHOW_ALL_ACTION_ID } from "./messages/answer-blocks.ts";
import { HOME_QUESTION_ACTION } from "./messages/home-questions.ts";
import { type SlackIdentity, socketStartError, verifyToken } from "./startup/check-slack.ts";
import { holdWhileStarting, releaseHeldLogs } from "./startup/startup-logger.ts";
import { refuseFutureTimestamps } from "./future-timestamps.ts";
import { BOT_BUSY_TIMEOUT_MS, isLocked } from "./when-unlocked.ts";

/**
 * Interactive replies retry briefly: on 429 the WebClient pauses for Retry-After seconds and then
 * retries (rejectRateLimitedCalls stays false); other failures retry after 0.2 s and 0.4 s.
 */
export const REPLY_RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 };

export interface CreateAppOptions {
  config: BotConfig;
  deps: BotDeps;
  /** Interface for HTTP mode; 0.0.0.0 when undefined. Tests use 127.0.0.1. */
  host?: string;
  /** Merged over the defaults (slackApiUrl from the config, REPLY_RETRY_CONFIG, a 10 s timeout). */
  clientOptions?: webApi.WebClientOptions;
  /** Run the digest scheduler (croner, once a minute) while started; default true. */
  digests?: boolean;
  /** Waits between start-up auth.test attempts (STARTUP_RETRY_DELAYS_MS); tests pass short ones. */
  startupRetryDelaysMs?: readonly number[];
  /** The identity main's early checkBotToken found: start() then leaves the token check to Bolt's init. */
  checkedIdentity?: SlackIdentity;
  /** Socket Mode client settings, for tests against a local WebSocket. */
  socketOptions?: { autoReconnectEnabled?: boolean; clientPingTimeout?: number; serverPingTimeout?: number };
}

export interface BotApp {
  app: App;
  /**
   * Connects (Socket Mode) or listens (HTTP); returns the HTTP port (null in Socket Mode) and the port of
   * GET /healthz (the HTTP port; HEALTH_PORT's in Socket Mode, null without it).
   */
  start(): Promise<{ port: number | null; healthPort: number | null }>;
  stop(): Promise<void>;
  digestScheduler: DigestScheduler;
}

/** The Bolt app with every listener wired to `deps`; nothing happens until start(). */
export function createApp(options: CreateAppOptions): BotApp {
  const { config, deps } = options;
  const logger = deps.logger;
  // The SDK's own warnings about a failing start are held until start() ends (see holdWhileStarting).
  const sdkLogger = holdWhileStarting(logger);
  // A write never holds up the event loop (and every other event's ack) for long behind a load's lock.
  deps.db.pragma(`busy_timeout = ${BOT_BUSY_TIMEOUT_MS}`);
  const logLevel = toLogLevel(config.logLevel);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: REPLY_RETRY_CONFIG,
    timeout: 10_000,
    ...options.clientOptions,
  };
  const connection = config.connection;
  // convoStore: false – Bolt's in-memory conversation store is unused; thread context lives in SQLite.
  // deferInitialization – Bolt's own auth.test runs in start() (verifyToken), after a quiet check of the
  // token, instead of in the constructor, where one failure left an app that refused every event.
  const app =
    connection.mode === "http"
      ? new App({
          token: config.botToken,
          logger: sdkLogger,
          logLevel,
          clientOptions,
          convoStore: false,
          deferInitialization: true,
          receiver: createHttpReceiver(connection, sdkLogger, logLevel, [healthRoute(deps.db, "http")]),
        })
      : new App({
          token: config.botToken,
          logger: sdkLogger,
          logLevel,
          clientOptions,
          convoStore: false,
          deferInitialization: true,
          receiver: new SocketModeReceiver({
            appToken: connection.appToken,
            logger: sdkLogger,
            logLevel,
            installerOptions: { clientOptions },
            ...options.socketOptions,
          }),
        });

  // chat.postMessage is never retried blindly: a 5xx or a timeout may come after Slack stored the
  // message. Answers and digests check the thread or channel before a retry instead (exactly once).
  const checkedClient = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    logger: sdkLogger,
    retryConfig: { retries: 0 },
  });
  const listenerDeps: BotDeps = { ...deps, answerClient: checkedClient };
  // Digests post through their own WebClients: chat.postMessage is retried only after a 429. They log
  // through the bot's redacting logger, given here rather than left to Bolt (whose constructor happens
  // to write its logger into `clientOptions`).
  const digestClient = createDigestSlackClient({
    token: config.botToken,
    clientOptions: { ...clientOptions, logger: sdkLogger },
  });
  const digestDb = openDigestConnection(deps);
  const digestCommand = createDigestCommand({
    db: digestDb,
    client: digestClient,
    adminUserIds: deps.adminUserIds,
    now: deps.now,
  });
  const digestRoute: DigestRoute = { help: DIGEST_HELP, handle: digestCommand };
  const digestScheduler = createDigestScheduler({
    db: digestDb,
    client: digestClient,
    ...(config.digestPolicy === undefined ? {} : { policy: config.digestPolicy }),
    onError: (error) => logger.error("digest tick failed:", error),
  });

  app.use(createDedupeEvents(deps));
  app.assistant(createAssistant(listenerDeps)); // before the DM listener: it takes the assistant threads' messages
  app.event("app_mention", createAppMention(listenerDeps));
  app.event("message", createDirectMessage(listenerDeps));
  app.event("app_home_opened", createAppHome(listenerDeps));
  app.command("/tertial", createTertialCommand(listenerDeps, digestRoute));
  app.action<BlockAction<ButtonAction>>(SHOW_ALL_ACTION_ID, createShowAllAction(listenerDeps));
  app.action<BlockAction<ButtonAction>>(HOME_QUESTION_ACTION, createHomeQuestionAction(listenerDeps));
  app.error(createErrorHandler(logger));

  const runDigests = options.digests ?? true;
  let purgeTimer: NodeJS.Timeout | null = null;
  let healthServer: HealthServer | null = null;
  const startHousekeeping = () => {
    purgeExpired(deps);
    purgeTimer = setInterval(() => purgeExpired(deps), PURGE_INTERVAL_MS).unref();
  };
  const startupCheck = {
    botToken: config.botToken,
    slackApiUrl: config.slackApiUrl,
    ...(options.startupRetryDelaysMs === undefined ? {} : { delaysMs: options.startupRetryDelaysMs }),
  };
  return releaseHeldLogs(sdkLogger, {
    app,
    digestScheduler,
    async start() {
      // Fail fast with one line (no network, a rejected token) instead of at the first event.
      await verifyToken(app, { ...startupCheck, logger }, options.checkedIdentity);
      if (connection.mode === "http") {
        const server = await app.start(
          options.host === undefined ? connection.port : { port: connection.port, host: options.host },
        );
        if (runDigests) digestScheduler.start();
        startHousekeeping();
        const address = server.address();
        const port = typeof address === "object" && address !== null ? (address as AddressInfo).port : connection.port;
        return { port, healthPort: port };
      }
      // HEALTH_PORT first: a port that cannot be bound stops the start before the bot connects, so a
      // failed start never leaves a connected bot (and a running digest scheduler) behind.
      if (connection.healthPort !== undefined)
        healthServer = await startHealthServer(deps.db, connection.healthPort, options.host);
      try {
        await app.start();
      } catch (error) {
        await healthServer?.close();
        healthServer = null;
        throw socketStartError(error, config.slackApiUrl);
      }
      if (runDigests) digestScheduler.start();
      startHousekeeping();
      return { port: null, healthPort: healthServer?.port ?? null };
    },
    async stop() {
      if (purgeTimer !== null) clearInterval(purgeTimer);
      digestScheduler.stop();
      await app.stop();
      await healthServer?.close();
      if (digestDb !== deps.db) digestDb.close();
    },
  });
}

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** How long a digest write may wait for a load's write lock (the loader leaves it free between reports). */
const DIGEST_BUSY_TIMEOUT_MS = 250;

/**
 * The digests' own connection to the bot's database file. Their writes are few (a claim and a record per
 * message, a subscription change) and interleaved with Slack calls, so they cannot go through the write
 * queue; they may wait up to 250 ms for the lock, where the bot's connection waits not at all. An
 * in-memory database (tests) has no second connection: the bot's own is used.
 */
function openDigestConnection(deps: BotDeps): Db {
  const path = deps.db.name;
  if (path === "" || path === ":memory:" || deps.db.memory) return deps.db;
  const db = openDatabase(path);
  db.pragma(`busy_timeout = ${DIGEST_BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * Bolt's HTTP receiver on /slack/events (and `customRoutes`, unsigned), refusing requests timestamped
 * more than 5 minutes ahead.
 */
function createHttpReceiver(
  connection: Extract<BotConfig["connection"], { mode: "http" }>,
  logger: BotDeps["logger"],
  logLevel: LogLevel,
  customRoutes: CustomRoute[],
): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: connection.signingSecret,
    port: connection.port,
    customRoutes,
    logger,
    logLevel,
  });
  receiver.requestListener = refuseFutureTimestamps(receiver.requestListener, logger);
  return receiver;
}

/** Deletes expired event ids, thread states and saved answers; a failure is logged, not thrown. */
function purgeExpired(deps: BotDeps): void {
  try {
    const deleted = purgeExpiredSlackRows(deps.db, deps.now());
    if (deleted > 0) deps.logger.debug(`purged ${deleted} expired Slack rows`);
  } catch (error) {
    if (isLocked(error)) deps.logger.debug("purging expired Slack rows skipped: the database is busy");
    else deps.logger.error("purging expired Slack rows failed:", error);
  }
}

export function toLogLevel(level: BotConfig["logLevel"]): LogLevel {
  switch (level) {
    case "debug":
      return LogLevel.DEBUG;
    case "info":
      return LogLevel.INFO;
    case "warn":
      return LogLevel.WARN;
    case "error":
      return LogLevel.ERROR;
  }
}

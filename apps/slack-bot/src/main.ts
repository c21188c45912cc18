import { existsSync } from "node:fs";
import { inspect } from "node:util";
import { defaultDbPath, defaultReportsDir, openDatabase, repoPath, StoreError } from "@tertial/store";
import { ensureLoaded } from "@tertial/loader";
import { createApp, toLogLevel } from "./app.ts";
import { createBotDeps } from "./deps.ts";
import { ConfigError, readBotConfig, README_SECTION } from "./env.ts";
import { createLogger } from "./logger.ts";
import { redactSecrets } from "./redact.ts";
import { checkBotToken } from "./startup/check-slack.ts";
import { BotStartError } from "./startup/slack-failure.ts";
import { startWorkerEngine } from "./worker-engine.ts";

async function main(): Promise<void> {
  // A .env at the repository root is read if present; variables already set win.
  const envFile = repoPath(".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = readBotConfig(process.env);
  const connection = config.connection;
  const logger = createLogger({
    // SLACK_LOG_LEVEL from the start: the token check's warnings come before Bolt sets the level.
    level: toLogLevel(config.logLevel),
    secrets: [config.botToken, connection.mode === "http" ? connection.signingSecret : connection.appToken],
  });
  process.on("unhandledRejection", (reason) => logger.error("unhandled promise rejection:", reason));
  process.on("uncaughtException", (error) => logger.error("uncaught exception:", error));

  // Slack first: no network or a rejected token stops the bot here, in one line, before the first-use load.
  const checkedIdentity = await checkBotToken({ botToken: config.botToken, slackApiUrl: config.slackApiUrl, logger });

  const dbPath = defaultDbPath(process.env);
  // First use only: an existing database is never loaded into (tertial load does that).
  const loaded = await ensureLoaded({ dbPath, reportsDir: defaultReportsDir() });
  if (loaded !== null)
    logger.info(
      `first use: no database at ${dbPath} yet; loaded data/reports into a new one: ${loaded.added} added, ${loaded.failed} failed`,
    );
  // The bot's own rows (event ids, threads, digests) go through `db`; questions are answered in a worker
  // thread on a read-only connection, so answering can never write a report nor hold up an ack.
  const db = openDatabase(dbPath);
  const engine = await startWorkerEngine(dbPath);
  const deps = createBotDeps({
    db,
    engine,
    logger,
    access: config.access,
    adminUserIds: config.adminUserIds,
  });
  const bot = createApp({ config, deps, checkedIdentity });
  const { port, healthPort } = await bot.start();
  // Stop cleanly on a signal from the moment the app runs: a supervisor may stop it as soon as it says it is ready.
  const shutdown = (signal: string) => {
    logger.info(`${signal}: stopping`);
    bot.stop().then(
      () => {
        void engine.close().finally(() => {
          db.close();
          process.exit(0);
        });
      },
      (error: unknown) => {
        logger.error("stopping failed:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));

  logger.info(
    connection.mode === "http"
      ? `tertial bot listening on port ${port ?? "?"} (HTTP mode, /slack/events and /healthz)`
      : `tertial bot connected (Socket Mode)${healthPort === null ? "" : `; /healthz on port ${healthPort}`}`,
  );
  if (loaded !== null && loaded.added + loaded.replaced > 0) {
    bot.digestScheduler.afterLoad().catch((error: unknown) => logger.error("new-report digests failed:", error));
  }
}

main().catch((error: unknown) => {
  // Expected start-up failures get one readable message; no stack trace unless TERTIAL_DEBUG is set.
  if (error instanceof ConfigError || error instanceof StoreError || error instanceof BotStartError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${redactSecrets(`The Slack bot could not start: ${text}`)}\nSee ${README_SECTION}.\n`);
  }
  if (process.env["TERTIAL_DEBUG"]) process.stderr.write(`${redactSecrets(inspect(error))}\n`);
  // Exit now: a half-started app may hold sockets or timers open.
  process.exit(1);
});

import type { Logger } from "@slack/bolt";

/** The logger the Slack SDK (Bolt, its WebClient, the Socket Mode client) writes to, with the start-up hold. */
export interface StartupLogger extends Logger {
  /** The bot started: the held lines are written, and later ones pass straight through. */
  started(): void;
  /** The start failed: the held lines are dropped (the start-up error says what went wrong, in one line). */
  failed(): void;
}

/**
 * Holds the SDK's warnings and errors while the bot starts. A failing start makes the SDK log its own
 * version of the failure ("Failed to retrieve a new WSS URL …", "http request failed …") before the
 * start-up error does, in one clear line; a successful start writes them after all. Debug and info lines
 * pass at once, so SLACK_LOG_LEVEL=debug still shows every step.
 */
export function holdWhileStarting(logger: Logger): StartupLogger {
  let held: { level: "warn" | "error"; parts: unknown[] }[] | null = [];
  const hold =
    (level: "warn" | "error") =>
    (...parts: unknown[]) => {
      if (held === null) logger[level](...parts);
      else held.push({ level, parts });
    };
  return {
    debug: (...parts: unknown[]) => logger.debug(...parts),
    info: (...parts: unknown[]) => logger.info(...parts),
    warn: hold("warn"),
    error: hold("error"),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
    started() {
      const lines = held ?? [];
      held = null;
      for (const { level, parts } of lines) logger[level](...parts);
    },
    failed() {
      held = null;
    },
  };
}

/** `target` whose start() settles `logger`'s hold: the held lines are written when it resolves, dropped when it throws. */
export function releaseHeldLogs<T extends { start(): Promise<unknown> }>(logger: StartupLogger, target: T): T {
  const start = target.start.bind(target);
  return Object.assign(target, {
    start: () =>
      start().then(
        (started) => {
          logger.started();
          return started;
        },
        (error: unknown) => {
          logger.failed();
          throw error;
        },
      ),
  });
}

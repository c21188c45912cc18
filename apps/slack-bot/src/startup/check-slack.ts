import { type App, type Logger, LogLevel, webApi } from "@slack/bolt";
import { setTimeout as sleep } from "node:timers/promises";
import { BotStartError, describeFailure, startError } from "./slack-failure.ts";

/** Waits between start-up attempts while Slack answers that it cannot serve: 1 s doubling to 30 s, 12 attempts (≈ 3.5 minutes). */
export const STARTUP_RETRY_DELAYS_MS: readonly number[] = [1, 2, 4, 8, 16, 30, 30, 30, 30, 30, 30].map(
  (seconds) => seconds * 1000,
);

/** How long the start-up check waits for Slack's answer. */
export const STARTUP_TIMEOUT_MS = 5_000;

/** Slack's default Web API base URL, named in "cannot reach Slack" lines when SLACK_API_URL is not set. */
const DEFAULT_API_URL = "https://slack.com/api/";

export interface SlackIdentity {
  user: string;
  userId: string;
  team: string;
}

export interface CheckOptions {
  botToken: string;
  slackApiUrl: string | undefined;
  /** Where retries are announced (a warning per attempt while Slack is unavailable). */
  logger: Logger;
  delaysMs?: readonly number[];
  timeoutMs?: number;
}

/**
 * auth.test with the bot token, on a client of its own: no retries of its own, a short timeout and no
 * log lines, so a failure is reported once, by the BotStartError this throws. No answer at all (no
 * network, a wrong SLACK_API_URL) and a rejected token (invalid_auth, token_revoked, account_inactive …)
 * stop at once; while Slack answers that it cannot serve (a 5xx, ratelimited, service_unavailable) the
 * check is repeated after each of `delaysMs`, with a warning.
 */
export async function checkBotToken(options: CheckOptions): Promise<SlackIdentity> {
  const timeoutMs = options.timeoutMs ?? STARTUP_TIMEOUT_MS;
  const delaysMs = options.delaysMs ?? STARTUP_RETRY_DELAYS_MS;
  const apiUrl = options.slackApiUrl ?? DEFAULT_API_URL;
  const client = new webApi.WebClient(options.botToken, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logger: SILENT_LOGGER,
  });
  for (let attempt = 0; ; attempt += 1) {
    try {
      const auth = await client.auth.test();
      return { user: auth.user ?? "?", userId: auth.user_id ?? "?", team: auth.team ?? "?" };
    } catch (error) {
      const failure = describeFailure(error, timeoutMs);
      const delay = delaysMs[attempt];
      if (failure.kind !== "transient") {
        throw startError(failure, { method: "auth.test", apiUrl, token: "bot" }, error);
      }
      if (delay === undefined) {
        throw new BotStartError(
          `The Slack bot cannot start: Slack's auth.test failed ${attempt + 1} times (last: ${failure.code}); check Slack's status, then start it again.`,
          { cause: error },
        );
      }
      options.logger.warn(`auth.test failed (${failure.code}, attempt ${attempt + 1}); retrying in ${delay / 1000} s`);
      await sleep(delay);
    }
  }
}

/**
 * Checks the bot token (checkBotToken, unless the caller already did and passes its `checked` identity),
 * then lets Bolt authorize (app.init(), with deferInitialization), so the app never runs with a failed
 * authorization that would refuse every event.
 */
export async function verifyToken(app: App, options: CheckOptions, checked?: SlackIdentity): Promise<void> {
  const identity = checked ?? (await checkBotToken(options));
  try {
    await app.init();
  } catch (error) {
    throw startError(
      describeFailure(error, options.timeoutMs ?? STARTUP_TIMEOUT_MS),
      { method: "auth.test", apiUrl: options.slackApiUrl ?? DEFAULT_API_URL, token: "bot" },
      error,
    );
  }
  options.logger.info(`authenticated as ${identity.user} (${identity.userId}) in ${identity.team}`);
}

/** Socket Mode's connection failed at start (apps.connections.open with the app-level token): one line. */
export function socketStartError(error: unknown, slackApiUrl: string | undefined): BotStartError {
  return startError(
    describeFailure(error, STARTUP_TIMEOUT_MS),
    { method: "apps.connections.open", apiUrl: slackApiUrl ?? DEFAULT_API_URL, token: "app" },
    error,
  );
}

const SILENT_LOGGER: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

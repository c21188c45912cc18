import type { App, Logger } from "@slack/bolt";
import { setTimeout as sleep } from "node:timers/promises";
import { README_SECTION } from "./env.ts";

/** Waits between start-up attempts: 1 s doubling to 30 s, 12 attempts in all (≈ 3.5 minutes). */
export const STARTUP_RETRY_DELAYS_MS: readonly number[] = [1, 2, 4, 8, 16, 30, 30, 30, 30, 30, 30].map(
  (seconds) => seconds * 1000,
);

/** Slack errors that say the answer may differ on a retry; any other platform error rejects the token for good. */
const TRANSIENT_ERRORS = new Set([
  "service_unavailable",
  "fatal_error",
  "internal_error",
  "request_timeout",
  "ratelimited",
]);

/** The bot cannot start; the message is one line for the operator (main prints it and exits 1). */
export class BotStartError extends Error {
  override readonly name = "BotStartError";
}

/**
 * Verifies the bot token once before the app starts: Bolt's own auth.test (app.init(), with
 * deferInitialization) after ours, which tells who the bot is. A transient failure (a 5xx, a network
 * error, service_unavailable) is retried after each of `delaysMs`; a rejected token (invalid_auth,
 * token_revoked, account_inactive …) throws BotStartError at once. So the app never runs with a failed
 * authorization that would refuse every event.
 */
export async function verifyToken(
  app: App,
  logger: Logger,
  delaysMs: readonly number[] = STARTUP_RETRY_DELAYS_MS,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const auth = await app.client.auth.test();
      await app.init();
      logger.info(`authenticated as ${auth.user ?? "?"} (${auth.user_id ?? "?"}) in ${auth.team ?? "?"}`);
      return;
    } catch (error) {
      const reason = describeFailure(error);
      if (!reason.transient) {
        throw new BotStartError(
          `The Slack bot cannot start: Slack rejected SLACK_BOT_TOKEN (${reason.code}); set it to the app's current Bot User OAuth Token (xoxb-…), see ${README_SECTION}.`,
        );
      }
      const delay = delaysMs[attempt];
      if (delay === undefined) {
        throw new BotStartError(
          `The Slack bot cannot start: Slack's auth.test failed ${attempt + 1} times (last: ${reason.code}); check the network and Slack's status, then start it again.`,
        );
      }
      logger.warn(`auth.test failed (${reason.code}, attempt ${attempt + 1}); retrying in ${delay / 1000} s`);
      await sleep(delay);
    }
  }
}

/** The Slack error code or HTTP status of a failed call, and whether a retry may succeed. */
function describeFailure(error: unknown): { code: string; transient: boolean } {
  if (typeof error !== "object" || error === null) return { code: String(error), transient: true };
  const code = "code" in error ? error.code : undefined;
  if (code === "slack_webapi_platform_error" && "data" in error) {
    const data = error.data as { error?: unknown };
    const slackError = typeof data.error === "string" ? data.error : "unknown_error";
    return { code: slackError, transient: TRANSIENT_ERRORS.has(slackError) };
  }
  if (code === "slack_webapi_http_error" && "statusCode" in error && typeof error.statusCode === "number") {
    const status = error.statusCode;
    return { code: `HTTP ${status}`, transient: status >= 500 || status === 429 };
  }
  if (code === "slack_webapi_rate_limited_error") return { code: "ratelimited", transient: true };
  // A request that never got an answer (refused connection, timeout, DNS): the network, not the token.
  return { code: error instanceof Error ? error.message : String(code ?? "unknown error"), transient: true };
}

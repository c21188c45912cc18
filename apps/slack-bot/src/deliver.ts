import type { Logger } from "@slack/bolt";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs `send` (a respond() through a response_url; WebClient calls retry by themselves) and retries after
 * each of `delaysMs` when it fails with something worth retrying. Returns true when it went through;
 * logs and returns false when every attempt failed, so the caller can tell the user.
 */
export async function sendWithRetry(
  send: () => Promise<unknown>,
  options: { delaysMs: readonly number[]; logger: Logger; what: string },
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return true;
    } catch (error) {
      const delay = options.delaysMs[attempt];
      if (delay === undefined || !isRetryable(error)) {
        options.logger.error(`${options.what} failed after ${attempt + 1} attempt(s):`, errorText(error));
        return false;
      }
      options.logger.warn(
        `${options.what} failed (attempt ${attempt + 1}), retrying in ${delay} ms:`,
        errorText(error),
      );
      await sleep(delay);
    }
  }
}

/** Best effort: a failure here is logged, never thrown (it is already the fallback). */
export async function tryToSend(send: () => Promise<unknown>, logger: Logger, what: string): Promise<void> {
  try {
    await send();
  } catch (error) {
    logger.error(`${what} failed:`, errorText(error));
  }
}

/** An expired response_url (404) or a rejected request (4xx but 429) will not succeed on retry. */
function isRetryable(error: unknown): boolean {
  if (typeof error === "object" && error !== null && "statusCode" in error && typeof error.statusCode === "number") {
    return error.statusCode === 429 || error.statusCode >= 500;
  }
  return true;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

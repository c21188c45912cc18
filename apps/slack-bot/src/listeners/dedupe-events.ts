import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { claimSlackEvent } from "@tertial/store";
import type { BotDeps } from "../deps.ts";

/**
 * Global middleware: an Events API delivery whose event_id was already handled is dropped (Bolt has
 * acknowledged it already), so a redelivery never produces a second answer, across restarts too.
 * X-Slack-Retry-Num only decides the log line: a retry whose first delivery never reached us is answered.
 */
export function createDedupeEvents(deps: BotDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = "event_id" in body && typeof body.event_id === "string" ? body.event_id : null;
    if (eventId !== null && !claimSlackEvent(deps.db, eventId, { now: deps.now(), ttlMs: deps.retention.eventMs })) {
      deps.logger.info(
        `dropping redelivered event ${eventId} (retry ${context.retryNum ?? "?"}, ${context.retryReason ?? "no reason given"})`,
      );
      return;
    }
    if (eventId !== null && context.retryNum !== undefined) {
      deps.logger.info(
        `answering event ${eventId} first seen on retry ${context.retryNum} (${context.retryReason ?? "no reason given"})`,
      );
    }
    await next();
  };
}

import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "@slack/bolt";

/** Slack's window for X-Slack-Request-Timestamp, both ways (Bolt only refuses stale ones). */
export const TIMESTAMP_WINDOW_S = 5 * 60;

/**
 * Wraps the HTTP receiver's request listener: a request whose X-Slack-Request-Timestamp lies more than
 * five minutes in the future gets a 401 before Bolt sees it (a signature recorded now could otherwise be
 * replayed until that time). Everything else, signature checks included, is left to Bolt.
 */
export function refuseFutureTimestamps(
  listener: RequestListener,
  logger: Logger,
  nowMs: () => number = Date.now,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers["x-slack-request-timestamp"];
    const timestamp = typeof header === "string" ? Number(header) : Number.NaN;
    const ahead = timestamp - Math.floor(nowMs() / 1000);
    if (Number.isFinite(ahead) && ahead > TIMESTAMP_WINDOW_S) {
      logger.warn(`refusing a request timestamped ${ahead} s in the future (more than ${TIMESTAMP_WINDOW_S} s)`);
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("request timestamp is in the future");
      req.resume();
      return;
    }
    listener(req, res);
  };
}

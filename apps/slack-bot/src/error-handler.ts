import type { Logger } from "@slack/bolt";

/** app.error: every error a listener lets escape is logged once; Bolt has already acknowledged the request. */
export function createErrorHandler(logger: Logger) {
  return async (error: Error): Promise<void> => {
    logger.error("unhandled error in a listener:", error);
  };
}

import { LogLevel, WebClient, WebClientEvent, type RetryOptions, type WebClientOptions } from "@slack/web-api";
import type { DigestSlackClient } from "./slack-client.ts";

/** A Web API call that hangs this long is abandoned; the delivery is then retried after a look in the channel. */
export const DIGEST_TIMEOUT_MS = 10_000;

/** What WebClient throws (as the cause of its request error) after waiting Retry-After seconds on a 429. */
const RATE_LIMITED = /^A rate limit was exceeded/;

function isRateLimited(error: Error): boolean {
  return RATE_LIMITED.test(error.cause instanceof Error ? error.cause.message : error.message);
}

/**
 * chat.postMessage is retried only after a 429 (Slack stored nothing; WebClient has already waited the
 * Retry-After seconds), up to 3 times. Any other failure (a 5xx, a timeout, a dropped connection) may
 * come after Slack stored the message, so it is not retried here: postDelivery reads the channel first.
 */
const POST_RETRY: RetryOptions & { onFailedAttempt(error: Error): void } = {
  retries: 3,
  factor: 1,
  minTimeout: 0,
  maxTimeout: 0,
  onFailedAttempt(error) {
    if (!isRateLimited(error)) throw error;
  },
};

/** Reads (conversations.info, .history, .replies) change nothing: retried after any failure, briefly. */
const READ_RETRY: RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 };

export interface DigestClientOptions {
  token: string;
  /** Merged over the defaults: slackApiUrl (a fake Slack in tests, GovSlack), logger, timeout. */
  clientOptions?: WebClientOptions;
  /** Called when Slack answers 429, with the seconds WebClient waits before it tries again. */
  onRateLimited?: (seconds: number) => void;
}

/**
 * The digests' Slack client: `@slack/web-api` WebClients with a timeout, Retry-After handling on 429 and
 * the retry rules above. Used by `tertial digest run-due` and by the bot.
 */
export function createDigestSlackClient(options: DigestClientOptions): DigestSlackClient {
  const base: WebClientOptions = { logLevel: LogLevel.ERROR, timeout: DIGEST_TIMEOUT_MS, ...options.clientOptions };
  const poster = new WebClient(options.token, { ...base, retryConfig: POST_RETRY });
  const reader = new WebClient(options.token, { ...base, retryConfig: READ_RETRY });
  const { onRateLimited } = options;
  if (onRateLimited !== undefined) {
    for (const client of [poster, reader])
      client.on(WebClientEvent.RATE_LIMITED, (seconds: number) => onRateLimited(seconds));
  }
  return {
    chat: { postMessage: (args) => poster.chat.postMessage(args) },
    conversations: {
      info: (args) => reader.conversations.info(args),
      history: (args) => reader.conversations.history(args),
      replies: (args) => reader.conversations.replies(args),
    },
  };
}

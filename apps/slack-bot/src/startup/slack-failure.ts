import { README_SECTION } from "../env.ts";

/** The bot cannot start; the message is one line for the operator (main prints it and exits 1). */
export class BotStartError extends Error {
  override readonly name = "BotStartError";
}

/** Slack errors that say the answer may differ on a retry; any other platform error rejects the token for good. */
const TRANSIENT_ERRORS = new Set([
  "service_unavailable",
  "fatal_error",
  "internal_error",
  "request_timeout",
  "ratelimited",
]);

/**
 * What a failed start-up call to Slack means. `unreachable`: no answer from Slack (refused connection,
 * DNS, timeout) or an answer that is not Slack's (an HTTP status other than 5xx or 429, as from a
 * wrong SLACK_API_URL). `rejected`: Slack answered and refused the token. `transient`: Slack answered
 * that it cannot serve now (a 5xx, 429, service_unavailable …); a retry may succeed.
 */
export type SlackFailure =
  | { kind: "unreachable"; detail: string }
  | { kind: "rejected"; code: string }
  | { kind: "transient"; code: string };

export function describeFailure(error: unknown, timeoutMs: number): SlackFailure {
  if (typeof error !== "object" || error === null) return { kind: "unreachable", detail: String(error) };
  const code = "code" in error ? error.code : undefined;
  if (code === "slack_webapi_platform_error" && "data" in error) {
    const data = error.data as { error?: unknown };
    const slackError = typeof data.error === "string" ? data.error : "unknown_error";
    return TRANSIENT_ERRORS.has(slackError)
      ? { kind: "transient", code: slackError }
      : { kind: "rejected", code: slackError };
  }
  if (code === "slack_webapi_http_error" && "statusCode" in error && typeof error.statusCode === "number") {
    const status = error.statusCode;
    if (status >= 500 || status === 429) return { kind: "transient", code: `HTTP ${status}` };
    return { kind: "unreachable", detail: `HTTP ${status} is not an answer from Slack's Web API` };
  }
  if (code === "slack_webapi_rate_limited_error") return { kind: "transient", code: "ratelimited" };
  const original = "original" in error && error.original instanceof Error ? error.original : error;
  return { kind: "unreachable", detail: networkDetail(original, timeoutMs) };
}

/** "connect ECONNREFUSED 127.0.0.1:9", "getaddrinfo ENOTFOUND slack.com", "no answer within 5 s". */
function networkDetail(error: object, timeoutMs: number): string {
  const name = "name" in error ? error.name : undefined;
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs / 1000} s`;
  const cause: unknown = "cause" in error ? error.cause : undefined;
  const first = cause instanceof AggregateError ? (cause.errors[0] as unknown) : cause;
  if (first instanceof Error && first.message !== "") return first.message;
  if (typeof first === "object" && first !== null && "code" in first) return String(first.code);
  return error instanceof Error ? error.message : String(error);
}

/** Which token a rejection is about, and what the operator should set it to. */
const TOKEN_ADVICE = {
  bot: "Set SLACK_BOT_TOKEN to the app's current Bot User OAuth Token (xoxb-…)",
  app: "Set SLACK_APP_TOKEN to an app-level token with the scope connections:write (xapp-…)",
} as const;

/** The one line for a failure that stops the start: "cannot reach Slack: …" or "the token was rejected: …". */
export function startError(
  failure: SlackFailure,
  context: { method: string; apiUrl: string; token: keyof typeof TOKEN_ADVICE },
  cause: unknown,
): BotStartError {
  switch (failure.kind) {
    case "unreachable":
      return new BotStartError(
        `The Slack bot cannot start: cannot reach Slack: ${failure.detail} (${context.method} at ${context.apiUrl}). Check the network and SLACK_API_URL, then start it again.`,
        { cause },
      );
    case "rejected":
      return new BotStartError(
        `The Slack bot cannot start: the token was rejected: ${failure.code}. ${TOKEN_ADVICE[context.token]}; see ${README_SECTION}.`,
        { cause },
      );
    case "transient":
      return new BotStartError(
        `The Slack bot cannot start: Slack's ${context.method} failed (${failure.code}); check Slack's status, then start it again.`,
        { cause },
      );
  }
}

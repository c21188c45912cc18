import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "@tertial/digests";
import * as z from "zod";

/** Where the README explains each variable; every configuration error points here. */
export const README_SECTION = "apps/slack-bot/README.md, section “Slack”";

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );

const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const BotEnv = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: "is missing: set it to the app's Bot User OAuth Token (it starts with xoxb-)" })
    .trim()
    .regex(/^xoxb-[A-Za-z0-9-]+$/, { error: "is malformed: a Bot User OAuth Token starts with xoxb-" }),
  SLACK_APP_TOKEN: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .regex(/^xapp-[A-Za-z0-9-]+$/, { error: "is malformed: an app-level token starts with xapp-" })
      .optional(),
  ),
  SLACK_SIGNING_SECRET: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8,}$/, { error: "is malformed: the Signing Secret is a string of letters and digits" })
      .optional(),
  ),
  PORT: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a port number" })
      .min(0)
      .max(65535)
      .optional(),
  ),
  HEALTH_PORT: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a port number" })
      .min(0)
      .max(65535)
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(
    blankAsUndefined,
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://slack.com/api/" }).optional(),
  ),
  SLACK_LOG_LEVEL: z.preprocess(
    blankAsUndefined,
    z.enum(["debug", "info", "warn", "error"], { error: "must be one of debug, info, warn, error" }).default("info"),
  ),
  TERTIAL_DB: z.preprocess(blankAsUndefined, z.string().optional()),
  TERTIAL_ALLOWED_CHANNELS: commaList,
  TERTIAL_ALLOWED_USERS: commaList,
  TERTIAL_ADMIN_USERS: commaList,
  TERTIAL_DIGEST_CATCHUP_HOURS: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: "must be a number of hours ≥ 0, such as 12" })
      .min(0, { error: "must be a number of hours ≥ 0, such as 12" })
      .optional(),
  ),
});

export interface AccessRules {
  /** Channel ids (C…, G…, D…) whose members may ask; empty with no users = everyone. */
  channels: readonly string[];
  /** User ids (U…, W…) who may ask anywhere. */
  users: readonly string[];
}

export type Connection =
  /** healthPort: HEALTH_PORT, where GET /healthz is served; none without it. */
  { mode: "socket"; appToken: string; healthPort?: number } | { mode: "http"; signingSecret: string; port: number };

export interface BotConfig {
  botToken: string;
  connection: Connection;
  /** Web API base URL (GovSlack, a proxy, a test fake); undefined = Slack's default. */
  slackApiUrl: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error";
  /** TERTIAL_DB as given (resolved against the repository root by the store), or undefined. */
  dbPath: string | undefined;
  access: AccessRules;
  /** Who may add and remove digests. */
  adminUserIds: readonly string[];
  /** The digests' delivery policy when TERTIAL_DIGEST_CATCHUP_HOURS is set; otherwise the defaults apply. */
  digestPolicy?: DeliveryPolicy;
}

/** A configuration problem the operator must fix; the message names the variable and the README section. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly variables: readonly string[];

  constructor(problems: readonly { variable: string; message: string }[]) {
    super(
      [
        "The Slack bot cannot start:",
        ...problems.map((problem) => `  ${problem.variable} ${problem.message}.`),
        `See ${README_SECTION}.`,
      ].join("\n"),
    );
    this.variables = problems.map((problem) => problem.variable);
  }
}

/**
 * Validates the environment. HTTP mode when SLACK_SIGNING_SECRET and PORT are both set, Socket Mode
 * otherwise (then SLACK_APP_TOKEN is required, and HEALTH_PORT optional). Throws one ConfigError listing every problem.
 */
export function readBotConfig(env: NodeJS.ProcessEnv): BotConfig {
  const parsed = BotEnv.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const values = parsed.data;
  let connection: Connection;
  if (values.SLACK_SIGNING_SECRET !== undefined && values.PORT !== undefined) {
    if (values.HEALTH_PORT !== undefined) {
      throw new ConfigError([
        {
          variable: "HEALTH_PORT",
          message: "is for Socket Mode only: in HTTP mode GET /healthz is served on PORT; unset HEALTH_PORT",
        },
      ]);
    }
    connection = { mode: "http", signingSecret: values.SLACK_SIGNING_SECRET, port: values.PORT };
  } else if (values.SLACK_APP_TOKEN !== undefined) {
    connection = {
      mode: "socket",
      appToken: values.SLACK_APP_TOKEN,
      ...(values.HEALTH_PORT === undefined ? {} : { healthPort: values.HEALTH_PORT }),
    };
  } else {
    throw new ConfigError([
      {
        variable: "SLACK_APP_TOKEN",
        message:
          "is missing: Socket Mode needs the app-level token (xapp-…); for HTTP mode set SLACK_SIGNING_SECRET and PORT instead",
      },
    ]);
  }
  return {
    botToken: values.SLACK_BOT_TOKEN,
    connection,
    slackApiUrl: values.SLACK_API_URL,
    logLevel: values.SLACK_LOG_LEVEL,
    dbPath: values.TERTIAL_DB,
    access: { channels: values.TERTIAL_ALLOWED_CHANNELS, users: values.TERTIAL_ALLOWED_USERS },
    adminUserIds: values.TERTIAL_ADMIN_USERS,
    ...(values.TERTIAL_DIGEST_CATCHUP_HOURS === undefined
      ? {}
      : { digestPolicy: { ...DEFAULT_DELIVERY_POLICY, catchupHours: values.TERTIAL_DIGEST_CATCHUP_HOURS } }),
  };
}

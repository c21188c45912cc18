import { describe, expect, it } from "vitest";
import { ConfigError, readBotConfig } from "../src/env.ts";

/** Fake tokens, built at run time so no token-shaped string sits in the source. */
const BOT = ["xoxb", "test"].join("-");
const APP = ["xapp", "test"].join("-");
const USER_TOKEN = ["xoxp", "user"].join("-");

const socket = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP };

function problem(env: NodeJS.ProcessEnv): string {
  try {
    readBotConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readBotConfig", () => {
  it("chooses Socket Mode with the two tokens", () => {
    expect(readBotConfig(socket)).toEqual({
      botToken: BOT,
      connection: { mode: "socket", appToken: APP },
      slackApiUrl: undefined,
      logLevel: "info",
      dbPath: undefined,
      access: { channels: [], users: [] },
      adminUserIds: [],
    });
  });

  it("reads TERTIAL_DIGEST_CATCHUP_HOURS into the digests' delivery policy, and refuses a bad value", () => {
    expect(readBotConfig({ ...socket, TERTIAL_DIGEST_CATCHUP_HOURS: "6" }).digestPolicy).toEqual({
      catchupHours: 6,
      maxAttempts: 4,
      backoffMinutes: [1, 5, 15],
      staleMinutes: 15,
    });
    expect(readBotConfig({ ...socket, TERTIAL_DIGEST_CATCHUP_HOURS: " " }).digestPolicy).toBeUndefined();
    expect(problem({ ...socket, TERTIAL_DIGEST_CATCHUP_HOURS: "-1" })).toBe(
      [
        "The Slack bot cannot start:",
        "  TERTIAL_DIGEST_CATCHUP_HOURS must be a number of hours ≥ 0, such as 12.",
        "See apps/slack-bot/README.md, section “Slack”.",
      ].join("\n"),
    );
  });

  it("chooses HTTP mode when the signing secret and PORT are set, and reads the optional variables", () => {
    const config = readBotConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: "abc123def456",
      PORT: "3000",
      SLACK_API_URL: "http://127.0.0.1:9999/api/",
      TERTIAL_DB: "data/other.db",
      TERTIAL_ALLOWED_CHANNELS: "C1, C2,",
      TERTIAL_ALLOWED_USERS: "U1",
      TERTIAL_ADMIN_USERS: "U9",
      SLACK_LOG_LEVEL: "debug",
    });
    expect(config).toEqual({
      botToken: BOT,
      connection: { mode: "http", signingSecret: "abc123def456", port: 3000 },
      slackApiUrl: "http://127.0.0.1:9999/api/",
      logLevel: "debug",
      dbPath: "data/other.db",
      access: { channels: ["C1", "C2"], users: ["U1"] },
      adminUserIds: ["U9"],
    });
  });

  it.each([
    [{}, "SLACK_BOT_TOKEN is missing"],
    [{ SLACK_BOT_TOKEN: USER_TOKEN }, "SLACK_BOT_TOKEN is malformed"],
    [{ SLACK_BOT_TOKEN: BOT }, "SLACK_APP_TOKEN is missing"],
    [{ ...socket, SLACK_APP_TOKEN: BOT }, "SLACK_APP_TOKEN is malformed"],
    [{ ...socket, SLACK_API_URL: "slack.com" }, "SLACK_API_URL must be an http(s) URL"],
    [{ ...socket, PORT: "eighty" }, "PORT must be a port number"],
    [{ ...socket, HEALTH_PORT: "8080x" }, "HEALTH_PORT must be a port number"],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "abc123def456", PORT: "3000", HEALTH_PORT: "8080" },
      "HEALTH_PORT is for Socket Mode only: in HTTP mode GET /healthz is served on PORT; unset HEALTH_PORT",
    ],
  ])("names the variable and points to the README: %j", (env, expected) => {
    const message = problem(env);
    expect(message).toContain(expected);
    expect(message.split("\n")).toHaveLength(3);
    expect(message).toMatch(/See apps\/slack-bot\/README\.md, section “Slack”\.$/);
  });

  it("takes HEALTH_PORT in Socket Mode", () => {
    expect(readBotConfig({ ...socket, HEALTH_PORT: "8080" }).connection).toEqual({
      mode: "socket",
      appToken: APP,
      healthPort: 8080,
    });
  });

  it("never repeats a token's value in the message", () => {
    expect(problem({ SLACK_BOT_TOKEN: "secret-value-123" })).not.toContain("secret-value-123");
  });
});

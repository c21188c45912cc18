import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import { createLogger } from "../src/logger.ts";
import { startBot, createTempDb, type BotHarness, type TempDb } from "./bot-harness.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { mentionEvent, postEvent } from "./slack-requests.ts";

let temp: TempDb;
let engine: FakeEngine;
let fake: FakeSlack;
let harness: BotHarness | null;

beforeEach(async () => {
  temp = createTempDb();
  engine = createFakeEngine();
  fake = await startFakeSlack();
  harness = null;
});

afterEach(async () => {
  await harness?.close({ keepFake: true });
  await fake.close();
  temp.remove();
});

describe("start-up authentication", () => {
  it.each([
    ["service_unavailable", () => fake.errorNext("auth.test", "service_unavailable", 1)],
    ["an HTTP 503", () => fake.failNext("auth.test", 503, 1)],
  ])("recovers from auth.test failing once (%s) and answers the next mention", async (_, failOnce) => {
    failOnce();
    harness = await startBot({ db: temp.db, engine, fake });
    expect(
      harness.logs.some((line) => /WARN .*auth\.test failed \(.+, attempt 1\); retrying in 0\.01 s/.test(line)),
    ).toBe(true);
    const response = await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700000900.000100" }));
    expect(response.status).toBe(200);
    const [post] = await fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body).toMatchObject({ thread_ts: "1700000900.000100", text: "2 indikatorer (T1 2020)" });
    expect(harness.logs.filter((line) => /ERROR/.test(line))).toEqual([]);
  });

  it("stops with one line when Slack rejects the token, without retrying or listening", async () => {
    fake.errorNext("auth.test", "invalid_auth", 1);
    await expect(startBot({ db: temp.db, engine, fake })).rejects.toThrowError(
      /^The Slack bot cannot start: the token was rejected: invalid_auth\. Set SLACK_BOT_TOKEN to the app's current Bot User OAuth Token \(xoxb-…\); see apps\/slack-bot\/README\.md, section “Slack”\.$/,
    );
    expect(fake.statuses.filter((s) => s.method === "auth.test")).toHaveLength(1);
  });

  it("gives up with one line after its retries when Slack stays unavailable", async () => {
    fake.errorNext("auth.test", "service_unavailable", 10);
    await expect(startBot({ db: temp.db, engine, fake, startupRetryDelaysMs: [5, 5] })).rejects.toThrowError(
      "The Slack bot cannot start: Slack's auth.test failed 3 times (last: service_unavailable); check Slack's status, then start it again.",
    );
  });

  it("stops with one line in Socket Mode when Slack rejects the app-level token, and the SDK's own error is not logged", async () => {
    fake.errorNext("apps.connections.open", "invalid_auth", 1);
    const logs: string[] = [];
    const bot = createApp({
      config: {
        botToken: ["xoxb", "socket", "test"].join("-"),
        connection: { mode: "socket", appToken: ["xapp", "socket", "test"].join("-") },
        slackApiUrl: fake.apiUrl,
        logLevel: "info",
        dbPath: undefined,
        access: { channels: [], users: [] },
        adminUserIds: [],
      },
      deps: createBotDeps({ db: temp.db, engine, logger: createLogger({ write: (line) => logs.push(line) }) }),
      digests: false,
      socketOptions: { autoReconnectEnabled: false },
    });
    await expect(bot.start()).rejects.toThrowError(
      /^The Slack bot cannot start: the token was rejected: invalid_auth\. Set SLACK_APP_TOKEN to an app-level token with the scope connections:write \(xapp-…\); see apps\/slack-bot\/README\.md, section “Slack”\.$/,
    );
    // Bolt's Socket Mode client logs "Failed to retrieve a new WSS URL …" as it fails; that line is held back.
    expect(logs.map((line) => line.replace(/^\S+Z /, ""))).toEqual([
      "INFO tertial: authenticated as tertial (UBOT0001) in Test",
    ]);
    expect(fake.callsTo("apps.connections.open")).toHaveLength(0);
    expect(fake.statuses.filter((s) => s.method === "apps.connections.open")).toEqual([
      { method: "apps.connections.open", status: 200 },
    ]);
  });
});

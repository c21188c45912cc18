import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
    ["an HTTP 503 the client's own retries do not get past", () => fake.failNext("auth.test", 503, 3)],
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
      /^The Slack bot cannot start: Slack rejected SLACK_BOT_TOKEN \(invalid_auth\); set it to the app's current Bot User OAuth Token \(xoxb-…\), see apps\/slack-bot\/README\.md, section “Slack”\.$/,
    );
    expect(fake.statuses.filter((s) => s.method === "auth.test")).toHaveLength(1);
  });

  it("gives up with one line after its retries when Slack stays unavailable", async () => {
    fake.errorNext("auth.test", "service_unavailable", 10);
    await expect(startBot({ db: temp.db, engine, fake, startupRetryDelaysMs: [5, 5] })).rejects.toThrowError(
      "The Slack bot cannot start: Slack's auth.test failed 3 times (last: service_unavailable); check the network and Slack's status, then start it again.",
    );
  });
});

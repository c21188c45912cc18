import { addDigestSubscription, saveReport } from "@tertial/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeReport, TEST_2020 } from "../../../packages/engine/test/digest-fixture.ts";
import { createApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import { readBotConfig } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";
import { createFakeEngine } from "./fake-engine.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { createTempDb, type TempDb } from "./bot-harness.ts";
import { TEST_SIGNING_SECRET } from "./slack-requests.ts";

// Monday 1 April 2024, 08:00 in Stockholm is 06:00Z.
const SLOT = new Date("2024-04-01T06:00:00.000Z");

let fake: FakeSlack;
let temp: TempDb;
beforeEach(async () => {
  fake = await startFakeSlack();
  temp = createTempDb();
  saveReport(temp.db, makeReport(TEST_2020));
  addDigestSubscription(
    temp.db,
    {
      channelId: "C1",
      channelName: "ekonomi",
      organisations: [],
      cron: "0 8 * * 1",
      scheduleText: "måndagar 08:00",
      timezone: "Europe/Stockholm",
      periodic: true,
      newReport: false,
      skipUnchanged: false,
      createdBy: "UADMIN",
    },
    new Date("2024-03-20T12:00:00.000Z"),
  );
});
afterEach(async () => {
  temp.remove();
  await fake.close();
});

describe("the bot's digest client", () => {
  it("logs through the bot's one redacting logger, never the token", async () => {
    const token = ["xoxb", "logging", "test"].join("-");
    const config = readBotConfig({
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      PORT: "0",
      SLACK_API_URL: fake.apiUrl,
      SLACK_LOG_LEVEL: "debug",
    });
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line), secrets: [TEST_SIGNING_SECRET] });
    const deps = createBotDeps({ db: temp.db, engine: createFakeEngine(), logger });
    const scheduler = createApp({ config, deps, host: "127.0.0.1", digests: false }).digestScheduler;
    expect(await scheduler.tick(SLOT)).toMatchObject({ sent: 1 });
    // WebClient's debug line of the digest's own post (its metadata names the digest part) reached the bot's log.
    expect(lines.some((line) => line.includes("http request body") && line.includes("tertial_digest_part"))).toBe(true);
    expect(lines.filter((line) => line.includes(token))).toEqual([]);
  });
});

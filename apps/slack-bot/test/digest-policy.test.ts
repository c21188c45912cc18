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
const hoursAfter = (hours: number) => new Date(SLOT.getTime() + hours * 3_600_000);

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

/** The bot's digest scheduler as createApp wires it, from the environment `env`. */
function schedulerFrom(env: NodeJS.ProcessEnv) {
  const config = readBotConfig({
    SLACK_BOT_TOKEN: ["xoxb", "policy", "test"].join("-"),
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    PORT: "0",
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  const logger = createLogger({ write: () => {}, secrets: [] });
  const deps = createBotDeps({ db: temp.db, engine: createFakeEngine(), logger });
  return createApp({ config, deps, host: "127.0.0.1", digests: false }).digestScheduler;
}

describe("TERTIAL_DIGEST_CATCHUP_HOURS in the bot", () => {
  it("reaches the scheduler: a digest missed 3 hours ago is not posted with 2 hours of catch-up", async () => {
    expect(await schedulerFrom({ TERTIAL_DIGEST_CATCHUP_HOURS: "2" }).tick(hoursAfter(3))).toMatchObject({ sent: 0 });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("without it the default 12 hours apply: the same digest is posted", async () => {
    expect(await schedulerFrom({}).tick(hoursAfter(3))).toMatchObject({ sent: 1 });
    expect(fake.callsTo("chat.postMessage").filter((call) => call.body["thread_ts"] === undefined)).toHaveLength(1);
  });
});

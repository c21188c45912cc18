import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import { readBotConfig } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";
import { createFakeEngine } from "./fake-engine.ts";
import { TEST_SIGNING_SECRET } from "./slack-requests.ts";
import { SLOT, useWeeklyDigest } from "./weekly-digest-setup.ts";

const hoursAfter = (hours: number) => new Date(SLOT.getTime() + hours * 3_600_000);
const setup = useWeeklyDigest();

/** The bot's digest scheduler as createApp wires it, from the environment `env`. */
function schedulerFrom(env: NodeJS.ProcessEnv) {
  const config = readBotConfig({
    SLACK_BOT_TOKEN: ["xoxb", "policy", "test"].join("-"),
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    PORT: "0",
    SLACK_API_URL: setup.fake().apiUrl,
    ...env,
  });
  const logger = createLogger({ write: () => {}, secrets: [] });
  const deps = createBotDeps({ db: setup.temp().db, engine: createFakeEngine(), logger });
  return createApp({ config, deps, host: "127.0.0.1", digests: false }).digestScheduler;
}

describe("TERTIAL_DIGEST_CATCHUP_HOURS in the bot", () => {
  it("reaches the scheduler: a digest missed 3 hours ago is not posted with 2 hours of catch-up", async () => {
    expect(await schedulerFrom({ TERTIAL_DIGEST_CATCHUP_HOURS: "2" }).tick(hoursAfter(3))).toMatchObject({ sent: 0 });
    expect(setup.fake().callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("without it the default 12 hours apply: the same digest is posted", async () => {
    expect(await schedulerFrom({}).tick(hoursAfter(3))).toMatchObject({ sent: 1 });
    expect(
      setup
        .fake()
        .callsTo("chat.postMessage")
        .filter((call) => call.body["thread_ts"] === undefined),
    ).toHaveLength(1);
  });
});

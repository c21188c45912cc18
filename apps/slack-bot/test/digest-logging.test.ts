import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import { readBotConfig } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";
import { createFakeEngine } from "./fake-engine.ts";
import { TEST_SIGNING_SECRET } from "./slack-requests.ts";
import { SLOT, useWeeklyDigest } from "./weekly-digest-setup.ts";

const setup = useWeeklyDigest();

describe("the bot's digest client", () => {
  it("logs through the bot's one redacting logger, never the token", async () => {
    const token = ["xoxb", "logging", "test"].join("-");
    const config = readBotConfig({
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      PORT: "0",
      SLACK_API_URL: setup.fake().apiUrl,
      SLACK_LOG_LEVEL: "debug",
    });
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line), secrets: [TEST_SIGNING_SECRET] });
    const deps = createBotDeps({ db: setup.temp().db, engine: createFakeEngine(), logger });
    const scheduler = createApp({ config, deps, host: "127.0.0.1", digests: false }).digestScheduler;
    expect(await scheduler.tick(SLOT)).toMatchObject({ sent: 1 });
    // WebClient's debug line of the digest's own post (its metadata names the digest part) reached the bot's log.
    expect(lines.some((line) => line.includes("http request body") && line.includes("tertial_digest_part"))).toBe(true);
    expect(lines.filter((line) => line.includes(token))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { holdWhileStarting, releaseHeldLogs } from "../src/startup/startup-logger.ts";

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line) => lines.push(line.replace(/^\S+Z /, "")) });
  logger.setLevel("debug" as Parameters<typeof logger.setLevel>[0]);
  return { lines, held: holdWhileStarting(logger) };
}

describe("holdWhileStarting", () => {
  it("passes debug and info at once, and writes held warnings and errors in order once the start succeeded", async () => {
    const { lines, held } = capture();
    const bot = releaseHeldLogs(held, {
      async start() {
        held.warn("http request failed", "fetch failed");
        held.info("connecting");
        held.error("Failed to retrieve a new WSS URL");
        held.debug("details");
        return { port: 3000 };
      },
    });
    expect(await bot.start()).toEqual({ port: 3000 });
    held.warn("after the start");
    expect(lines).toEqual([
      "INFO tertial: connecting",
      "DEBUG tertial: details",
      "WARN tertial: http request failed fetch failed",
      "ERROR tertial: Failed to retrieve a new WSS URL",
      "WARN tertial: after the start",
    ]);
  });

  it("drops the held lines when the start fails, and lets later ones through", async () => {
    const { lines, held } = capture();
    const bot = releaseHeldLogs(held, {
      async start(): Promise<never> {
        held.warn("http request failed", "fetch failed");
        throw new Error("cannot reach Slack");
      },
    });
    await expect(bot.start()).rejects.toThrowError("cannot reach Slack");
    held.error("later");
    expect(lines).toEqual(["ERROR tertial: later"]);
  });
});

import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { redactSecrets } from "../src/redact.ts";

/**
 * A token-shaped test value, joined at run time so that nothing in the repository looks like a real
 * Slack credential to a secret scanner ("xoxb" + "-" + "1234-…").
 */
const fakeToken = (prefix: string, rest: string) => [prefix, rest].join("-");

describe("redactSecrets", () => {
  it.each([
    [`token ${fakeToken("xoxb", "1234-5678-abcDEF")} used`, "token xoxb-[redacted] used"],
    [`${fakeToken("xapp", "1-A111-222-abc")} and ${fakeToken("xoxp", "9-9")}`, "xapp-[redacted] and xoxp-[redacted]"],
    [`Bearer xoxe.${fakeToken("xoxp", "1-abc")}`, "Bearer xoxe.xoxp-[redacted]"],
    ["no secrets here", "no secrets here"],
  ])("%s", (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it("blanks configured secrets such as the signing secret", () => {
    expect(redactSecrets("secret=abc123def456!", ["abc123def456"])).toBe("secret=[redacted]!");
  });
});

describe("createLogger", () => {
  it("writes one redacted line per call, errors included, and honours the level", () => {
    const lines: string[] = [];
    const logger = createLogger({
      write: (line) => lines.push(line),
      now: () => new Date("2024-05-01T10:00:00Z"),
      secrets: ["abc123def456"],
    });
    logger.debug("hidden");
    logger.info("posting with", { token: fakeToken("xoxb", "test-token") });
    logger.error("failed:", new Error(`invalid_auth for ${fakeToken("xapp", "test")} and abc123def456`));
    logger.setLevel(LogLevel.DEBUG);
    logger.debug("shown");
    expect(lines[0]).toBe("2024-05-01T10:00:00.000Z INFO tertial: posting with { token: 'xoxb-[redacted]' }");
    expect(lines[1]).toMatch(
      /^2024-05-01T10:00:00.000Z ERROR tertial: failed: Error: invalid_auth for xapp-\[redacted\] and \[redacted\]/,
    );
    expect(lines[2]).toBe("2024-05-01T10:00:00.000Z DEBUG tertial: shown");
    expect(lines).toHaveLength(3);
  });
});

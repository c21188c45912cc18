import { describe, expect, it } from "vitest";
import { isAllowed } from "../src/access.ts";

describe("isAllowed", () => {
  it.each([
    [{ channels: [], users: [] }, { userId: "U1", channelId: "C1" }, true],
    [{ channels: ["C1"], users: [] }, { userId: "U1", channelId: "C1" }, true],
    [{ channels: ["C1"], users: [] }, { userId: "U1", channelId: "C2" }, false],
    [{ channels: ["C1"], users: [] }, { userId: "U1", channelId: null }, false],
    [{ channels: [], users: ["U1"] }, { userId: "U1", channelId: "C9" }, true],
    [{ channels: [], users: ["U1"] }, { userId: "U2", channelId: "C9" }, false],
    [{ channels: ["C1"], users: ["U1"] }, { userId: "U1", channelId: null }, true],
  ])("rules %j, %j → %s", (rules, who, expected) => {
    expect(isAllowed(rules, who)).toBe(expected);
  });
});

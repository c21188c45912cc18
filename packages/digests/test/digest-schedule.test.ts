import { describe, expect, it } from "vitest";
import { DIGEST_TIMEZONE, latestDueSlot, nextSlot } from "../src/index.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const EPOCH = new Date(0);

describe("nextSlot", () => {
  it.each([
    // Last Sunday of March 2024 is the 31st: Monday 08:00 is 07:00Z before, 06:00Z after.
    ["0 8 * * 1", "2024-03-25T07:00:00.000Z", "2024-04-01T06:00:00.000Z"],
    // Last Sunday of October 2024 is the 27th: back to 07:00Z.
    ["0 8 * * 1", "2024-10-21T06:00:00.000Z", "2024-10-28T07:00:00.000Z"],
    ["0 8 * * *", "2024-03-30T07:00:00.000Z", "2024-03-31T06:00:00.000Z"],
    ["0 8 * * *", "2024-10-26T06:00:00.000Z", "2024-10-27T07:00:00.000Z"],
    // 02:30 does not exist on 31 March: it runs at 03:00 CEST; on 27 October it runs once.
    ["30 2 * * *", "2024-03-30T01:30:00.000Z", "2024-03-31T01:00:00.000Z"],
    ["30 2 * * *", "2024-10-26T00:30:00.000Z", "2024-10-27T00:30:00.000Z"],
    ["30 2 * * *", "2024-10-27T00:30:00.000Z", "2024-10-28T01:30:00.000Z"],
  ])("%s after %s is %s (Europe/Stockholm)", (cron, after, next) => {
    expect(iso(nextSlot(cron, DIGEST_TIMEZONE, new Date(after)))).toBe(next);
  });
});

describe("latestDueSlot", () => {
  it("includes a slot exactly at now and finds the last one before a DST change", () => {
    expect(iso(latestDueSlot("0 8 * * 1", DIGEST_TIMEZONE, new Date("2024-04-01T06:00:00.000Z"), EPOCH))).toBe(
      "2024-04-01T06:00:00.000Z",
    );
    expect(iso(latestDueSlot("0 8 * * 1", DIGEST_TIMEZONE, new Date("2024-04-01T05:59:59.999Z"), EPOCH))).toBe(
      "2024-03-25T07:00:00.000Z",
    );
    expect(iso(latestDueSlot("0 8 * * 1", DIGEST_TIMEZONE, new Date("2024-10-28T09:00:00.000Z"), EPOCH))).toBe(
      "2024-10-28T07:00:00.000Z",
    );
  });

  it("returns null when the latest slot is before `since` (outside the catch-up window)", () => {
    const now = new Date("2024-04-01T18:30:00.000Z");
    expect(latestDueSlot("0 8 * * 1", DIGEST_TIMEZONE, now, new Date("2024-04-01T06:30:00.000Z"))).toBeNull();
    expect(iso(latestDueSlot("0 8 * * 1", DIGEST_TIMEZONE, now, new Date("2024-04-01T06:00:00.000Z")))).toBe(
      "2024-04-01T06:00:00.000Z",
    );
  });
});

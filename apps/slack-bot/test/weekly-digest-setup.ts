import { addDigestSubscription, saveReport } from "@tertial/store";
import { afterEach, beforeEach } from "vitest";
import { makeReport, TEST_2020 } from "../../../packages/engine/test/digest-fixture.ts";
import { createTempDb, type TempDb } from "./bot-harness.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";

/** Monday 1 April 2024, 08:00 in Stockholm is 06:00Z: the weekly digest's slot. */
export const SLOT = new Date("2024-04-01T06:00:00.000Z");

/**
 * For a test file: before each test a fake Slack and a database holding one report and a weekly digest
 * (Mondays 08:00) to #ekonomi; both are removed after the test. Call it at the file's top level.
 */
export function useWeeklyDigest(): { fake(): FakeSlack; temp(): TempDb } {
  let fake: FakeSlack | undefined;
  let temp: TempDb | undefined;
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
    temp?.remove();
    await fake?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the weekly digest set-up is used outside a test");
    return value;
  };
  return { fake: () => ready(fake), temp: () => ready(temp) };
}

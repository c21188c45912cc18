import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDigestSubscription,
  listDigestDeliveries,
  openDatabase,
  type Db,
  type NewDigestSubscription,
} from "@tertial/store";
import { createDigestScheduler, DEFAULT_DELIVERY_POLICY, runDueDigests } from "../src/index.ts";
import { startFakeSlack, type FakeSlack } from "./digest-fake-slack.ts";
import { NORRMALM_2021, saveReports, TEST_2019, TEST_2020, webClient } from "./digest-test-setup.ts";

// Monday 1 April 2024, the first Monday after the switch to summer time: 08:00 in Stockholm is 06:00Z.
const CREATED = new Date("2024-03-20T12:00:00.000Z");
const SLOT = new Date("2024-04-01T06:00:00.000Z");
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);

const WEEKLY: NewDigestSubscription = {
  channelId: "C1",
  channelName: "ekonomi",
  organisations: ["Testnämnden"],
  cron: "0 8 * * 1",
  scheduleText: "måndagar 08:00",
  timezone: "Europe/Stockholm",
  periodic: true,
  newReport: false,
  skipUnchanged: false,
  createdBy: "UADMIN",
};

let slack: FakeSlack;
let dir: string;
const dbs: Db[] = [];
beforeEach(async () => {
  slack = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), "tertial-digest-run-"));
});
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): Db {
  const db = openDatabase(join(dir, "tertial.db"));
  dbs.push(db);
  return db;
}

function setUp(subscription: Partial<NewDigestSubscription> = {}): Db {
  const db = open();
  saveReports(db, [TEST_2019, TEST_2020, NORRMALM_2021]);
  addDigestSubscription(db, { ...WEEKLY, ...subscription }, CREATED);
  return db;
}

/** The digest of Testnämnden: the summary and five details tables in its thread. */
const PARTS = 6;
/** The top-level messages posted (each digest's summary); the details are replies in their threads. */
const summaries = () => slack.posts().filter((post) => post.body["thread_ts"] === undefined);

const slotsPosted = (db: Db) => listDigestDeliveries(db).map((d) => [d.slot, d.status, d.attempts]);

describe("runDueDigests", () => {
  it("posts at 08:00 Stockholm time (06:00Z after the DST change), once, and not before", async () => {
    const db = setUp();
    const client = webClient(slack.url);
    expect(await runDueDigests(db, client, at(-1))).toMatchObject({ sent: 0 });
    expect(slack.posts()).toHaveLength(0);
    expect(await runDueDigests(db, client, at(0))).toEqual({
      sent: 1,
      skipped: 0,
      retrying: 0,
      failed: 0,
      interrupted: 0,
    });
    await runDueDigests(db, client, at(1));
    await runDueDigests(db, client, at(60));
    expect(summaries().map((post) => [post.body["channel"], post.body["text"]])).toEqual([
      ["C1", "Tertialdigest: 1 organisation, 2 indikatorer ej i fas eller ej uppnådda, 1 med risk. Detaljer i tråden."],
    ]);
    const [summary] = slack.channelMessages("C1");
    expect(slack.channelMessages("C1").map((m) => m.threadTs)).toEqual([
      undefined,
      ...Array(PARTS - 1).fill(summary?.ts),
    ]);
    expect(slotsPosted(db)).toEqual([["at:2024-04-01T06:00:00.000Z", "sent", 1]]);
  });

  it("catches up a missed 08:00 once after downtime within the window, and never after a restart", async () => {
    setUp();
    const first = open();
    expect((await runDueDigests(first, webClient(slack.url), at(10 * 60))).sent).toBe(1);
    first.close();
    dbs.splice(dbs.indexOf(first), 1);
    const restarted = open();
    expect((await runDueDigests(restarted, webClient(slack.url), at(10 * 60 + 1))).sent).toBe(0);
    expect(summaries()).toHaveLength(1);
    expect(slack.posts()).toHaveLength(PARTS);
  });

  it("does not post a slot older than TERTIAL_DIGEST_CATCHUP_HOURS, but posts the next one", async () => {
    const db = setUp();
    const client = webClient(slack.url);
    const policy = { ...DEFAULT_DELIVERY_POLICY, catchupHours: 12 };
    expect((await runDueDigests(db, client, at(12 * 60 + 1), policy)).sent).toBe(0);
    expect((await runDueDigests(db, client, at(7 * 24 * 60), policy)).sent).toBe(1);
    expect(slotsPosted(db)).toEqual([["at:2024-04-08T06:00:00.000Z", "sent", 1]]);
  });

  it("lets only one of two schedulers (two connections) post a slot", async () => {
    setUp();
    const a = createDigestScheduler({ db: open(), client: webClient(slack.url), now: () => at(0) });
    const b = createDigestScheduler({ db: open(), client: webClient(slack.url), now: () => at(0) });
    const results = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(results.map((r) => r.sent).reduce((x, y) => x + y)).toBe(1);
    expect(summaries()).toHaveLength(1);
    expect(slack.posts()).toHaveLength(PARTS);
  });

  it("skips when empty or unchanged if asked to, recording why", async () => {
    const db = setUp({ organisations: ["Norrmalms stadsdelsnämnd"], skipUnchanged: true });
    expect(await runDueDigests(db, webClient(slack.url), at(0))).toMatchObject({ sent: 0, skipped: 1 });
    expect(slack.posts()).toHaveLength(0);
    expect(listDigestDeliveries(db).map((d) => [d.status, d.error])).toEqual([["skipped", "inget att rapportera"]]);
  });

  it("skips an unchanged digest the second week, posts it when the flag is off", async () => {
    const db = setUp({ skipUnchanged: true });
    const client = webClient(slack.url);
    expect((await runDueDigests(db, client, at(0))).sent).toBe(1);
    expect(await runDueDigests(db, client, at(7 * 24 * 60))).toMatchObject({ sent: 0, skipped: 1 });
    expect(listDigestDeliveries(db, { limit: 1 })[0]?.error).toBe("inget nytt sedan förra digesten");
    addDigestSubscription(db, { ...WEEKLY, channelId: "C2" }, CREATED);
    expect((await runDueDigests(db, client, at(7 * 24 * 60 + 1))).sent).toBe(1);
  });

  it("retries a Slack failure with backoff, then records it as failed", async () => {
    const db = setUp();
    const client = webClient(slack.url);
    slack.failNext("chat.postMessage", "ratelimited", 2);
    expect(await runDueDigests(db, client, at(0))).toMatchObject({ sent: 0, retrying: 1 });
    expect(listDigestDeliveries(db)[0]).toMatchObject({
      status: "retry",
      attempts: 1,
      error: `ratelimited (meddelande 1 av ${PARTS})`,
      nextAttemptAt: at(1).toISOString(),
    });
    expect(await runDueDigests(db, client, at(0.5))).toMatchObject({ retrying: 0, sent: 0 });
    expect(await runDueDigests(db, client, at(1))).toMatchObject({ retrying: 1 });
    expect(listDigestDeliveries(db)[0]?.nextAttemptAt).toBe(at(6).toISOString());
    expect(await runDueDigests(db, client, at(6))).toMatchObject({ sent: 1 });
    expect(slotsPosted(db)).toEqual([["at:2024-04-01T06:00:00.000Z", "sent", 3]]);

    slack.failNext("chat.postMessage", "not_in_channel", 4);
    await runDueDigests(db, client, at(7 * 24 * 60));
    for (const minutes of [1, 6, 21]) await runDueDigests(db, client, at(7 * 24 * 60 + minutes));
    expect(listDigestDeliveries(db, { limit: 1 })[0]).toMatchObject({
      status: "failed",
      attempts: 4,
      error: `not_in_channel (meddelande 1 av ${PARTS})`,
    });
    // Two failed summaries, the digest, four failed summaries the week after.
    expect(slack.posts()).toHaveLength(2 + PARTS + 4);
  });

  it("resumes a delivery left sending by a stopped process: posts what the channel lacks, once", async () => {
    const db = setUp();
    const { claimDigestSlot } = await import("@tertial/store");
    claimDigestSlot(db, { subscriptionId: 1, slot: "at:2024-04-01T06:00:00.000Z", kind: "periodic", now: at(0) });
    // Still fresh and owned by this (living) process: left alone.
    expect(await runDueDigests(db, webClient(slack.url), at(5))).toMatchObject({ sent: 0, interrupted: 0 });
    expect(await runDueDigests(db, webClient(slack.url), at(20))).toMatchObject({ sent: 1, interrupted: 1 });
    expect(slack.channelMessages("C1").map((m) => m.metadata?.event_payload)).toEqual(
      Array.from({ length: PARTS }, (_, part) => ({
        delivery: 1,
        slot: "at:2024-04-01T06:00:00.000Z",
        claimed: at(0).toISOString(),
        part,
        parts: PARTS,
      })),
    );
    expect(listDigestDeliveries(db)[0]).toMatchObject({
      status: "sent",
      attempts: 2,
      error: null,
    });
  });
});

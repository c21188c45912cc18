import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  addDigestSubscription,
  getDigestSubscription,
  listDigestDeliveries,
  MIGRATIONS,
  openDatabase,
  storedDeliveryParts,
  type Db,
} from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { periodicDigest } from "../src/digest-content.ts";
import { createDigestSlackClient, digestMessages, runDueDigests, type DigestMessage } from "../src/index.ts";
import { startFakeSlack, type FakeSlack } from "./digest-fake-slack.ts";
import { saveReports, TEST_2019, TEST_2020, webClient } from "./digest-test-setup.ts";

const CREATED = new Date("2024-03-20T12:00:00.000Z");
const SLOT = new Date("2024-04-01T06:00:00.000Z");
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);
/** The digest of the real reports: the summary and five details tables in its thread. */
const PARTS = 6;

let slack: FakeSlack;
let dir: string;
let dbPath: string;
let db: Db;

beforeEach(async () => {
  slack = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), "tertial-digest-once-"));
  dbPath = join(dir, "tertial.db");
  db = openDatabase(dbPath);
  await loadPaths(db, [join(import.meta.dirname, "..", "..", "..", "data", "reports")], { workers: 0 });
  addDigestSubscription(
    db,
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
    CREATED,
  );
}, 60_000);
afterEach(async () => {
  db.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each message in the channel as "part" (the summary) or "part in thread" (a reply to the summary). */
function posted(): string[] {
  const messages = slack.channelMessages("C1");
  const summary = messages.find((m) => m.threadTs === undefined)?.ts;
  return messages.map((m) => {
    const part = String(m.metadata?.event_payload["part"]);
    if (m.threadTs === undefined) return part;
    return m.threadTs === summary ? `${part} in thread` : `${part} in another thread`;
  });
}
const all = ["0", ...Array.from({ length: PARTS - 1 }, (_, i) => `${i + 1} in thread`)];

describe("exactly-once digest parts, the summary and its thread", () => {
  it("a 500 after Slack stored the summary: the retry finds it in the history and posts only the replies, in its thread", async () => {
    slack.storeThenFail(500, 1);
    expect(await runDueDigests(db, webClient(slack.url), at(0))).toMatchObject({ sent: 0, retrying: 1 });
    expect(posted()).toEqual(["0"]);
    expect(listDigestDeliveries(db)[0]).toMatchObject({
      status: "retry",
      partsSent: 0,
      error: `An HTTP protocol error occurred: statusCode = 500 (meddelande 1 av ${PARTS})`,
    });
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1, retrying: 0 });
    expect(posted()).toEqual(all);
    expect(slack.posts()).toHaveLength(PARTS);
    const summaryTs = slack.channelMessages("C1")[0]?.ts;
    expect(listDigestDeliveries(db)[0]).toMatchObject({
      status: "sent",
      partsSent: PARTS,
      attempts: 2,
      messageTs: summaryTs,
    });
    expect(slack.channelMessages("C1").map((m) => m.metadata?.event_payload)).toEqual(
      Array.from({ length: PARTS }, (_, part) => ({
        delivery: 1,
        slot: "at:2024-04-01T06:00:00.000Z",
        claimed: at(0).toISOString(),
        part,
        parts: PARTS,
      })),
    );
  });

  it("a 500 after Slack stored reply 2: the retry reads the thread and posts replies 3 to 5 in the same thread", async () => {
    slack.onStored((message) => {
      if (message.metadata?.event_payload["part"] === 2) slack.storeThenFail(502, 1);
    });
    expect(await runDueDigests(db, webClient(slack.url), at(0))).toMatchObject({ retrying: 1 });
    slack.onStored(null);
    expect(posted()).toEqual(all.slice(0, 3));
    expect(listDigestDeliveries(db)[0]).toMatchObject({ partsSent: 2 });
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1 });
    expect(posted()).toEqual(all);
    expect(slack.calls.filter((call) => call.method === "conversations.replies")).toHaveLength(1);
  });

  it("a 500 after Slack stored the last reply: the retry posts nothing and records the delivery sent", async () => {
    slack.onStored((message) => {
      if (message.metadata?.event_payload["part"] === PARTS - 1) slack.storeThenFail(503, 1);
    });
    expect(await runDueDigests(db, webClient(slack.url), at(0))).toMatchObject({ retrying: 1 });
    slack.onStored(null);
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1 });
    expect(posted()).toEqual(all);
    expect(slack.posts()).toHaveLength(PARTS);
  });

  it("a post that times out after Slack stored it is not retried by the client: the next run finds it", async () => {
    const impatient = createDigestSlackClient({
      token: ["xoxb", "timeout", "test"].join("-"),
      clientOptions: { slackApiUrl: slack.url, timeout: 300 },
    });
    slack.onStored((message) => {
      if (message.metadata?.event_payload["part"] === 1) slack.storeThenHang();
    });
    expect(await runDueDigests(db, impatient, at(0))).toMatchObject({ sent: 0, retrying: 1 });
    slack.onStored(null);
    expect(listDigestDeliveries(db)[0]?.error).toBe(
      "A request error occurred: The operation was aborted due to timeout (meddelande 2 av 6)",
    );
    expect(posted()).toEqual(all.slice(0, 2));
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1 });
    expect(posted()).toEqual(all);
    expect(slack.posts()).toHaveLength(PARTS);
  });

  it("never posts blind: when the thread cannot be read, the retry waits for the next attempt", async () => {
    slack.storeThenFail(500, 1);
    await runDueDigests(db, webClient(slack.url), at(0));
    slack.failNext("conversations.replies", "internal_error");
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 0, retrying: 1 });
    expect(listDigestDeliveries(db)[0]?.error).toBe(
      "internal_error (kunde inte läsa kanalens historik före nytt försök)",
    );
    expect(posted()).toEqual(["0"]);
    expect(await runDueDigests(db, webClient(slack.url), at(6))).toMatchObject({ sent: 1 });
    expect(posted()).toEqual(all);
  });
});

/** The digest's messages as the database renders them now. */
function currentContent(): DigestMessage[] {
  const subscription = getDigestSubscription(db, 1);
  if (subscription === null) throw new Error("no subscription");
  return digestMessages(periodicDigest(db, subscription));
}
/** The channel's messages as (part, parts, text, blocks, in the summary's thread or not). */
function thread() {
  const messages = slack.channelMessages("C1");
  const summary = messages[0]?.ts;
  return messages.map((m) => ({
    part: m.metadata?.event_payload["part"],
    parts: m.metadata?.event_payload["parts"],
    inThread: m.threadTs === summary,
    text: m.text,
    blocks: m.blocks,
  }));
}
const expected = (content: readonly DigestMessage[]) =>
  content.map((message, part) => ({
    part,
    parts: content.length,
    inThread: part > 0,
    text: message.text,
    blocks: message.blocks,
  }));

/** The first attempt posts the summary and two replies; Slack refuses the third reply (nothing stored). */
async function failAfterTwoReplies(): Promise<void> {
  slack.onStored((message) => {
    if (message.metadata?.event_payload["part"] === 2) slack.failNext("chat.postMessage", "internal_error");
  });
  expect(await runDueDigests(db, webClient(slack.url), at(0))).toMatchObject({ sent: 0, retrying: 1 });
  slack.onStored(null);
  expect(posted()).toEqual(all.slice(0, 3));
}

describe("a delivery's content is fixed at its first attempt", () => {
  it("a report loaded between the attempts: the retry posts the first content's remaining parts, each once, in order", async () => {
    const first = currentContent();
    const firstKey = periodicDigest(db, { organisations: [] }).contentKey;
    expect(first).toHaveLength(PARTS);
    await failAfterTwoReplies();
    expect(storedDeliveryParts(db, 1)?.messages).toEqual(first);

    // A new organisation with changes: another summary, and more rows in the tables still to post.
    saveReports(db, [TEST_2019, TEST_2020]);
    const changed = currentContent();
    expect(changed[0]?.text).not.toBe(first[0]?.text);
    expect(changed.slice(3)).not.toEqual(first.slice(3));

    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1, retrying: 0 });
    expect(thread()).toEqual(expected(first));
    expect(listDigestDeliveries(db)[0]).toMatchObject({ status: "sent", partsSent: PARTS, attempts: 2 });
    // Sent: the stored parts are dropped, the content key is the first content's.
    expect(storedDeliveryParts(db, 1)).toBeNull();
    expect(periodicDigest(db, { organisations: [] }).contentKey).not.toBe(firstKey);
    expect(listDigestDeliveries(db)[0]?.contentKey).toBe(firstKey);
  });

  it("two schedulers racing on the retry: one takes it, the first content is posted once", async () => {
    const first = currentContent();
    await failAfterTwoReplies();
    saveReports(db, [TEST_2019, TEST_2020]);
    const other = openDatabase(dbPath);
    try {
      const results = await Promise.all([
        runDueDigests(db, webClient(slack.url), at(1)),
        runDueDigests(other, webClient(slack.url), at(1)),
      ]);
      expect(results.map((r) => r.sent).sort()).toEqual([0, 1]);
    } finally {
      other.close();
    }
    expect(thread()).toEqual(expected(first));
  });

  it("a crash after the parts were stored, before the summary was posted: the resumed delivery posts the first content once", async () => {
    const first = currentContent();
    // The first process stores the content, then hangs on the summary, which Slack never gets.
    const real = webClient(slack.url);
    void runDueDigests(db, { ...real, chat: { postMessage: () => new Promise(() => {}) } }, at(0));
    expect(storedDeliveryParts(db, 1)?.messages).toEqual(first);
    expect(listDigestDeliveries(db)[0]).toMatchObject({ status: "sending", partsSent: 0 });
    saveReports(db, [TEST_2019, TEST_2020]);

    // After the stale timeout a restarted process resumes it: nothing is in the channel, all is posted.
    expect(await runDueDigests(db, webClient(slack.url), at(20))).toMatchObject({ sent: 1, interrupted: 1 });
    expect(thread()).toEqual(expected(first));
  });

  it("a delivery that began before the parts were stored (an old database): the migration adds the column and the retry renders again", async () => {
    await failAfterTwoReplies();
    // Make the database one of schema 9 whose delivery has no stored parts.
    db.close();
    const raw = new Database(dbPath);
    raw.exec("ALTER TABLE digest_delivery DROP COLUMN parts");
    raw.pragma("user_version = 9");
    raw.close();
    db = openDatabase(dbPath);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(storedDeliveryParts(db, 1)).toBeNull();
    expect(listDigestDeliveries(db)[0]).toMatchObject({ status: "retry", partsSent: 3 });

    saveReports(db, [TEST_2019, TEST_2020]);
    const changed = currentContent();
    expect(await runDueDigests(db, webClient(slack.url), at(1))).toMatchObject({ sent: 1 });
    // As before parts were stored: the retry resumes after part 2 with the content rendered now, in the
    // same thread, each part number once.
    const posted = thread();
    expect(posted.map((m) => [m.part, m.inThread])).toEqual(changed.map((_, part) => [part, part > 0]));
    expect(posted.slice(3)).toEqual(expected(changed).slice(3));
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDigestSubscription, listDigestDeliveries, openDatabase, type Db } from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDigestSlackClient, runDueDigests } from "../src/index.ts";
import { startFakeSlack, type FakeSlack } from "./digest-fake-slack.ts";
import { webClient } from "./digest-test-setup.ts";

const CREATED = new Date("2024-03-20T12:00:00.000Z");
const SLOT = new Date("2024-04-01T06:00:00.000Z");
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);
/** The digest of the real reports: the summary and five details tables in its thread. */
const PARTS = 6;

let slack: FakeSlack;
let dir: string;
let db: Db;

beforeEach(async () => {
  slack = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), "tertial-digest-once-"));
  db = openDatabase(join(dir, "tertial.db"));
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

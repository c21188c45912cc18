import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDigestSubscription, listDigestDeliveries, openDatabase, type Db } from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFetchSlackClient, runDueDigests } from "../src/index.ts";
import { startFakeSlack, type FakeSlack } from "./digest-fake-slack.ts";
import { webClient } from "./digest-test-setup.ts";

const CREATED = new Date("2024-03-20T12:00:00.000Z");
const SLOT = new Date("2024-04-01T06:00:00.000Z");
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);

let slack: FakeSlack;
let dir: string;
let db: Db;

/** The real reports, and a weekly digest of every organisation: three messages. */
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

const partsInChannel = () => slack.channelMessages("C1").map((m) => m.metadata?.event_payload["part"]);

describe("exactly-once digest parts", () => {
  it.each([
    ["a WebClient", () => webClient(slack.url)],
    ["the CLI's fetch client", () => createFetchSlackClient({ token: ["xoxb", "fetch"].join("-"), apiUrl: slack.url })],
  ])(
    "a 500 after Slack stored part 1 of 3: the retry finds it in the history and posts parts 2 and 3 only (%s)",
    async (_, client) => {
      slack.storeThenFail(500, 1);
      expect(await runDueDigests(db, client(), at(0))).toMatchObject({ sent: 0, retrying: 1 });
      expect(partsInChannel()).toEqual([0]);
      expect(listDigestDeliveries(db)[0]).toMatchObject({
        status: "retry",
        partsSent: 0,
        error: expect.stringMatching(/\(meddelande 1 av 3\)$/),
      });
      expect(await runDueDigests(db, client(), at(1))).toMatchObject({ sent: 1, retrying: 0 });
      expect(partsInChannel()).toEqual([0, 1, 2]);
      expect(slack.posts()).toHaveLength(3);
      expect(listDigestDeliveries(db)[0]).toMatchObject({ status: "sent", partsSent: 3, attempts: 2 });
      expect(slack.channelMessages("C1").map((m) => m.metadata?.event_payload)).toEqual([
        { delivery: 1, slot: "at:2024-04-01T06:00:00.000Z", claimed: at(0).toISOString(), part: 0, parts: 3 },
        { delivery: 1, slot: "at:2024-04-01T06:00:00.000Z", claimed: at(0).toISOString(), part: 1, parts: 3 },
        { delivery: 1, slot: "at:2024-04-01T06:00:00.000Z", claimed: at(0).toISOString(), part: 2, parts: 3 },
      ]);
    },
  );

  it("a 500 after Slack stored part 3 of 3: the retry posts nothing and records the delivery sent", async () => {
    const client = webClient(slack.url);
    slack.onStored((message) => {
      if (message.metadata?.event_payload["part"] === 2) slack.storeThenFail(503, 1);
    });
    // The hook arms the failure for the answer of the message it sees.
    expect(await runDueDigests(db, client, at(0))).toMatchObject({ retrying: 1 });
    expect(partsInChannel()).toEqual([0, 1, 2]);
    slack.onStored(null);
    expect(await runDueDigests(db, client, at(1))).toMatchObject({ sent: 1 });
    expect(partsInChannel()).toEqual([0, 1, 2]);
    expect(slack.posts()).toHaveLength(3);
  });

  it("never posts blind: when the history cannot be read, the retry waits for the next attempt", async () => {
    const client = webClient(slack.url);
    slack.storeThenFail(500, 1);
    await runDueDigests(db, client, at(0));
    slack.failNext("conversations.history", "internal_error");
    expect(await runDueDigests(db, client, at(1))).toMatchObject({ sent: 0, retrying: 1 });
    expect(listDigestDeliveries(db)[0]?.error).toBe(
      "internal_error (kunde inte läsa kanalens historik före nytt försök)",
    );
    expect(partsInChannel()).toEqual([0]);
    expect(await runDueDigests(db, client, at(6))).toMatchObject({ sent: 1 });
    expect(partsInChannel()).toEqual([0, 1, 2]);
  });
});

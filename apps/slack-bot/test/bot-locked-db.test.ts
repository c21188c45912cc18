import { openDatabase } from "@tertial/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBot, createTempDb, type BotHarness, type TempDb } from "./bot-harness.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import { mentionEvent, postEvent } from "./slack-requests.ts";

let temp: TempDb;
let engine: FakeEngine;
let harness: BotHarness;

beforeEach(async () => {
  temp = createTempDb();
  engine = createFakeEngine();
  harness = await startBot({ db: temp.db, engine });
});

afterEach(async () => {
  await harness.close();
  temp.remove();
});

/** How long the other connection holds the write lock: longer than SQLite's 5 s busy timeout the claims used to wait. */
const LOCK_MS = 6_000;
/** An ack slower than this waited on the lock (Slack's own limit is 3 s). */
const ACK_LIMIT_MS = 2_500;

describe("while another process holds the write lock (a load)", () => {
  it("acks every event at once, answers each once when the lock is free, and keeps the event ids for a restart", async () => {
    const loader = openDatabase(temp.path);
    loader.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        loader.exec("COMMIT");
        loader.close();
        resolve();
      }, LOCK_MS),
    );
    const acks: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const started = performance.now();
      const response = await postEvent(harness.url, mentionEvent(`försenade ${i}?`, { ts: `1700001000.00010${i}` }), {
        eventId: `EvLOCK000${i}`,
      });
      expect(response.status).toBe(200);
      acks.push(performance.now() - started);
    }
    expect(acks.filter((ms) => ms > ACK_LIMIT_MS)).toEqual([]);
    // A redelivery while the lock is still held is dropped from memory.
    await postEvent(harness.url, mentionEvent("försenade 0?", { ts: "1700001000.000100" }), {
      eventId: "EvLOCK0000",
      retryNum: 1,
    });
    await released;
    const posts = await harness.fake.waitForCalls("chat.postMessage", 8, 20_000);
    expect(posts.map((post) => post.body["thread_ts"]).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `1700001000.00010${i}`),
    );
    // The ids claimed in memory reach SQLite once the lock is free, so a restart still drops a redelivery.
    for (let waited = 0; waited < 100; waited += 1) {
      const count = temp.db.prepare("SELECT count(*) AS n FROM slack_event WHERE event_id LIKE 'EvLOCK%'").get() as {
        n: number;
      };
      if (count.n === 8) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const fake = harness.fake;
    await harness.close({ keepFake: true });
    harness = await startBot({ db: temp.db, engine, fake });
    await postEvent(harness.url, mentionEvent("försenade 3?", { ts: "1700001000.000103" }), {
      eventId: "EvLOCK0003",
      retryNum: 2,
    });
    await harness.waitForLog(/dropping redelivered event EvLOCK0003 \(retry 2/);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(8);
    expect(engine.asked).toHaveLength(8);
  }, 60_000);
});

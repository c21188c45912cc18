import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBot, createTempDb, type BotHarness, type TempDb } from "./bot-harness.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import { directMessageEvent, mentionEvent, postEvent } from "./slack-requests.ts";

let temp: TempDb;
let engine: FakeEngine;
let harness: BotHarness;

beforeEach(async () => {
  temp = createTempDb();
  engine = createFakeEngine();
  // A 1 s client timeout, so a reply held back 3 s times out.
  harness = await startBot({ db: temp.db, engine, clientTimeoutMs: 1_000 });
});

afterEach(async () => {
  await harness.close();
  temp.remove();
});

/** Every chat.postMessage Slack stored, as [channel, thread, answer id]. */
function stored(): unknown[][] {
  return harness.fake
    .callsTo("chat.postMessage")
    .map((call) => [
      call.body["channel"],
      call.body["thread_ts"],
      (call.body["metadata"] as { event_payload?: { answer?: unknown } } | undefined)?.event_payload?.answer,
    ]);
}

describe("an answer is posted exactly once", () => {
  it("after a 500 that came once Slack had stored it: the thread is checked, nothing is posted again", async () => {
    harness.fake.storeThenFail("chat.postMessage", { status: 500 });
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700002000.000100" }));
    await harness.waitForLog(/the answer to C0000GEN was stored despite the error; not posting it again/);
    const posts = stored();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.slice(0, 2)).toEqual(["C0000GEN", "1700002000.000100"]);
    expect(posts[0]?.[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(harness.fake.callsTo("conversations.replies").map((call) => call.body["ts"])).toEqual(["1700002000.000100"]);
    expect(harness.fake.callsTo("chat.postEphemeral")).toEqual([]);
  });

  it("after a timeout in a DM: the history is checked, nothing is posted again", async () => {
    harness.fake.storeThenFail("chat.postMessage", { delayMs: 3_000 });
    await postEvent(harness.url, directMessageEvent("försenade?", { ts: "1700002100.000100" }));
    await harness.waitForLog(/the answer to D0000DM1 was stored despite the error; not posting it again/, 20_000);
    expect(stored().map((post) => post.slice(0, 2))).toEqual([["D0000DM1", undefined]]);
    expect(harness.fake.callsTo("conversations.history")).toHaveLength(1);
  }, 30_000);

  it("posts again when the failed post was not stored, and the message carries one answer id throughout", async () => {
    harness.fake.failNext("chat.postMessage", 503, 1);
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700002200.000100" }));
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body["thread_ts"]).toBe("1700002200.000100");
    expect(harness.fake.statuses.filter((s) => s.method === "chat.postMessage").map((s) => s.status)).toEqual([
      503, 200,
    ]);
    expect(harness.fake.callsTo("conversations.replies")).toHaveLength(1);
  });
});

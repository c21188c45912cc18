import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBot, createTempDb, TEST_BOT_TOKEN, type BotHarness, type TempDb } from "./bot-harness.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import {
  directMessageEvent,
  mentionEvent,
  postButtonClick,
  postCommand,
  postEvent,
  postSigned,
  eventEnvelope,
} from "./slack-requests.ts";

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

describe("app_mention", () => {
  it("acks with 200 and answers once in the mention's thread", async () => {
    const response = await postEvent(
      harness.url,
      mentionEvent("vilka indikatorer är försenade i T1?", { ts: "1700000100.000100" }),
    );
    expect(response.status).toBe(200);
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body).toMatchObject({
      channel: "C0000GEN",
      thread_ts: "1700000100.000100",
      text: "2 indikatorer (T1 2020)",
      unfurl_links: "false",
    });
    expect(post?.authorization).toBe(`Bearer ${TEST_BOT_TOKEN}`);
    expect(engine.asked).toEqual([{ question: "vilka indikatorer är försenade i T1?", state: undefined }]);
  });

  it("answers a redelivered event (same event_id, X-Slack-Retry-Num) only once", async () => {
    const event = mentionEvent("försenade?", { ts: "1700000200.000200" });
    await postEvent(harness.url, event, { eventId: "EvSAME0001" });
    await harness.fake.waitForCalls("chat.postMessage", 1);
    const retry = await postEvent(harness.url, event, { eventId: "EvSAME0001", retryNum: 1 });
    expect(retry.status).toBe(200);
    await harness.waitForLog(/dropping redelivered event EvSAME0001 \(retry 1, http_timeout\)/);
    expect(harness.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(engine.asked).toHaveLength(1);
  });

  it("keeps the thread's context for a follow-up, also after a restart", async () => {
    await postEvent(harness.url, mentionEvent("försenade i T2?", { ts: "1700000300.000300" }));
    await harness.fake.waitForCalls("chat.postMessage", 1);
    const fake = harness.fake;
    await harness.close({ keepFake: true });
    harness = await startBot({ db: temp.db, engine, fake });
    await postEvent(
      harness.url,
      mentionEvent("och för Socialnämnden?", { ts: "1700000301.000000", threadTs: "1700000300.000300" }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 2);
    expect(engine.asked[1]).toEqual({
      question: "och för Socialnämnden?",
      state: {
        organisations: ["Socialnämnden"],
        periods: ["T2 2020"],
        lastIntent: "off-track",
        lastSubject: "försenade i T2?",
      },
    });
    expect(posts[1]?.body).toMatchObject({ thread_ts: "1700000300.000300", text: "2 indikatorer (T2 2020)" });
  });

  it("starts a new conversation in another thread", async () => {
    await postEvent(harness.url, mentionEvent("försenade i T2?", { ts: "1700000400.000400" }));
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700000401.000000", channel: "C0000OTH" }));
    await harness.fake.waitForCalls("chat.postMessage", 2);
    expect(engine.asked.map((ask) => ask.state)).toEqual([undefined, undefined]);
  });

  it.each([
    ["", "Vad vill du veta?"],
    [":tada: :+1:", "Jag svarar på frågor i text"],
    ["a".repeat(10_240), "Frågan är för lång (10240 tecken; högst 500)"],
  ])("gives a sane reply to %#: empty, emoji only, 10 kB", async (text, start) => {
    await postEvent(harness.url, mentionEvent(text, { ts: "1700000500.000500" }));
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(String(post?.body["text"])).toMatch(new RegExp(`^${start.replace(/[()?;]/g, "\\$&")}`));
    expect(engine.asked).toEqual([]);
  });

  it("never echoes injected mentions back as live ones", async () => {
    await postEvent(
      harness.url,
      mentionEvent("<!channel> <@U0000EVE> &lt;!here&gt; försenade?", { ts: "1700000600.000600" }),
    );
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    const sent = JSON.stringify(post?.body);
    expect(sent).not.toMatch(/<[!@#]/);
    expect(engine.asked[0]?.question).toBe("@channel @U0000EVE <!here> försenade?");
    // <!channel> arrives as "@channel" text: echoed with a word joiner after the @, so it notifies no one.
    expect(sent).toContain("Fråga: @\u2060channel @U0000EVE &lt;!here&gt; försenade?");
    expect(sent).not.toMatch(/@(?:channel|here|everyone)\b/);
  });

  it("retries chat.postMessage after a 429, honouring Retry-After", async () => {
    harness.fake.rateLimitOnce("chat.postMessage", 1);
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700000700.000700" }));
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body["thread_ts"]).toBe("1700000700.000700");
    expect(
      harness.fake.statuses.filter((entry) => entry.method === "chat.postMessage").map((entry) => entry.status),
    ).toEqual([429, 200]);
    await harness.waitForLog(/rate limiting\. Will retry in 1 seconds/);
  });

  it("tells the asker ephemerally when the answer cannot be posted", async () => {
    harness.fake.failNext("chat.postMessage", 500, 3);
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700000800.000800" }));
    const [ephemeral] = await harness.fake.waitForCalls("chat.postEphemeral", 1);
    expect(ephemeral?.body).toMatchObject({ channel: "C0000GEN", user: "U0000ASK", thread_ts: "1700000800.000800" });
    expect(String(ephemeral?.body["text"])).toMatch(/^Jag kunde inte skicka svaret just nu/);
    expect(harness.fake.callsTo("chat.postMessage")).toEqual([]);
  });
});

describe("direct messages", () => {
  it("answers in the DM, not in a thread, and keeps the DM's context", async () => {
    await postEvent(harness.url, directMessageEvent("försenade i T2?", { ts: "1700000900.000900" }));
    await harness.fake.waitForCalls("chat.postMessage", 1);
    await postEvent(harness.url, directMessageEvent("och budgeten?", { ts: "1700000901.000000" }));
    const posts = await harness.fake.waitForCalls("chat.postMessage", 2);
    expect(posts.map((post) => [post.body["channel"], post.body["thread_ts"], post.body["text"]])).toEqual([
      ["D0000DM1", undefined, "2 indikatorer (T2 2020)"],
      ["D0000DM1", undefined, "2 indikatorer (T2 2020)"],
    ]);
  });

  it("ignores the bot's own messages and edits", async () => {
    await postEvent(harness.url, {
      ...directMessageEvent("eko", { ts: "1700001000.000000" }),
      bot_id: "BBOT0001",
      user: "UBOT0001",
    });
    await postEvent(harness.url, {
      ...directMessageEvent("ändrad", { ts: "1700001001.000000" }),
      subtype: "message_changed",
    });
    await postEvent(harness.url, directMessageEvent("försenade?", { ts: "1700001002.000000" }));
    await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(engine.asked.map((ask) => ask.question)).toEqual(["försenade?"]);
  });
});

describe("/tertial", () => {
  it("answers ephemerally through the response_url", async () => {
    const response = await postCommand(harness.url, {
      text: "försenade i T1?",
      responseUrl: harness.fake.responseUrl("cmd1"),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    expect(reply).toMatchObject({
      responseId: "cmd1",
      body: { response_type: "ephemeral", text: "2 indikatorer (T1 2020)" },
    });
  });

  it("posts in the channel with `public`", async () => {
    await postCommand(harness.url, { text: "public försenade?", responseUrl: harness.fake.responseUrl("cmd2") });
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    expect(reply?.body).toMatchObject({ response_type: "in_channel", text: "2 indikatorer (T1 2020)" });
    expect(engine.asked[0]?.question).toBe("försenade?");
  });

  it("lists example questions in Swedish and English for `help`", async () => {
    await postCommand(harness.url, { text: "help", responseUrl: harness.fake.responseUrl("cmd3") });
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    const sent = JSON.stringify(reply?.body);
    expect(sent).toContain("Vilka indikatorer är försenade?");
    expect(sent).toContain("Which indicators are off track?");
    expect(sent).toContain("/tertial digest add #kanal");
    expect(engine.asked).toEqual([]);
  });

  it("routes `digest list` to the digest command", async () => {
    await postCommand(harness.url, { text: "digest list", responseUrl: harness.fake.responseUrl("cmd4") });
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    expect(reply?.body).toEqual({
      response_type: "ephemeral",
      text: "Inga digester ännu. Lägg till med `/tertial digest add #kanal måndag 08:00`.",
    });
    expect(engine.asked).toEqual([]);
  });

  it("retries a failing response_url briefly", async () => {
    harness.fake.failNext("response_url", 502, 1);
    await postCommand(harness.url, { text: "försenade?", responseUrl: harness.fake.responseUrl("cmd5") });
    await harness.fake.waitForCalls("response_url", 1);
    expect(
      harness.fake.statuses.filter((entry) => entry.method === "response_url").map((entry) => entry.status),
    ).toEqual([502, 200]);
  });
});

describe("App Home", () => {
  it("publishes the home view for the user who opened it", async () => {
    await postEvent(harness.url, {
      type: "app_home_opened",
      user: "U0000ASK",
      channel: "D0000DM1",
      tab: "home",
      event_ts: "1700001100.000000",
    });
    const [publish] = await harness.fake.waitForCalls("views.publish", 1);
    expect(publish?.body["user_id"]).toBe("U0000ASK");
    expect(publish?.body["view"]).toMatchObject({ type: "home" });
    expect(JSON.stringify(publish?.body["view"])).toContain("Inlästa rapporter (0)");
  });
});

describe("Show all button", () => {
  it("posts the items after the first ten in the answer's thread", async () => {
    await postEvent(harness.url, mentionEvent("lång lista", { ts: "1700001200.000000" }));
    const [first] = await harness.fake.waitForCalls("chat.postMessage", 1);
    const blocks = first?.body["blocks"] as { accessory?: { value: string; action_id: string } }[];
    const button = blocks.at(-1)?.accessory;
    expect(button?.action_id).toBe("tertial_show_all");
    const click = await postButtonClick(harness.url, {
      actionId: "tertial_show_all",
      value: button?.value ?? "",
      channel: "C0000GEN",
      messageTs: "1700000000.000001",
      threadTs: "1700001200.000000",
      responseUrl: harness.fake.responseUrl("act1"),
    });
    expect(click.status).toBe(200);
    const posts = await harness.fake.waitForCalls("chat.postMessage", 2);
    expect(posts[1]?.body).toMatchObject({ channel: "C0000GEN", thread_ts: "1700001200.000000" });
    expect((posts[1]?.body["blocks"] as unknown[] | undefined)?.length).toBe(1 + 2 * 15);
    expect(engine.asked.map((ask) => ask.question)).toEqual(["lång lista", "lång lista"]);
  });

  it("says the answer expired for an unknown id", async () => {
    await postButtonClick(harness.url, {
      actionId: "tertial_show_all",
      value: "999",
      channel: "C0000GEN",
      messageTs: "1.2",
      responseUrl: harness.fake.responseUrl("act2"),
    });
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    expect(String(reply?.body["text"])).toMatch(/^Det svaret finns inte längre/);
  });
});

describe("request verification", () => {
  it("rejects a bad signature and a stale timestamp with 401, and answers neither", async () => {
    const body = eventEnvelope(mentionEvent("försenade?", { ts: "1700001300.000000" }));
    const forged = await postSigned(harness.url, body, "application/json", { secret: "wrongsecret123" });
    const stale = await postSigned(harness.url, body, "application/json", {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(harness.fake.callsTo("chat.postMessage")).toEqual([]);
    expect(engine.asked).toEqual([]);
  });

  it("rejects a validly signed request timestamped 10 minutes ahead, and takes one 4 minutes ahead", async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead10 = eventEnvelope(mentionEvent("försenade?", { ts: "1700001310.000000" }));
    const future = await postSigned(harness.url, ahead10, "application/json", { timestamp: now + 10 * 60 });
    expect(future.status).toBe(401);
    await harness.waitForLog(/WARN .*refusing a request timestamped 6\d\d s in the future \(more than 300 s\)/);
    const ahead4 = eventEnvelope(mentionEvent("försenade?", { ts: "1700001320.000000" }));
    const near = await postSigned(harness.url, ahead4, "application/json", { timestamp: now + 4 * 60 });
    expect(near.status).toBe(200);
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body["thread_ts"]).toBe("1700001320.000000");
    expect(engine.asked).toHaveLength(1);
  });
});

describe("logging", () => {
  it("never writes the bot token, even at debug level", async () => {
    await postEvent(harness.url, mentionEvent("försenade?", { ts: "1700001400.000000" }));
    await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(harness.logs.join("\n")).not.toContain(TEST_BOT_TOKEN);
  });
});

import { createEngine } from "@tertial/engine";
import { readThreadState } from "@tertial/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANSWERING_STATUS } from "../src/listeners/assistant.ts";
import { REFUSAL } from "../src/messages/notices.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import { createReportsDb, createTempDb, startBot, type BotHarness, type TempDb } from "./bot-harness.ts";
import { FAKE_BOT } from "./fake-slack.ts";
import { outline } from "./sent-blocks.ts";
import { assistantThreadEvent, postEvent, threadMessageEvent } from "./slack-requests.ts";

/** Slack's assistant panel against the real engine on data/reports (Bolt's Assistant, fake Web API). */
let temp: TempDb;
let harness: BotHarness;

beforeAll(async () => {
  temp = await createReportsDb();
  harness = await startBot({ db: temp.db, engine: createEngine(temp.db) });
});

afterAll(async () => {
  await harness.close();
  temp.remove();
});

const DM = "D0000AST";
const THREAD = "1720000000.000100";

describe("an assistant thread", () => {
  it("greets, suggests four prompts from the reports, answers with sources and keeps the scope for a follow-up", async () => {
    const fake = harness.fake;
    await postEvent(
      harness.url,
      assistantThreadEvent("assistant_thread_started", { channel: DM, threadTs: THREAD, contextChannel: "C0000VEW" }),
    );
    const [prompts] = await fake.waitForCalls("assistant.threads.setSuggestedPrompts", 1);
    expect(prompts?.body).toMatchObject({ channel_id: DM, thread_ts: THREAD, title: "Förslag på frågor" });
    expect(prompts?.body["prompts"]).toEqual([
      { title: "Ej i fas i Norrmalm", message: "Vilka indikatorer är ej i fas för Norrmalm?" },
      { title: "Budgetresultat för Norrmalm", message: "Vad blir budgetresultatet för Norrmalm?" },
      { title: "Ändringar i Socialnämnden", message: "Vad har ändrats i Socialnämnden sedan förra rapporten?" },
      { title: "Läget i Socialnämnden", message: "Hur går det för Socialnämnden?" },
    ]);
    const [greeting] = fake.callsTo("chat.postMessage");
    expect(greeting?.body).toMatchObject({ channel: DM, thread_ts: THREAD });
    expect(outline(greeting?.body)).toEqual([
      "section: Hej! Jag svarar på frågor om nämndernas tertialrapporter och verksamhetsberättelser, med källa (fil:rad) för varje uppgift.\n" +
        "Inlästa: 3 rapporter från 2 nämnder (Norrmalms stadsdelsnämnd, Socialnämnden).\n" +
        "Välj en fråga nedan eller skriv en egen. Följdfrågor som _och budgetresultatet?_ behåller nämnd och period. _Ask in English too._",
    ]);
    expect(readThreadState(temp.db, { channelId: DM, threadTs: `assistant-context:${THREAD}` }, new Date())).toEqual({
      channel_id: "C0000VEW",
      team_id: FAKE_BOT.teamId,
      enterprise_id: null,
    });
    // The greeting is posted before the prompts are set, so they show under it.
    expect(fake.calls.indexOf(greeting as never)).toBeLessThan(fake.calls.indexOf(prompts as never));

    // The user picks the first prompt: Slack sends its message into the thread.
    await postEvent(
      harness.url,
      threadMessageEvent("Vilka indikatorer är ej i fas för Norrmalm?", {
        channel: DM,
        threadTs: THREAD,
        ts: "1720000001.000000",
      }),
    );
    const posts = await fake.waitForCalls("chat.postMessage", 2);
    const answer = posts[1];
    expect(answer?.body).toMatchObject({ channel: DM, thread_ts: THREAD, text: expect.stringMatching(/^13 /) });
    // The header's wording belongs to answer-blocks.ts; the scope in it is what this test is about.
    expect(outline(answer?.body).slice(0, 5)).toEqual([
      expect.stringMatching(/^header: Norrmalms stadsdelsnämnd · T2 2021\b/),
      "context: Fråga: Vilka indikatorer är ej i fas för Norrmalm?",
      "section: 13 indikatorer med status ej i fas eller ej uppnått i Norrmalms stadsdelsnämnd T2 2021 (senaste inlästa rapporten):",
      expect.stringMatching(
        /^section: :red_circle: \*Andel barn som lever i familjer som har ekonomiskt bistånd\* – ej i fas\n/,
      ),
      "context: Norrmalms stadsdelsnämnd T2 2021 · norrmalm-t2-2021.txt:224",
    ]);
    const [status] = fake.callsTo("assistant.threads.setStatus");
    expect(status?.body).toMatchObject({ channel_id: DM, thread_ts: THREAD, status: ANSWERING_STATUS });
    expect(fake.calls.indexOf(status as never)).toBeLessThan(fake.calls.indexOf(answer as never));
    const [title] = await fake.waitForCalls("assistant.threads.setTitle", 1);
    expect(title?.body).toMatchObject({
      channel_id: DM,
      thread_ts: THREAD,
      title: "Vilka indikatorer är ej i fas för Norrmalm?",
    });

    // A follow-up that names no organisation keeps Norrmalm and the latest period.
    await postEvent(
      harness.url,
      threadMessageEvent("och budgetresultatet?", { channel: DM, threadTs: THREAD, ts: "1720000002.000000" }),
    );
    const [, , followUp] = await fake.waitForCalls("chat.postMessage", 3);
    expect(followUp?.body).toMatchObject({ channel: DM, thread_ts: THREAD });
    expect(outline(followUp?.body).slice(0, 2)).toEqual([
      expect.stringMatching(/^header: Norrmalms stadsdelsnämnd · T2 2021\b/),
      "context: Fråga: och budgetresultatet?",
    ]);
    expect(outline(followUp?.body).join("\n")).toContain("Anslag för nämndens verksamhet");
    expect(outline(followUp?.body).join("\n")).toContain("norrmalm-t2-2021.txt:");
    expect(outline(followUp?.body).join("\n")).not.toContain("Socialnämnden");
    expect(fake.callsTo("assistant.threads.setStatus")).toHaveLength(2);
    // Only the thread's first question names it.
    expect(fake.callsTo("assistant.threads.setTitle")).toHaveLength(1);
  });

  it("saves the channel the user is viewing when it changes", async () => {
    await postEvent(
      harness.url,
      assistantThreadEvent("assistant_thread_context_changed", {
        channel: DM,
        threadTs: THREAD,
        contextChannel: "C0000NEW",
      }),
    );
    await vi.waitFor(
      () =>
        expect(
          readThreadState(temp.db, { channelId: DM, threadTs: `assistant-context:${THREAD}` }, new Date()),
        ).toEqual({ channel_id: "C0000NEW", team_id: FAKE_BOT.teamId, enterprise_id: null }),
      { timeout: 10_000, interval: 20 },
    );
  });
});

describe("an assistant thread outside the access lists", () => {
  it("gets the refusal, no prompts, no status and no title, and the engine is not asked", async () => {
    const db = createTempDb();
    const engine: FakeEngine = createFakeEngine();
    const bot = await startBot({ db: db.db, engine, access: { channels: [], users: ["U0000ASK"] } });
    try {
      await postEvent(
        bot.url,
        assistantThreadEvent("assistant_thread_started", { channel: "D0000OUT", threadTs: THREAD, user: "U0000OUT" }),
      );
      await postEvent(
        bot.url,
        threadMessageEvent("Hur går det för Norrmalm?", {
          channel: "D0000OUT",
          threadTs: THREAD,
          ts: "1720000003.000000",
          user: "U0000OUT",
        }),
      );
      const posts = await bot.fake.waitForCalls("chat.postMessage", 2);
      expect(posts.map((post) => [post.body["channel"], post.body["thread_ts"], post.body["text"]])).toEqual([
        ["D0000OUT", THREAD, REFUSAL.text],
        ["D0000OUT", THREAD, REFUSAL.text],
      ]);
      expect(
        bot.fake.calls.filter((call) => call.method.startsWith("assistant.threads.")).map((call) => call.method),
      ).toEqual([]);
      expect(engine.asked).toEqual([]);
    } finally {
      await bot.close();
      db.remove();
    }
  });
});

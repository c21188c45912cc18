import { createEngine } from "@tertial/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportsDb, startBot, type BotHarness, type TempDb } from "./bot-harness.ts";
import { directMessageEvent, mentionEvent, postButtonClick, postCommand, postEvent } from "./slack-requests.ts";

/** The real engine on data/reports (Socialnämnden T1 2017, T1 2020; Norrmalm T2 2021), end to end. */
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

interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { text: string }[];
  accessory?: { value: string; text: { text: string } };
}

function blocksOf(body: Record<string, unknown> | undefined): SentBlock[] {
  return (body?.["blocks"] ?? []) as SentBlock[];
}

/** Each block as one line of text: "header: …", "section: …", "context: …". */
function outline(body: Record<string, unknown> | undefined): string[] {
  return blocksOf(body).map(
    (block) => `${block.type}: ${block.text?.text ?? block.elements?.map((element) => element.text).join(" ") ?? ""}`,
  );
}

describe("a mention, then a follow-up in its thread", () => {
  it("answers the off-track question for Socialnämnden T1 2020 with sources, then keeps the scope for T1 2017", async () => {
    await postEvent(
      harness.url,
      mentionEvent("Vilka indikatorer är försenade i Socialnämnden T1 2020?", {
        ts: "1710000000.000100",
        channel: "C0000REA",
      }),
    );
    const [first] = await harness.fake.waitForCalls("chat.postMessage", 1);
    expect(first?.body["thread_ts"]).toBe("1710000000.000100");
    expect(outline(first?.body).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "header: Socialnämnden · T1 2020",
        "context: Fråga: Vilka indikatorer är försenade i Socialnämnden T1 2020?",
        "section: :x: *Aktivt Medskapandeindex* – ej uppnått
      utfall: 81 · män: 83 · kvinnor: 82 · utfall VB 2019: 80 · årsmål: 82 · KF:s årsmål: 82 · period: 2020 · mål: 3.2 Stockholm använder skattemedlen effektivt till största nytta för stockholmarna
      _utfall 81 &lt; årsmål 82 (högre är bättre)_",
        "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1636",
      ]
    `);
    // The four off-track indicators (the at-risk ones are asked for on their own).
    expect(blocksOf(first?.body)).toHaveLength(2 + 2 * 4);

    await postEvent(
      harness.url,
      mentionEvent("och för T1 2017?", { ts: "1710000001.000000", threadTs: "1710000000.000100", channel: "C0000REA" }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 2);
    expect(posts[1]?.body["thread_ts"]).toBe("1710000000.000100");
    expect(outline(posts[1]?.body)).toMatchInlineSnapshot(`
      [
        "header: Socialnämnden · T1 2017",
        "context: Fråga: och för T1 2017?",
        "section: :red_circle: *Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm).* – ej i fas
      utfall VB 2016: 87 % · prognos: 83 % · årsmål: 90 % · period: Halvår 1 2017 · mål: 1.2.1 Barn som far illa eller riskerar att fara illa utvecklas gynnsamt
      _prognos 83 % &lt; årsmål 90 % (högre är bättre)_",
        "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:1662",
        "section: :red_circle: *Andel beställningar som gjorts via inköpsmodulen i Agresso* – ej i fas
      årsmål: 90 % · period: 2017 · mål: Förvaltningens verksamheter är kostnadseffektiva
      _analysen: "men kommer troligtvis ändå inte att nå målet"_",
        "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:3495",
      ]
    `);
  });
});

describe("/tertial in English with a long answer", () => {
  it("answers ephemerally with ten items and a Show all button whose click sends the rest ephemerally", async () => {
    await postCommand(harness.url, {
      text: "Which indicators are off track?",
      responseUrl: harness.fake.responseUrl("real1"),
    });
    const [reply] = await harness.fake.waitForCalls("response_url", 1);
    expect(reply?.body["response_type"]).toBe("ephemeral");
    const blocks = blocksOf(reply?.body);
    expect(outline(reply?.body).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "header: Norrmalms stadsdelsnämnd, Socialnämnden · T1 2020, T2 2021 (latest)",
        "context: Question: Which indicators are off track?",
        "section: :red_circle: *Andel barn som lever i familjer som har ekonomiskt bistånd* – off track
      outcome: 1,4 % · outcome VB 2020: 1,3 % · forecast: 1,4 % · target: 0,8 % · city target: 2,7 % · period: Tertial 2 2021 · goal: 1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort
      _the analysis says: "Årsmålet uppnås ej"_",
      ]
    `);
    const more = blocks.at(-1);
    // Each committee's latest report: Norrmalm's 13 off-track indicators and Socialnämnden's 4.
    expect(more?.text?.text).toBe("…and 7 more.");
    expect(more?.accessory?.text.text).toBe("Show all (17)");
    await postButtonClick(harness.url, {
      actionId: "tertial_show_all",
      value: more?.accessory?.value ?? "",
      channel: "C0000GEN",
      messageTs: "1710000002.000000",
      ephemeral: true,
      responseUrl: harness.fake.responseUrl("real2"),
    });
    const replies = await harness.fake.waitForCalls("response_url", 2);
    expect(replies[1]).toMatchObject({
      responseId: "real2",
      body: { response_type: "ephemeral", replace_original: false },
    });
    expect(outline(replies[1]?.body)[0]).toBe("context: Continued: 11–17 of 17");
    expect(blocksOf(replies[1]?.body)).toHaveLength(1 + 2 * 7);
  });
});

describe("a DM", () => {
  it("lists the loaded reports in the DM", async () => {
    await postEvent(
      harness.url,
      directMessageEvent("vilka rapporter finns?", { ts: "1710000003.000000", channel: "D0000REA" }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 3);
    const dm = posts.find((post) => post.body["channel"] === "D0000REA");
    expect(dm?.body["thread_ts"]).toBeUndefined();
    // Item counts follow the parser as it improves; the names and sources are fixed by the files.
    expect(outline(dm?.body).map((line) => line.split("\n")[0])).toEqual([
      "header: Norrmalms stadsdelsnämnd, Socialnämnden · T1 2017, T1 2020, T2 2021",
      "context: Fråga: vilka rapporter finns?",
      "section: • *Socialnämnden T1 2017*",
      "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:1",
      "section: • *Socialnämnden T1 2020*",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1",
      "section: • *Norrmalms stadsdelsnämnd T2 2021*",
      "context: Norrmalms stadsdelsnämnd T2 2021 · norrmalm-t2-2021.txt:1",
    ]);
  });
});

describe("App Home", () => {
  it("shows the loaded reports with the latest period's off-track count per organisation", async () => {
    await postEvent(harness.url, {
      type: "app_home_opened",
      user: "U0000ASK",
      channel: "D0000REA",
      tab: "home",
      event_ts: "1710000004.000000",
    });
    const [publish] = await harness.fake.waitForCalls("views.publish", 1);
    expect(publish?.body["user_id"]).toBe("U0000ASK");
    expect(outline(publish?.body["view"] as Record<string, unknown>)).toMatchInlineSnapshot(`
      [
        "header: Tertial",
        "section: Fråga mig om nämndernas tertialrapporter och verksamhetsberättelser: nämn \`@tertial\` i en kanal, skriv till mig här under *Meddelanden*, eller använd \`/tertial\`.",
        "divider: ",
        "header: Inlästa rapporter (3)",
        "section: *Norrmalms stadsdelsnämnd* – 1 rapport; senaste T2 2021: :red_circle: 13 indikatorer når inte målet
      *Socialnämnden* – 2 rapporter; senaste T1 2020: :red_circle: 4 indikatorer når inte målet",
        "context: :red_circle: = indikatorer som inte når målet (prognos eller utfall) i den senaste perioden.",
        "divider: ",
        "header: Exempel på frågor",
        "section: • Hur går det för Norrmalm?
      • Vilka indikatorer är försenade?
      • Vilka mål uppfylls inte i Socialnämnden?
      • Vilka aktiviteter har avvikelser i Norrmalm T2 2021?
      • Hur ser budgeten ut för Norrmalm?
      • Vilka rapporter finns?",
        "section: *In English*
      • How is Socialnämnden doing?
      • Which indicators are off track?
      • Which goals are only partly met in Socialnämnden?
      • Which activities are delayed in Norrmalm?
      • What is the budget deviation for Norrmalm T2 2021?
      • Which reports are loaded?",
      ]
    `);
  });
});

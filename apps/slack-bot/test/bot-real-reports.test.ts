import { createEngine } from "@tertial/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockKitViolations } from "./block-limits.ts";
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
    // The lead, the four off-track indicators (the at-risk ones are asked for on their own), the note.
    expect(outline(first?.body).map((line) => line.split("\n")[0])).toEqual([
      "header: Socialnämnden · T1 2020",
      "context: Fråga: Vilka indikatorer är försenade i Socialnämnden T1 2020?",
      "section: 4 indikatorer med status ej i fas eller ej uppnått i Socialnämnden T1 2020:",
      "section: :x: *Aktivt Medskapandeindex* – ej uppnått",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1636",
      "section: :red_circle: *Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys* – ej i fas",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1642",
      "section: :red_circle: *Sjukfrånvaro* – ej i fas",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1650",
      "section: :red_circle: *Sjukfrånvaro dag 1-14* – ej i fas",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1652",
      'context: Dessutom 4 indikatorer med risk (fråga "vilka indikatorer är i riskzonen?").',
    ]);
    expect(outline(first?.body)[3]).toBe(
      [
        "section: :x: *Aktivt Medskapandeindex* – ej uppnått",
        "utfall: 81 · män: 83 · kvinnor: 82 · utfall VB 2019: 80 · årsmål: 82 · KF:s årsmål: 82 · period: 2020 · mål: 3.2 Stockholm använder skattemedlen effektivt till största nytta för stockholmarna",
        "_utfall 81 &lt; årsmål 82 (högre är bättre)_",
      ].join("\n"),
    );

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
        "section: 2 indikatorer med status ej i fas eller ej uppnått i Socialnämnden T1 2017:",
        "section: :red_circle: *Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm).* – ej i fas
      utfall VB 2016: 87 % · prognos: 83 % · årsmål: 90 % · period: Halvår 1 2017 · mål: 1.2.1 Barn som far illa eller riskerar att fara illa utvecklas gynnsamt
      _prognos 83 % &lt; årsmål 90 % (högre är bättre)_",
        "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:1662–1668",
        "section: :red_circle: *Andel beställningar som gjorts via inköpsmodulen i Agresso* – ej i fas
      årsmål: 90 % · period: 2017 · mål: Förvaltningens verksamheter är kostnadseffektiva
      _analysen: "men kommer troligtvis ändå inte att nå målet"_",
        "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:3495–3501",
        "context: Dessutom 1 indikator med risk (fråga "vilka indikatorer är i riskzonen?").",
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
    expect(outline(reply?.body).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "header: Norrmalms stadsdelsnämnd, Socialnämnden · T1 2020, T2 2021 (latest)",
        "context: Question: Which indicators are off track?",
        "section: 17 indicators with status off track or missed in Socialnämnden T1 2020 and Norrmalms stadsdelsnämnd T2 2021 (the latest loaded report of each):",
        "section: :red_circle: *Andel barn som lever i familjer som har ekonomiskt bistånd* – off track
      outcome: 1,4 % · outcome VB 2020: 1,3 % · forecast: 1,4 % · target: 0,8 % · city target: 2,7 % · period: Tertial 2 2021 · goal: 1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort
      _the analysis says: "Årsmålet uppnås ej"_",
      ]
    `);
    const more = blocks.find((block) => block.accessory !== undefined);
    // Each committee's latest report: Norrmalm's 13 off-track indicators and Socialnämnden's 4.
    expect(more?.text?.text).toBe("…and 7 more.");
    expect(more?.accessory?.text.text).toBe("Show all (17)");
    // The notes follow the count, as in the CLI.
    expect(outline(reply?.body).slice(-2)).toMatchInlineSnapshot(`
      [
        "section: …and 7 more.",
        "context: No committee or period was named: the answer covers each committee's latest loaded report.
      Also 11 indicators at risk (ask "which indicators are at risk?").",
      ]
    `);
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

interface ChartBlock {
  type: "data_visualization";
  title: string;
  chart: { type: string; series: { name: string; data: { label: string; value: number }[] }[] };
}

/** A chart as "type: title | series label=value …", the numbers as sent. */
function charts(body: Record<string, unknown> | undefined): string[] {
  return (blocksOf(body) as unknown as ChartBlock[])
    .filter((block) => block.type === "data_visualization")
    .map(
      (block) =>
        `${block.chart.type}: ${block.title} | ${block.chart.series
          .map((one) => `${one.name} ${one.data.map((point) => `${point.label}=${point.value}`).join(" ")}`)
          .join(" | ")}`,
    );
}

/** The table block's rows, cells joined by " ¦ ". */
function tableRows(body: Record<string, unknown> | undefined): string[] {
  const table = (blocksOf(body) as unknown as { type: string; rows?: { text: string }[][] }[]).find(
    (block) => block.type === "table",
  );
  return (table?.rows ?? []).map((row) => row.map((cell) => cell.text).join(" ¦ "));
}

describe("a trend and a comparison, drawn", () => {
  it("answers a trend with a line chart per indicator, the target as its own series, and a table of the figures", async () => {
    await postEvent(
      harness.url,
      mentionEvent("sjukfrånvaro över tid i socialnämnden", { ts: "1710000005.000000", channel: "C0000TRD" }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 3);
    const trend = posts.find((post) => post.body["channel"] === "C0000TRD")?.body;
    expect([
      outline(trend).slice(0, 3),
      charts(trend),
      outline(trend).filter((line) => line.startsWith("context: utfall")),
      tableRows(trend),
      String(trend?.["text"] ?? "")
        .split("\n")
        .filter((line) => line.startsWith("utfall: ")),
      blockKitViolations(trend ?? {}),
    ]).toEqual([
      [
        "header: Socialnämnden · T1 2017, T1 2020",
        "context: Fråga: sjukfrånvaro över tid i socialnämnden",
        "section: Sjukfrånvaro och Sjukfrånvaro dag 1-14 över tid:",
      ],
      [
        "line: Socialnämnden · Sjukfrånvaro | utfall T1 2017=6.2 T1 2020=5.4 | årsmål T1 2017=5.5 T1 2020=5.5",
        "line: Socialnämnden · Sjukfrånvaro dag 1-14 | utfall T1 2017=1.76 T1 2020=1.62 | årsmål T1 2017=1.6 T1 2020=1.6",
      ],
      [
        "context: utfall: █▁ (T1 2017 → T1 2020) · källor: socialnamnden-t1-2017.txt:3908–3914, socialnamnden-t1-2020.txt:1650",
        "context: utfall: █▁ (T1 2017 → T1 2020) · källor: socialnamnden-t1-2017.txt:3925–3934, socialnamnden-t1-2020.txt:1652",
      ],
      [
        "Indikator ¦ Nämnd ¦ Period ¦ utfall ¦ prognos ¦ årsmål ¦ status ¦ regel ¦ källa",
        "Sjukfrånvaro ¦ Socialnämnden ¦ T1 2017 ¦ 6,2 % ¦ 5,5 % ¦ 5,5 % ¦ 🟢 i fas ¦ prognos 5,5 % = årsmål 5,5 % (lägre är bättre); periodens utfall 6,2 % ligger ännu över målet ¦ socialnamnden-t1-2017.txt:3908–3914",
        "Sjukfrånvaro ¦ Socialnämnden ¦ T1 2020 ¦ 5,4 % ¦ 6,5 % ¦ 5,5 % ¦ 🔴 ej i fas ¦ prognos 6,5 % > årsmål 5,5 % (lägre är bättre) ¦ socialnamnden-t1-2020.txt:1650",
        "Sjukfrånvaro dag 1-14 ¦ Socialnämnden ¦ T1 2017 ¦ 1,76 % ¦ 1,6 % ¦ 1,6 % ¦ 🟢 i fas ¦ prognos 1,6 % = årsmål 1,6 % (lägre är bättre); periodens utfall 1,76 % ligger ännu över målet ¦ socialnamnden-t1-2017.txt:3925–3934",
        "Sjukfrånvaro dag 1-14 ¦ Socialnämnden ¦ T1 2020 ¦ 1,62 % ¦ 1,9 % ¦ 1,6 % ¦ 🔴 ej i fas ¦ prognos 1,9 % > årsmål 1,6 % (lägre är bättre) ¦ socialnamnden-t1-2020.txt:1652",
      ],
      // The notification text keeps the sparklines for clients that cannot draw the chart.
      ["utfall: █▁  (T1 2017 → T1 2020)", "utfall: █▁  (T1 2017 → T1 2020)"],
      [],
    ]);
  });

  it("answers a comparison with a bar chart per indicator, a committee per bar group", async () => {
    await postEvent(
      harness.url,
      directMessageEvent("jämför sjukfrånvaron mellan Norrmalm och socialnämnden", {
        ts: "1710000006.000000",
        channel: "D0000CMP",
      }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 4);
    const comparison = posts.find((post) => post.body["channel"] === "D0000CMP")?.body;
    expect([
      charts(comparison),
      outline(comparison).filter((line) => line.startsWith("context: utfall")),
      tableRows(comparison).length,
      outline(comparison).at(-1),
      blockKitViolations(comparison ?? {}),
    ]).toEqual([
      [
        "bar: Sjukfrånvaro | utfall Socialnämnden=5.4 Norrmalms stadsdels…=9.7 | årsmål Socialnämnden=5.5 Norrmalms stadsdels…=8.5",
        "bar: Sjukfrånvaro dag 1-14 | utfall Socialnämnden=1.62 Norrmalms stadsdels…=3.9 | årsmål Socialnämnden=1.6 Norrmalms stadsdels…=3.5",
      ],
      [
        "context: utfall: ▁█ · källor: socialnamnden-t1-2020.txt:1650, norrmalm-t2-2021.txt:1544",
        "context: utfall: ▁█ · källor: socialnamnden-t1-2020.txt:1652, norrmalm-t2-2021.txt:1545",
      ],
      1 + 4,
      "context: Ingen nämnd eller period nämndes: svaret gäller den senaste inlästa rapporten för varje nämnd.",
      [],
    ]);
  });
});

describe("a DM", () => {
  it("lists the loaded reports in the DM", async () => {
    await postEvent(
      harness.url,
      directMessageEvent("vilka rapporter finns?", { ts: "1710000003.000000", channel: "D0000REA" }),
    );
    const posts = await harness.fake.waitForCalls("chat.postMessage", 5);
    const dm = posts.find((post) => post.body["channel"] === "D0000REA");
    expect(dm?.body["thread_ts"]).toBeUndefined();
    // Item counts follow the parser as it improves; the names and sources are fixed by the files.
    expect(outline(dm?.body).map((line) => line.split("\n")[0])).toEqual([
      "header: Norrmalms stadsdelsnämnd, Socialnämnden · T1 2017, T1 2020, T2 2021",
      "context: Fråga: vilka rapporter finns?",
      "section: 3 inlästa rapporter; senaste perioden är T2 2021:",
      "section: • *Socialnämnden T1 2017*",
      "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:1",
      "section: • *Socialnämnden T1 2020*",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:1",
      "section: • *Norrmalms stadsdelsnämnd T2 2021*",
      "context: Norrmalms stadsdelsnämnd T2 2021 · norrmalm-t2-2021.txt:1",
    ]);
  });
});

describe("every message the bot sent", () => {
  it("keeps within the limits of Slack's reference", () => {
    const sent = harness.fake.calls.filter((call) =>
      ["chat.postMessage", "chat.postEphemeral", "response_url"].includes(call.method),
    );
    // Five answers posted (mention, follow-up, trend, comparison, DM) and two replies to /tertial and its button.
    expect([sent.length, sent.flatMap((call) => blockKitViolations(call.body))]).toEqual([7, []]);
  });
});

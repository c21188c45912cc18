import { describe, expect, it } from "vitest";
import type { AnswerItem } from "@tertial/engine";
import { renderAnswer, renderRemainingItems, reportName, scopeTitle } from "../src/messages/answer-blocks.ts";
import { blockKitViolations } from "./block-limits.ts";
import { indicatorItem, sampleAnswer } from "./sample-answers.ts";

/** One report's row of an indicator over time: its period, printed outcome and target, and line. */
function periodItem(
  name: string,
  organisation: string,
  period: string,
  values: Record<string, string>,
  line: number,
): AnswerItem {
  const file = `${organisation.toLowerCase().split(" ")[0] ?? ""}-${period.toLowerCase().replace(" ", "-")}.txt`;
  return indicatorItem(1, {
    name,
    report: { organisation, unit: null, period, file },
    values,
    statusReason: "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
    source: { file, line },
  });
}

/** The blocks as the outline a reader sees: "type: text" per block, a chart by its title and series. */
function outline(blocks: readonly unknown[]): string[] {
  return blocks.map((raw) => {
    const block = raw as Record<string, unknown> & {
      text?: { text: string };
      elements?: { text: string }[];
      chart?: { type: string; series: { name: string; data: { label: string; value: number }[] }[] };
      rows?: { text: string }[][];
    };
    if (block.type === "data_visualization")
      return `chart ${block.chart?.type}: ${String(block["title"])} | ${block.chart?.series
        .map((one) => `${one.name} ${one.data.map((point) => `${point.label}=${point.value}`).join(" ")}`)
        .join(" | ")}`;
    if (block.type === "table")
      return `table: ${block.rows?.map((row) => row.map((cell) => cell.text).join(" ¦ ")).join(" // ")}`;
    return `${String(block.type)}: ${block.text?.text ?? block.elements?.map((element) => element.text).join(" ") ?? ""}`;
  });
}

describe("renderAnswer", () => {
  it("quotes a goal's Swedish assessment in an English answer, its status and rule in English", () => {
    const goal: AnswerItem = {
      kind: "goal",
      name: "Stockholm är en trygg stad",
      report: { organisation: "Norrmalms stadsdelsnämnd", unit: null, period: "T2 2021", file: "norrmalm-t2-2021.txt" },
      status: "at-risk",
      statusReason: "partially met",
      values: { assessment: "Uppfylls delvis" },
      source: { file: "norrmalm-t2-2021.txt", line: 306 },
      facts: { code: "1.2", level: "area", assessment: "delvis", parent: null },
    };
    const answer = sampleAnswer({ language: "en", intent: "goal-list", items: [goal] });
    const section = renderAnswer(answer, { showAllId: null }).blocks.find(
      (block) => block.type === "section" && block.text?.text.includes("1.2"),
    );
    expect(section?.type === "section" ? section.text?.text.split("\n") : []).toEqual([
      ":large_yellow_circle: *1.2 Stockholm är en trygg stad* – at risk",
      'assessment: "Uppfylls delvis"',
      "_partially met_",
    ]);
  });

  it("puts an explain answer's analysis on its own line and keeps a section under Slack's 3,000 characters", () => {
    const long = "Sjukfrånvaron befaras öka. ".repeat(60);
    const item = indicatorItem(1, {
      values: { utfall: "5,4 %", årsmål: "5,5 %", analys: long },
      statusReason: "x".repeat(900),
    });
    const [, , section] = renderAnswer(sampleAnswer({ intent: "explain", items: [item] }), { showAllId: null }).blocks;
    const text = section?.type === "section" ? (section.text?.text ?? "") : "";
    const lines = text.split("\n");
    expect([
      lines[1],
      lines[3]?.startsWith("analys: Sjukfrånvaron befaras öka."),
      lines[3]?.endsWith("…"),
      text.length < 3000,
    ]).toEqual(["utfall: 5,4 % · årsmål: 5,5 %", true, true, true]);
  });

  it("renders a header with the scope, the question, and each item with its source", () => {
    expect(renderAnswer(sampleAnswer(), { showAllId: null })).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "emoji": true,
              "text": "Socialnämnden · T1 2020 (senaste)",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "elements": [
              {
                "text": "Fråga: Vilka indikatorer är försenade?",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
          {
            "text": {
              "text": ":red_circle: *Indikator 1* – ej i fas
      utfall: 5,4 % · prognos: 6,5 % · årsmål: 7,0 %
      _prognos 6,5 % &lt; årsmål 7,0 % (högre är bättre)_",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:101",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
          {
            "text": {
              "text": ":large_yellow_circle: *Indikator 2* – risk
      utfall: 12 · årsmål: 20",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:102",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
        ],
        "text": "2 indikatorer når inte målet i Socialnämnden T1 2020.",
      }
    `);
  });

  it("shows the first items, a count and a Visa alla button carrying the saved answer id", () => {
    const answer = sampleAnswer({ items: Array.from({ length: 23 }, (_, i) => indicatorItem(i + 1)) });
    const message = renderAnswer(answer, { showAllId: 42, maxItems: 10 });
    expect(message.blocks).toHaveLength(2 + 2 * 10 + 1);
    expect(message.blocks.at(-1)).toMatchInlineSnapshot(`
      {
        "accessory": {
          "action_id": "tertial_show_all",
          "text": {
            "text": "Visa alla (23)",
            "type": "plain_text",
          },
          "type": "button",
          "value": "42",
        },
        "text": {
          "text": "…och 13 till.",
          "type": "mrkdwn",
        },
        "type": "section",
      }
    `);
  });

  it("labels the button Show all for an English answer", () => {
    const answer = sampleAnswer({ language: "en", items: Array.from({ length: 12 }, (_, i) => indicatorItem(i + 1)) });
    const last = renderAnswer(answer, { showAllId: 7, maxItems: 10 }).blocks.at(-1);
    expect(last).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "…and 2 more." },
      accessory: {
        type: "button",
        action_id: "tertial_show_all",
        text: { type: "plain_text", text: "Show all (12)" },
        value: "7",
      },
    });
  });

  it("escapes an injected question and item text so nothing becomes a live mention", () => {
    const answer = sampleAnswer({
      question: "<!channel> hej <@U123> & <#C999>",
      answerText: "<!here> inget svar",
      items: [indicatorItem(1, { name: "<!channel> *fet*", statusReason: "<@U1>" })],
    });
    const json = JSON.stringify(renderAnswer(answer, { showAllId: null }));
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).toContain("&lt;!channel&gt; hej &lt;@U123&gt; &amp; &lt;#C999&gt;");
  });

  it("defuses @channel, @here and @everyone typed in a question, and leaves other @ words alone", () => {
    const answer = sampleAnswer({
      question: "@channel @Here och @everyone: hur går det? mejla x@heres.se @channels",
      answerText: 'Jag förstod inte frågan, eller så matchade inget "@here".',
      items: [],
    });
    const message = renderAnswer(answer, { showAllId: null });
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/@(?:channel|here|everyone)\b/i);
    expect(message.blocks[1]).toEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "Fråga: @\u2060channel @\u2060Here och @\u2060everyone: hur går det? mejla x@heres.se @channels",
        },
      ],
    });
    expect(message.text).toBe('Jag förstod inte frågan, eller så matchade inget "@\u2060here".');
  });

  it("shows the answer text and suggestions when nothing matched", () => {
    const answer = sampleAnswer({
      intent: "not-understood",
      items: [],
      answerText: "Jag förstod inte frågan.",
      suggestions: ["Vilka indikatorer är försenade?"],
    });
    expect(renderAnswer(answer, { showAllId: null }).blocks.slice(2)).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "Jag förstod inte frågan." } },
      { type: "context", elements: [{ type: "mrkdwn", text: "Menade du: Vilka indikatorer är försenade?" }] },
    ]);
  });

  it("keeps every section within 3,000 characters and the fallback text within 3,000", () => {
    const long = "x".repeat(10_000);
    const answer = sampleAnswer({
      answerText: long,
      items: [indicatorItem(1, { name: long, statusReason: long, values: { utfall: long } })],
    });
    const message = renderAnswer(answer, { showAllId: null });
    expect(blockKitViolations({ ...message })).toEqual([]);
  });
});

describe("renderAnswer: the whole structured answer", () => {
  it("shows the lead before the items and the notes after them", () => {
    const answer = sampleAnswer({
      lead: ["2 indikatorer med status ej i fas i Socialnämnden T1 2020:"],
      notes: ["Dessutom 4 indikatorer med risk.", "Ingen nämnd nämndes <!here>."],
      items: [indicatorItem(1)],
    });
    expect(outline(renderAnswer(answer, { showAllId: null }).blocks)).toEqual([
      "header: Socialnämnden · T1 2020 (senaste)",
      "context: Fråga: Vilka indikatorer är försenade?",
      "section: 2 indikatorer med status ej i fas i Socialnämnden T1 2020:",
      "section: :red_circle: *Indikator 1* – ej i fas\nutfall: 5,4 % · prognos: 6,5 % · årsmål: 7,0 %\n_prognos 6,5 % &lt; årsmål 7,0 % (högre är bättre)_",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:101",
      "context: Dessutom 4 indikatorer med risk.\nIngen nämnd nämndes &lt;!here&gt;.",
    ]);
  });

  it("cites a fact printed over several lines as file:line–endLine, one line as file:line", () => {
    const wrapped = indicatorItem(1, {
      report: { organisation: "Socialnämnden", unit: null, period: "T1 2017", file: "socialnamnden-t1-2017.txt" },
      source: { file: "socialnamnden-t1-2017.txt", line: 3872, endLine: 3875 },
    });
    const contexts = outline(
      renderAnswer(sampleAnswer({ items: [wrapped, indicatorItem(2)] }), { showAllId: null }).blocks,
    ).filter((line) => line.includes(".txt:"));
    expect(contexts).toEqual([
      "context: Socialnämnden T1 2017 · socialnamnden-t1-2017.txt:3872–3875",
      "context: Socialnämnden T1 2020 · socialnamnden-t1-2020.txt:102",
    ]);
  });

  it("draws a trend as a line chart with the target as its own series, skips a point that is not a number and says so", () => {
    const answer = sampleAnswer({
      intent: "trend",
      lead: ["Sjukfrånvaro över tid:"],
      items: [
        periodItem("Sjukfrånvaro", "Socialnämnden", "T1 2017", { utfall: "6,2 %", årsmål: "5,5 %" }, 3908),
        periodItem("Sjukfrånvaro", "Socialnämnden", "T2 2018", { utfall: "Tas fram av nämnd", årsmål: "5,5 %" }, 40),
        periodItem(
          "Sjukfrånvaro",
          "Socialnämnden",
          "T1 2020",
          { utfall: "5,4 %", prognos: "6,5 %", årsmål: "5,5 %" },
          1650,
        ),
      ],
    });
    const message = renderAnswer(answer, { showAllId: null });
    expect([outline(message.blocks).slice(3), blockKitViolations({ ...message })]).toEqual([
      [
        "chart line: Socialnämnden · Sjukfrånvaro | utfall T1 2017=6.2 T1 2020=5.4 | årsmål T1 2017=5.5 T1 2020=5.5",
        'context: utfall: █ ▁ (T1 2017 → T1 2020) · källor: socialnämnden-t1-2017.txt:3908, socialnämnden-t1-2020.txt:1650\nInte i diagrammet: T2 2018 (utfall: "Tas fram av nämnd" är inget tal).',
        "table: Indikator ¦ Nämnd ¦ Period ¦ utfall ¦ prognos ¦ årsmål ¦ status ¦ regel ¦ källa" +
          " // Sjukfrånvaro ¦ Socialnämnden ¦ T1 2017 ¦ 6,2 % ¦ – ¦ 5,5 % ¦ 🔴 ej i fas ¦ prognos 6,5 % > årsmål 5,5 % (lägre är bättre) ¦ socialnämnden-t1-2017.txt:3908" +
          " // Sjukfrånvaro ¦ Socialnämnden ¦ T2 2018 ¦ Tas fram av nämnd ¦ – ¦ 5,5 % ¦ 🔴 ej i fas ¦ prognos 6,5 % > årsmål 5,5 % (lägre är bättre) ¦ socialnämnden-t2-2018.txt:40" +
          " // Sjukfrånvaro ¦ Socialnämnden ¦ T1 2020 ¦ 5,4 % ¦ 6,5 % ¦ 5,5 % ¦ 🔴 ej i fas ¦ prognos 6,5 % > årsmål 5,5 % (lägre är bättre) ¦ socialnämnden-t1-2020.txt:1650",
      ],
      [],
    ]);
  });

  it("leaves the target out of the chart when a period has none, and says for which", () => {
    const answer = sampleAnswer({
      intent: "trend",
      items: [
        periodItem("Sjukfrånvaro", "Socialnämnden", "T1 2017", { utfall: "6,2 %" }, 3908),
        periodItem("Sjukfrånvaro", "Socialnämnden", "T1 2020", { utfall: "5,4 %", årsmål: "5,5 %" }, 1650),
      ],
    });
    const message = renderAnswer(answer, { showAllId: null });
    expect([outline(message.blocks).slice(2, 4), blockKitViolations({ ...message })]).toEqual([
      [
        "chart line: Socialnämnden · Sjukfrånvaro | utfall T1 2017=6.2 T1 2020=5.4",
        "context: utfall: █▁ (T1 2017 → T1 2020) · källor: socialnämnden-t1-2017.txt:3908, socialnämnden-t1-2020.txt:1650\nårsmål ritas inte (saknas eller är inget tal för T1 2017).",
      ],
      [],
    ]);
  });

  it("draws a comparison as bars per committee, names cut to Slack's 20 characters, and at most two charts", () => {
    const committees = ["Norrmalms stadsdelsnämnd", "Norrmalms stadsdelsnämnd – Äldreomsorg", "Socialnämnden"];
    const items = ["Sjukfrånvaro", "Sjukfrånvaro dag 1-14", "Korttidsfrånvaro"].flatMap((name, n) =>
      committees.map((organisation, c) =>
        periodItem(name, organisation, "T2 2021", { utfall: `${n + c + 1} %`, årsmål: "3 %" }, 100 * n + c),
      ),
    );
    const message = renderAnswer(sampleAnswer({ intent: "compare", items }), { showAllId: null, maxItems: 10 });
    const lines = outline(message.blocks);
    expect([
      lines.filter((line) => line.startsWith("chart")),
      lines.filter((line) => line.startsWith("context: Inget diagram")),
      blockKitViolations({ ...message }),
    ]).toEqual([
      [
        "chart bar: Sjukfrånvaro | utfall Norrmalms stadsdels…=1 Norrmalms stadsd… 2=2 Socialnämnden=3 | årsmål Norrmalms stadsdels…=3 Norrmalms stadsd… 2=3 Socialnämnden=3",
        "chart bar: Sjukfrånvaro dag 1-14 | utfall Norrmalms stadsdels…=2 Norrmalms stadsd… 2=3 Socialnämnden=4 | årsmål Norrmalms stadsdels…=3 Norrmalms stadsd… 2=3 Socialnämnden=3",
      ],
      ["context: Inget diagram för Korttidsfrånvaro: högst två diagram per meddelande."],
      [],
    ]);
  });
});

describe("renderRemainingItems", () => {
  it("posts the items after the first message in messages of at most 50 blocks", () => {
    const answer = sampleAnswer({ items: Array.from({ length: 55 }, (_, i) => indicatorItem(i + 1)) });
    const messages = renderRemainingItems(answer, 10);
    expect(messages.map((message) => message.blocks.length)).toEqual([41, 41, 11]);
    expect(messages.map((message) => message.blocks[0])).toEqual([
      { type: "context", elements: [{ type: "mrkdwn", text: "Fortsättning: 11–30 av 55" }] },
      { type: "context", elements: [{ type: "mrkdwn", text: "Fortsättning: 31–50 av 55" }] },
      { type: "context", elements: [{ type: "mrkdwn", text: "Fortsättning: 51–55 av 55" }] },
    ]);
  });
});

describe("renderRemainingItems for a trend", () => {
  it("draws the rows after the first message as a chart and a table of their own", () => {
    const items = Array.from({ length: 13 }, (_, i) =>
      periodItem(
        "Sjukfrånvaro",
        "Socialnämnden",
        `T${(i % 2) + 1} ${2010 + i}`,
        { utfall: `${i},5 %`, årsmål: "5 %" },
        i + 1,
      ),
    );
    const answer = sampleAnswer({ intent: "trend", items });
    const first = renderAnswer(answer, { showAllId: 3, maxItems: 10 });
    const rest = renderRemainingItems(answer, 10);
    const tableRows = (blocks: readonly unknown[]) =>
      (blocks as { type: string; rows?: unknown[] }[]).find((block) => block.type === "table")?.rows?.length;
    expect([
      tableRows(first.blocks),
      rest.length,
      outline(rest[0]?.blocks ?? []).slice(0, 2),
      tableRows(rest[0]?.blocks ?? []),
      [first, ...rest].flatMap((message) => blockKitViolations({ ...message })),
    ]).toEqual([
      1 + 10,
      1,
      [
        "context: Fortsättning: 11–13 av 13",
        "chart line: Socialnämnden · Sjukfrånvaro | utfall T1 2020=10.5 T2 2021=11.5 T1 2022=12.5 | årsmål T1 2020=5 T2 2021=5 T1 2022=5",
      ],
      1 + 3,
      [],
    ]);
  });
});

describe("scopeTitle", () => {
  it.each([
    [{ organisations: ["Socialnämnden"], periods: ["T1 2020"], periodIsDefault: false }, "Socialnämnden · T1 2020"],
    [{ organisations: [], periods: ["T2 2021"], periodIsDefault: true }, "alla nämnder · T2 2021 (senaste)"],
    [{ organisations: ["A", "B"], periods: [], periodIsDefault: false }, "A, B"],
  ])("%o → %s", (scope, title) => {
    expect(scopeTitle(sampleAnswer({ scope }))).toBe(title);
  });
});

describe("reportName", () => {
  it("names a unit report with its unit", () => {
    expect(
      reportName({ organisation: "Norrmalms stadsdelsnämnd", unit: "Äldreomsorg", period: "T2 2021", file: "n.txt" }),
    ).toBe("Norrmalms stadsdelsnämnd – Äldreomsorg T2 2021");
  });
});

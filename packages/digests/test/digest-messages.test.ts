import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@tertial/store";
import { buildDigest, readDigestInputs } from "@tertial/engine";
import { digestMessages, type DigestMessage, type TableBlock } from "../src/index.ts";
import { saveReports, TEST_2019, TEST_2020, type makeReport } from "./digest-test-setup.ts";
import { statementRule } from "../../../packages/engine/test/status-rule-fixture.ts";
import { limitViolations } from "./slack-limit-check.ts";
import { tableMessages } from "../src/slack-messages/table-messages.ts";

type Spec = Parameters<typeof makeReport>[0];

function messagesFor(specs: readonly Spec[]): DigestMessage[] {
  const db: Db = openDatabase(":memory:");
  saveReports(db, specs);
  const digest = buildDigest(readDigestInputs(db));
  db.close();
  return digestMessages(digest);
}

const table = (message: DigestMessage | undefined) =>
  message?.blocks.find((block): block is TableBlock => block.type === "table");
const cells = (message: DigestMessage | undefined) => table(message)?.rows.map((row) => row.map((c) => c.text));

describe("digestMessages", () => {
  it("is one summary, one line per organisation, then one details table per reply", () => {
    const messages = messagesFor([TEST_2019, TEST_2020]);
    expect(messages.map((m) => m.blocks.map((b) => b.type).join(","))).toEqual([
      "header,section,context",
      "section,table",
      "section,table",
      "section,table",
      "section,table",
      "section,table",
    ]);
    const [summary] = messages;
    expect(summary?.text).toBe(
      "Tertialdigest: 1 organisation, 2 indikatorer ej i fas eller ej uppnådda, 1 med risk. Detaljer i tråden.",
    );
    expect(summary?.blocks[1]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "• *Testnämnden* T1 2020: :red_circle: 2 ej i fas · :large_yellow_circle: 1 risk · sedan T1 2019: 1 ny ej i fas, 2 återhämtade, 2 ändrade målbedömningar, 1 ny avvikelse, prognos +1 140,5 mnkr · resultat +20,0 mnkr (testnamnden-t1-2020.txt:1841)",
      },
    });
    expect(messages.slice(1).map((m) => m.blocks[0]?.type === "section" && m.blocks[0].text.text)).toEqual([
      "*Indikatorer ej i fas, ej uppnådda eller med risk*",
      "*Förändringar sedan förra rapporten*",
      "*Mål som uppfylls delvis eller ej*",
      "*Aktiviteter med avvikelse*",
      "*Budget*",
    ]);
    expect(cells(messages[1])).toEqual([
      ["Organisation", "Indikator", "Mål", "Status", "Regel", "Källa"],
      [
        "Testnämnden T1 2020",
        "Sjukfrånvaro",
        "1.1",
        "🔴 ej i fas",
        "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
        "testnamnden-t1-2020.txt:206",
      ],
      [
        "Testnämnden T1 2020",
        "Nöjda brukare",
        "1.1.1",
        "🔴 ej i fas",
        "prognos 72 % < årsmål 80 % (högre är bättre)",
        "testnamnden-t1-2020.txt:212",
      ],
      [
        "Testnämnden T1 2020",
        "Väntetid till försörjningsstöd",
        "1.1",
        "🟡 risk",
        'analysen: "kan bli svårt att nå"',
        "testnamnden-t1-2020.txt:214",
      ],
    ]);
    expect(messages[1]?.text).toBe(
      [
        "Tertialdigest – Indikatorer ej i fas, ej uppnådda eller med risk",
        "Testnämnden T1 2020 | Sjukfrånvaro | 1.1 | 🔴 ej i fas | prognos 6,5 % > årsmål 5,5 % (lägre är bättre) | testnamnden-t1-2020.txt:206",
        "Testnämnden T1 2020 | Nöjda brukare | 1.1.1 | 🔴 ej i fas | prognos 72 % < årsmål 80 % (högre är bättre) | testnamnden-t1-2020.txt:212",
        'Testnämnden T1 2020 | Väntetid till försörjningsstöd | 1.1 | 🟡 risk | analysen: "kan bli svårt att nå" | testnamnden-t1-2020.txt:214',
      ].join("\n"),
    );
    // The result after adjustments (the budget answers' rule) beside the plain deviation.
    expect(cells(messages[5])?.[1]).toEqual([
      "Testnämnden T1 2020",
      "Nämnden totalt (mnkr)",
      "1 242,6",
      "1 242,0",
      "0,6",
      "20,0 mnkr (Justerad avvikelse)",
      "testnamnden-t1-2020.txt:1841",
    ]);
    expect(limitViolations(messages)).toEqual([]);
  });

  it("splits a long table over replies within the table block's limits, header repeated, losing no row", () => {
    const indicators: NonNullable<Spec["indicators"]> = Array.from({ length: 400 }, (_, i) => [
      "g1.1",
      `Andel invånare i stadsdelen som uppger att de är nöjda med tjänst nummer ${i + 1} <&>`,
      "off-track",
      statementRule("negative", `prognos ${i} % < årsmål 90 % i uppföljningen`),
      1000 + i,
    ]);
    const messages = messagesFor([{ ...TEST_2020, indicators }]);
    const indicatorReplies = messages.filter((m) => m.text.includes("Indikatorer ej i fas"));
    // 400 rows of about 195 characters: the 10,000-character budget of a table, not its 100 rows, splits them.
    expect(indicatorReplies.map((m) => (table(m)?.rows.length ?? 0) - 1)).toEqual([51, 51, 50, 50, 50, 50, 50, 48]);
    expect(indicatorReplies.map((m) => cells(m)?.[0]?.[0])).toEqual(Array(8).fill("Organisation"));
    expect(indicatorReplies[1]?.blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*Indikatorer ej i fas, ej uppnådda eller med risk (2/8)*" },
    });
    const sources = indicatorReplies.flatMap((m) => (cells(m) ?? []).slice(1).map((row) => row[5]));
    expect(sources).toEqual(Array.from({ length: 400 }, (_, i) => `testnamnden-t1-2020.txt:${1000 + i}`));
    // Table cells are raw text: shown as written, nothing to escape.
    expect(cells(indicatorReplies[0])?.[1]?.[1]).toBe(
      "Andel invånare i stadsdelen som uppger att de är nöjda med tjänst nummer 1 <&>",
    );
    expect(limitViolations(messages)).toEqual([]);
  });

  it("cuts the cells of a row too long for a table of its own, instead of breaking the table's limit", () => {
    const columns = Array.from({ length: 8 }, (_, i) => ({ header: `Kolumn ${i + 1}` }));
    const long = Array.from({ length: 8 }, (_, i) => (i === 0 ? "Kort cell" : `${i} ${"lång text ".repeat(300)}`));
    const messages = tableMessages("Tertialdigest", {
      heading: "Indikatorer",
      columns,
      rows: [["före", "a"], long, ["efter", "b"]],
    });
    expect(limitViolations(messages)).toEqual([]);
    const rows = messages.flatMap((m) => (cells(m) ?? []).slice(1));
    expect(rows.map((row) => row[0])).toEqual(["före", "Kort cell", "efter"]);
    const cut = rows[1] ?? [];
    // The short cell stays whole; the seven long ones share what the table has left, each ending in "…".
    expect(cut.slice(1).every((text) => text.endsWith("…") && text.length > 1000)).toBe(true);
    const header = columns.reduce((sum, column) => sum + column.header.length, 0);
    expect(cut.reduce((sum, text) => sum + text.length, 0) + header).toBeLessThanOrEqual(10_000);
    expect(cut[1]?.startsWith("1 lång text lång text")).toBe(true);
  });

  it("keeps a summary of 1,000 organisations within 50 blocks, saying how many lines were left out", () => {
    const db: Db = openDatabase(":memory:");
    saveReports(db, [TEST_2019, TEST_2020]);
    const digest = buildDigest(readDigestInputs(db));
    db.close();
    const [one] = digest.organisations;
    if (one === undefined) throw new Error("the fixture has an organisation");
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...one,
      report: { ...one.report, organisation: `Nämnd ${i + 1}` },
    }));
    const [summary] = digestMessages({ ...digest, organisations: many });
    const sections = summary?.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : [])) ?? [];
    expect(summary?.blocks.length).toBe(50);
    const shown = sections.slice(0, -1).reduce((n, text) => n + text.split("\n").length, 0);
    expect(sections.at(-1)).toBe(`… och ${1000 - shown} organisationer till; välj färre organisationer i digesten.`);
    // 47 sections of 12 lines of about 240 characters, under 3,000 each.
    expect(shown).toBe(47 * 12);
    expect(limitViolations(summary === undefined ? [] : [summary])).toEqual([]);
  });

  it("posts only the summary when there is nothing to detail", () => {
    const messages = messagesFor([]);
    expect(messages).toEqual([
      {
        text: "Tertialdigest: inga rapporter",
        blocks: [
          { type: "header", text: { type: "plain_text", text: "Tertialdigest" } },
          { type: "section", text: { type: "mrkdwn", text: "Det finns inga inlästa rapporter för urvalet." } },
          {
            type: "context",
            elements: [
              {
                type: "mrkdwn",
                text: "Varje organisations senaste rapport jämförs med den förra. Resultat = budgetavvikelsen efter justeringar (positivt är överskott), samma regel som budgetsvaren.",
              },
            ],
          },
        ],
      },
    ]);
  });

  it("the limit check catches a message over Slack's limits", () => {
    const row = Array.from({ length: 21 }, () => ({ type: "raw_text" as const, text: "" }));
    expect(
      limitViolations([
        {
          text: "x".repeat(3001),
          blocks: [
            { type: "table", rows: [row] },
            { type: "table", rows: [] },
          ],
        },
      ]),
    ).toEqual([
      "message 0: fallback text of 3001 characters",
      "message 0: 2 tables",
      "message 0: a row of 21 cells",
      ...Array(21).fill("message 0: a cell of 0 characters"),
    ]);
  });
});

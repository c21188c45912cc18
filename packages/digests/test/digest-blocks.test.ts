import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@tertial/store";
import { buildDigest, readDigestInputs } from "@tertial/engine";
import { digestMessages, SLACK_LIMITS } from "../src/index.ts";
import { numbersRule } from "../../../packages/engine/test/status-rule-fixture.ts";
import { saveReports, TEST_2020, type makeReport } from "./digest-test-setup.ts";

type Spec = Parameters<typeof makeReport>[0];

function bigReport(count: number): Spec {
  const indicators: NonNullable<Spec["indicators"]> = Array.from({ length: count }, (_, i) => [
    "g1.1",
    `Andel invånare i stadsdelen som uppger att de är nöjda med tjänst nummer ${i + 1} <&>`,
    "off-track",
    numbersRule(`${i} %`, "90 %", "higher"),
    1000 + i,
  ]);
  return { ...TEST_2020, indicators };
}

function messagesFor(spec: Spec) {
  const db: Db = openDatabase(":memory:");
  saveReports(db, [spec]);
  const digest = buildDigest(readDigestInputs(db));
  db.close();
  return digestMessages(digest);
}

describe("digestMessages", () => {
  it("fits a small digest in one message: header, organisation, code-block tables", () => {
    const [message, ...rest] = messagesFor(TEST_2020);
    expect(rest).toEqual([]);
    expect(message?.text).toBe("Tertialdigest: Testnämnden T1 2020");
    expect(message?.blocks.slice(0, 4)).toEqual([
      { type: "header", text: { type: "plain_text", text: "Tertialdigest" } },
      { type: "divider" },
      { type: "header", text: { type: "plain_text", text: "Testnämnden – T1 2020" } },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "Källa: testnamnden-t1-2020.txt; ingen tidigare rapport att jämföra med.\n2 indikatorer ej i fas · 1 med risk · 1 mål delvis/ej · 2 aktiviteter med avvikelse",
          },
        ],
      },
    ]);
    expect(message?.blocks[4]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          "*Indikatorer som inte når målet (2)*",
          "```",
          "Indikator      Mål    Status    Regel                              Källa",
          "-------------  -----  --------  ---------------------------------  ---------------------------",
          "Sjukfrånvaro   1.1    ej i fas  prognos 6,5 % &gt; årsmål 5,5 %       testnamnden-t1-2020.txt:206",
          "                                (lägre är bättre)",
          "Nöjda brukare  1.1.1  ej i fas  prognos 72 % &lt; årsmål 80 % (högre  testnamnden-t1-2020.txt:212",
          "                                är bättre)",
          "```",
        ].join("\n"),
      },
    });
  });

  it("splits a digest longer than one message, within Slack's block and section limits, losing no row", () => {
    const messages = messagesFor(bigReport(400));
    expect(messages.length).toBeGreaterThan(1);
    const sections = messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === "section" ? [b.text.text] : []));
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.maxBlocks);
      expect(
        message.blocks.reduce((n, b) => n + (b.type === "section" ? b.text.text.length : 0), 0),
      ).toBeLessThanOrEqual(SLACK_LIMITS.maxMessageChars);
    }
    for (const text of sections) {
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.maxSectionChars);
      expect(text.split("```").length % 2).toBe(1);
    }
    const all = sections.join("\n");
    for (const line of [1000, 1200, 1399]) expect(all).toContain(`testnamnden-t1-2020.txt:${line}`);
    expect(all).toContain("&lt;&amp;&gt;");
    expect(messages.map((m) => m.text)[1]).toBe(`Tertialdigest (2/${messages.length}): Testnämnden T1 2020`);
    expect(messages[1]?.blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: `Tertialdigest forts. (2/${messages.length})` }],
    });
  });
});

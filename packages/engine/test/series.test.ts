import { describe, expect, it } from "vitest";
import { buildSeries, renderText, seriesTitle } from "../src/index.ts";
import { useRealReportsEngine } from "./real-reports-db.ts";

const engine = useRealReportsEngine();

describe("buildSeries on the real reports", () => {
  it("gives a trend one series per organisation and indicator, with the printed figures and their numbers", () => {
    const { answer } = engine.ask("sjukfrånvaro över tid");
    const { series, others } = buildSeries(answer, answer.items);
    expect([
      others.length,
      series.map((one) => [
        seriesTitle(one),
        one.rows.map((row) => [row.label, row.outcome, row.target, `${row.item.source.file}:${row.item.source.line}`]),
      ]),
    ]).toEqual([
      0,
      [
        [
          "Socialnämnden · Sjukfrånvaro",
          [
            [
              "T1 2017",
              { printed: "6,2 %", value: 6.2 },
              { printed: "5,5 %", value: 5.5 },
              "socialnamnden-t1-2017.txt:3908",
            ],
            [
              "T1 2020",
              { printed: "5,4 %", value: 5.4 },
              { printed: "5,5 %", value: 5.5 },
              "socialnamnden-t1-2020.txt:1650",
            ],
          ],
        ],
        [
          "Socialnämnden · Sjukfrånvaro dag 1-14",
          [
            [
              "T1 2017",
              { printed: "1,76 %", value: 1.76 },
              { printed: "1,6 %", value: 1.6 },
              "socialnamnden-t1-2017.txt:3925",
            ],
            [
              "T1 2020",
              { printed: "1,62 %", value: 1.62 },
              { printed: "1,6 %", value: 1.6 },
              "socialnamnden-t1-2020.txt:1652",
            ],
          ],
        ],
        [
          "Norrmalms stadsdelsnämnd · Sjukfrånvaro",
          [
            [
              "T2 2021",
              { printed: "9,7 %", value: 9.7 },
              { printed: "8,5 %", value: 8.5 },
              "norrmalm-t2-2021.txt:1544",
            ],
          ],
        ],
        [
          "Norrmalms stadsdelsnämnd · Sjukfrånvaro dag 1-14",
          [
            [
              "T2 2021",
              { printed: "3,9 %", value: 3.9 },
              { printed: "3,5 %", value: 3.5 },
              "norrmalm-t2-2021.txt:1545",
            ],
          ],
        ],
      ],
    ]);
  });

  it("gives a comparison one series per indicator with the committees as rows, and keeps prose apart", () => {
    const { answer } = engine.ask("compare sick leave between committees in T1 2020");
    const { series, others } = buildSeries(answer, answer.items);
    expect([
      series.map((one) => [seriesTitle(one), one.rows.map((row) => row.label)]),
      others.map((item) => `${item.kind} ${item.source.file}:${item.source.line}`),
    ]).toEqual([
      [
        ["Sjukfrånvaro", ["Socialnämnden T1 2020"]],
        ["Sjukfrånvaro dag 1-14", ["Socialnämnden T1 2020"]],
      ],
      [
        "passage socialnamnden-t1-2020.txt:1468",
        "passage socialnamnden-t1-2020.txt:106",
        "passage socialnamnden-t1-2020.txt:1701",
      ],
    ]);
  });

  it("draws one sparkline per indicator in the text answer instead of mixing two", () => {
    const text = renderText(engine.ask("jämför sjukfrånvaron mellan Norrmalm och socialnämnden").answer);
    expect(text.split("\n").filter((line) => line.startsWith("utfall: ") || line.endsWith(":"))).toEqual([
      "Sjukfrånvaro och Sjukfrånvaro dag 1-14 — jämförelse:",
      "Sjukfrånvaro:",
      "utfall: ▁█",
      "Sjukfrånvaro dag 1-14:",
      "utfall: ▁█",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { Answer } from "../src/index.ts";
import { useRealReportsEngine } from "./real-reports-db.ts";

const engine = useRealReportsEngine();

const cited = (answer: Answer) => answer.items.map((item) => `${item.kind} ${item.source.file}:${item.source.line}`);

describe("money requests over the real reports", () => {
  it("asks for requests: the proposed decision, not the adjustments already granted", () => {
    const { answer } = engine.ask("what budget adjustments does Norrmalm request?");
    expect(answer.lead).toEqual(["1 money request in the proposed decision:"]);
    expect(cited(answer)).toEqual([
      "budget-request norrmalm-t2-2021.txt:16",
      "passage norrmalm-t2-2021.txt:1632",
      "passage norrmalm-t2-2021.txt:1790",
      "passage norrmalm-t2-2021.txt:15",
    ]);
  });

  it("asks for granted adjustments: the table of granted adjustments, each row cited", () => {
    const { answer } = engine.ask("Vilka budgetjusteringar har Norrmalm fått beviljade?");
    const granted = answer.items.filter(
      (item) => item.kind === "budget-line" && item.facts.table === "Beviljade budgetjusteringar",
    );
    expect(granted.map((item) => `${item.name} ${item.source.line}`)).toEqual([
      "klimatekonom 1635",
      "platssamverkan 1636",
      "giffri förskola 1637",
      "aktivitetscenter 1638",
      "sommarkollo 1639",
    ]);
    expect(answer.lead?.[0]).toMatch(
      /^1 begäran om medel i förslaget till beslut, och budgetraderna som frågan gäller \(\d+\):$/,
    );
  });
});

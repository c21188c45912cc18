import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLoadCommand } from "../src/commands/load.ts";
import { reportsCommand } from "../src/commands/reports.ts";
import { makeWorkspace, run } from "./cli-harness.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";

let ws: ReturnType<typeof makeWorkspace>;
beforeEach(() => {
  ws = makeWorkspace();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-05-02T08:30:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  ws.remove();
});

describe("tertial reports", () => {
  it("lists loaded reports by year, kind, organisation with their counts", async () => {
    await writeFakeReport(ws.file("reports/a.txt"), { organisation: "Socialnämnden", kind: "T2", year: 2021 });
    await writeFakeReport(ws.file("reports/b.txt"), {
      organisation: "Norrmalms stadsdelsnämnd",
      kind: "T2",
      year: 2021,
    });
    await writeFakeReport(ws.file("reports/c.txt"), {
      organisation: "Socialnämnden",
      unit: "Enheten för hemlösa",
      year: 2017,
    });
    await run([createLoadCommand({ read: fakeReader })], ["load", "reports", "--db", "t.db"], ws.path);
    const result = await run([reportsCommand], ["reports", "--db", "t.db"], ws.path);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        "Id  Organisation              Unit                 Period   Goals  Indicators  Activities  Budget lines  Loaded at",
        " 3  Socialnämnden             Enheten för hemlösa  T1 2017      5           3           3             4  2024-05-02 08:30",
        " 2  Norrmalms stadsdelsnämnd  —                    T2 2021      5           3           3             4  2024-05-02 08:30",
        " 1  Socialnämnden             —                    T2 2021      5           3           3             4  2024-05-02 08:30",
      ].join("\n"),
    );
  });

  it("prints the list as JSON with --json", async () => {
    await writeFakeReport(ws.file("reports/a.txt"), { organisation: "Socialnämnden" });
    await run([createLoadCommand({ read: fakeReader })], ["load", "reports", "--db", "t.db"], ws.path);
    const result = await run([reportsCommand], ["reports", "--json", "--db", "t.db"], ws.path);
    const [report] = JSON.parse(result.out) as { organisation: string; loadedAt: string; counts: object }[];
    expect([report?.organisation, report?.loadedAt, report?.counts]).toEqual([
      "Socialnämnden",
      "2024-05-02T08:30:00.000Z",
      { goals: 5, indicators: 3, activities: 3, budgetLines: 4, budgetRequests: 1 },
    ]);
  });

  it("says how to load when the database is empty", async () => {
    const { openDatabase } = await import("@tertial/store");
    openDatabase(ws.file("t.db")).close();
    expect(await run([reportsCommand], ["reports", "--db", "t.db"], ws.path)).toEqual({
      code: 0,
      err: "",
      out: "No reports in t.db. Load them with: npm run -s tertial -- load data/reports",
    });
  });

  it("says to load first when there is no database", async () => {
    const result = await run([reportsCommand], ["reports", "--db", "none.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^tertial reports: no database at .*none\.db\. Load the reports first/);
  });
});

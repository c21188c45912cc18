import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findIndicators, listReports, openDatabase, readReport, saveReport, searchText } from "../src/index.ts";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const files = readdirSync(reportsDir).filter((name) => name.endsWith(".txt")).sort();

describe("the real reports", () => {
  it.each(files)("%s: parse → save → read back deep-equals, and a second save changes nothing", async (name) => {
    const { readReportFile } = await import("@tertial/parser");
    const parsed = await readReportFile(join(reportsDir, name));
    const db = openDatabase(":memory:");
    const { reportId } = saveReport(db, parsed);
    expect(readReport(db, reportId)).toEqual(parsed);
    expect(JSON.stringify(readReport(db, reportId))).toBe(JSON.stringify(parsed));
    expect(saveReport(db, parsed)).toEqual({ outcome: "unchanged", reportId });
    expect(listReports(db)[0]?.counts.indicators).toBe(parsed.indicators.length);
    expect(findIndicators(db, {})).toHaveLength(parsed.indicators.length);
    const first = parsed.indicators[0];
    // A goal may share an indicator's words; the indicator must still be among the first hits.
    const hits = searchText(db, first?.name ?? "", 5);
    expect(hits.some((hit) => hit.kind === "indicator" && hit.name === first?.name)).toBe(true);
    db.close();
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, readPassages, saveReport, searchPassages } from "../src/index.ts";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");

describe("passages on the real reports", () => {
  it("stores every paragraph with its heading and lines, and finds them by bm25 within the asked reports", async () => {
    const { readReportFile } = await import("@tertial/parser");
    const db = openDatabase(":memory:");
    const s20 = saveReport(db, await readReportFile(join(reportsDir, "socialnamnden-t1-2020.txt"))).reportId;
    const n21 = saveReport(db, await readReportFile(join(reportsDir, "norrmalm-t2-2021.txt"))).reportId;
    const stored = readPassages(db, n21);
    // The section on sick leave that the indicator's own analysis row does not hold.
    const sickLeave = stored.find((p) => p.heading === "Sjukfrånvaro");
    expect(sickLeave?.source).toEqual({ file: "norrmalm-t2-2021.txt", line: 1502 });
    expect(sickLeave?.text.startsWith("Pandemin fortsätter att ha stor påverkan på sjukfrånvaron.")).toBe(true);
    // Diacritics fold ("sjukfranvaro" finds "sjukfrånvaro"); a prefix term finds inflected forms.
    const hits = searchPassages(db, ["sjukfranvaro*"], { reportIds: [n21], limit: 3 });
    expect(hits.length).toBe(3);
    expect(hits.every((hit) => hit.reportId === n21 && /sjukfrånvaro/i.test(`${hit.heading} ${hit.text}`))).toBe(true);
    expect(hits.map((hit) => hit.source.line)).toContain(1502);
    // Limited to one report, nothing of another is returned; across both, both may answer.
    expect(searchPassages(db, ["hemlös*"], { reportIds: [s20], limit: 50 }).every((hit) => hit.reportId === s20)).toBe(
      true,
    );
    const both = new Set(searchPassages(db, ["ekonomiskt", "bistånd"], { limit: 50 }).map((hit) => hit.reportId));
    expect([...both].sort()).toEqual([s20, n21].sort());
    // Per report: each report's best, exactly what searching each report alone gives, by report id.
    const alone = [s20, n21]
      .sort((a, b) => a - b)
      .flatMap((id) => searchPassages(db, ["ekonomiskt", "bistånd*"], { reportIds: [id], limit: 4 }));
    expect(alone).toHaveLength(8);
    expect(
      searchPassages(db, ["ekonomiskt", "bistånd*"], { reportIds: [n21, s20], limit: 4, perReport: true }),
    ).toEqual(alone);
    // Words FTS5 reads as operators are searched as words.
    expect(searchPassages(db, ["AND", "NEAR", '"'], { limit: 5 })).toEqual([]);
    db.close();
  });
});

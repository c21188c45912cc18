import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedReport, Source } from "@tertial/domain";
import { makeTempDir } from "./temp-dir.ts";
import {
  type Db,
  findActivities,
  findGoals,
  findIndicators,
  listReports,
  MIGRATIONS,
  openDatabase,
  readReport,
  saveReport,
  searchText,
  tallyReports,
} from "@tertial/store";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const files = readdirSync(reportsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort();

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

/** An in-memory database with every file of data/reports saved, and their report ids in file order. */
async function openWithEveryReport(): Promise<{ db: Db; ids: number[] }> {
  const { readReportFile } = await import("@tertial/parser");
  const db = openDatabase(":memory:");
  const ids: number[] = [];
  for (const name of files) ids.push(saveReport(db, await readReportFile(join(reportsDir, name))).reportId);
  return { db, ids };
}

describe("tallyReports", () => {
  it("counts statuses, assessments and deviating activities as the find queries list them, per report in the order asked", async () => {
    const { db, ids } = await openWithEveryReport();
    const asked = [...ids].reverse();
    const tallies = tallyReports(db, [...asked, asked[0] ?? 0, 999]);
    expect(tallies.map((tally) => tally.reportId)).toEqual([...asked, 999]);
    for (const tally of tallies.slice(0, -1)) {
      const byStatus: Record<string, number> = {
        met: 0,
        "on-track": 0,
        "at-risk": 0,
        "off-track": 0,
        missed: 0,
        unknown: 0,
      };
      for (const row of findIndicators(db, { reportIds: [tally.reportId] }))
        byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
      const byAssessment: Record<string, number> = { helt: 0, delvis: 0, ej: 0, "none-given": 0 };
      for (const row of findGoals(db, { reportIds: [tally.reportId] }))
        byAssessment[row.assessment] = (byAssessment[row.assessment] ?? 0) + 1;
      expect(tally).toEqual({
        reportId: tally.reportId,
        indicators: byStatus,
        goals: byAssessment,
        deviatingActivities: findActivities(db, { reportIds: [tally.reportId], deviatingOnly: true }).length,
      });
    }
    const socialnamnden2020 = tallies.find(
      (tally) => readReport(db, tally.reportId).sourceFile === "socialnamnden-t1-2020.txt",
    );
    expect(socialnamnden2020).toEqual({
      reportId: socialnamnden2020?.reportId,
      indicators: { met: 1, "on-track": 14, "at-risk": 4, "off-track": 3, missed: 1, unknown: 21 },
      goals: { helt: 28, delvis: 0, ej: 0, "none-given": 4 },
      deviatingActivities: 17,
    });
    expect(tallies.at(-1)).toEqual({
      reportId: 999,
      indicators: { met: 0, "on-track": 0, "at-risk": 0, "off-track": 0, missed: 0, unknown: 0 },
      goals: { helt: 0, delvis: 0, ej: 0, "none-given": 0 },
      deviatingActivities: 0,
    });
    db.close();
  });
});

/** Drops what migration 009 added (the end lines of sources). */
function undoMigration009(db: Db): void {
  for (const table of ["indicator", "activity", "budget_line"])
    db.exec(`ALTER TABLE ${table} DROP COLUMN source_end_line`);
}

/** The report as a database from before 009 reads it: every source its first line only. */
function withoutEndLines(report: ParsedReport): ParsedReport {
  const strip = <T extends { source: Source }>(item: T): T => ({
    ...item,
    source: { file: item.source.file, line: item.source.line },
  });
  return {
    ...report,
    indicators: report.indicators.map(strip),
    activities: report.activities.map(strip),
    budgetLines: report.budgetLines.map(strip),
  };
}

describe("a database written before migration 008 (the status rule as Swedish prose)", () => {
  it("gets the rule a fresh load gives for every stored indicator, and the status that rule explains", async () => {
    const { readReportFile } = await import("@tertial/parser");
    const dir = makeTempDir();
    try {
      const path = dir.file("v7.db");
      const db = openDatabase(path);
      const ids: number[] = [];
      for (const name of files) ids.push(saveReport(db, await readReportFile(join(reportsDir, name))).reportId);
      // Before 009 a source has no endLine: the rows cite their first line.
      const expected = ids.map((id) => withoutEndLines(readReport(db, id)));
      undoMigration009(db);
      // As tertial wrote it before 008: the rule as prose (which 008 cannot read back), and one status
      // an older rule decided differently (N21:1544, on track by its forecast).
      db.exec(
        "ALTER TABLE indicator ADD COLUMN status_reason TEXT NOT NULL DEFAULT 'prognos 8,5 % = årsmål 8,5 % (lägre är bättre)'",
      );
      db.exec("ALTER TABLE indicator DROP COLUMN status_rule");
      // Undo 010 too (digest_delivery.parts).
      db.exec("ALTER TABLE digest_delivery DROP COLUMN parts");
      const stale = db.prepare(
        "UPDATE indicator SET status = 'off-track' WHERE source_file = 'norrmalm-t2-2021.txt' AND source_line = 1544",
      );
      expect(stale.run().changes).toBe(1);
      db.pragma("user_version = 7");
      db.close();

      const upgraded = openDatabase(path);
      expect(upgraded.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
      expect(ids.map((id) => readReport(upgraded, id))).toEqual(expected);
      expect(
        upgraded.prepare("SELECT count(*) AS n FROM pragma_table_info('indicator') WHERE name = 'status_reason'").get(),
      ).toEqual({ n: 0 });
      upgraded.close();
    } finally {
      dir.remove();
    }
  });

  it("also from schema 4, before 005 reworded the prose by direction", async () => {
    const { readReportFile } = await import("@tertial/parser");
    const dir = makeTempDir();
    try {
      const path = dir.file("v4.db");
      const db = openDatabase(path);
      const { reportId } = saveReport(db, await readReportFile(join(reportsDir, "norrmalm-t2-2021.txt")));
      const expected = withoutEndLines(readReport(db, reportId)).indicators;
      undoMigration009(db);
      db.exec(
        "ALTER TABLE indicator ADD COLUMN status_reason TEXT NOT NULL DEFAULT 'prognos 8,5 % = årsmål 8,5 % (lägre är bättre); periodens utfall 9,7 % ligger ännu under målet'",
      );
      db.exec("ALTER TABLE indicator DROP COLUMN status_rule");
      // Undo the later migrations too (006 added the passages, 007 report.content_bytes and digest_delivery.owner_pid,
      // 010 digest_delivery.parts).
      db.exec("ALTER TABLE digest_delivery DROP COLUMN parts");
      db.exec("DROP TABLE passage; DROP TABLE passage_search;");
      db.exec("ALTER TABLE report DROP COLUMN content_bytes");
      db.exec("ALTER TABLE digest_delivery DROP COLUMN owner_pid");
      db.pragma("user_version = 4");
      db.close();
      const upgraded = openDatabase(path);
      expect(upgraded.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
      expect(readReport(upgraded, reportId).indicators).toEqual(expected);
      upgraded.close();
    } finally {
      dir.remove();
    }
  });
});

describe("searchText within reports", () => {
  it("finds the same entries, in the same order, whether it searches report by report or all at once, and only in those reports", async () => {
    const { db, ids } = await openWithEveryReport();
    const [s17, s20, norrmalm] = [ids[1] ?? 0, ids[2] ?? 0, ids[0] ?? 0];
    // Up to eight reports are searched one by one; nine ids (six not loaded) take the single query.
    const few = searchText(db, "hedersrelaterat våld", 40, { reportIds: [s20, norrmalm], prefixFrom: 6 });
    const many = searchText(db, "hedersrelaterat våld", 40, {
      reportIds: [s20, norrmalm, 901, 902, 903, 904, 905, 906, 907],
      prefixFrom: 6,
    });
    expect(few.length).toBeGreaterThan(20);
    expect(many).toEqual(few);
    expect(new Set(few.map((hit) => hit.reportId))).toEqual(new Set([s20, norrmalm]));
    expect(searchText(db, "hedersrelaterat våld", 40, { reportIds: [s17] })).toEqual(
      searchText(db, "hedersrelaterat våld", 40, { reportIds: [s17, 999, 998, 997, 996, 995, 994, 993, 992] }),
    );
    // A short word is a whole word with prefixFrom: "våld" no longer finds "valda" or "valde".
    const whole = searchText(db, "vald", 500, { reportIds: [s20], prefixFrom: 6 }).length;
    const prefix = searchText(db, "vald", 500, { reportIds: [s20] }).length;
    expect(whole).toBeLessThan(prefix);
    db.close();
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
} from "../src/index.ts";

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
      indicators: { met: 1, "on-track": 13, "at-risk": 5, "off-track": 2, missed: 1, unknown: 22 },
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

describe("migration 005", () => {
  it("rewords 'ligger ännu under målet' in stored rules by direction and leaves the rest as they were", async () => {
    const { readReportFile } = await import("@tertial/parser");
    const dir = makeTempDir();
    try {
      const path = dir.file("v4.db");
      const db = openDatabase(path);
      saveReport(db, await readReportFile(join(reportsDir, "norrmalm-t2-2021.txt")));
      const reasons = () =>
        db
          .prepare(
            "SELECT source_line AS line, direction, status_reason AS reason FROM indicator WHERE status_reason LIKE '%ligger ännu%' ORDER BY source_line",
          )
          .all();
      const current = reasons() as { line: number; direction: string; reason: string }[];
      expect(
        current.map(({ line, direction, reason }) => `${line} ${direction} ${reason.replace(/^.*; /, "")}`),
      ).toEqual([
        "226 lower periodens utfall 0,55 % ligger ännu över målet",
        "232 higher periodens utfall 4 st ligger ännu under målet",
        "241 higher periodens utfall 54 ligger ännu under målet",
        "242 higher periodens utfall 10 ligger ännu under målet",
        "556 lower periodens utfall 5 st ligger ännu över målet",
        "743 lower periodens utfall 23,4 % ligger ännu över målet",
        "1096 higher periodens utfall 59 % ligger ännu under målet",
        "1544 lower periodens utfall 9,7 % ligger ännu över målet",
        "1545 lower periodens utfall 3,9 % ligger ännu över målet",
      ]);
      // As a database written before the parser worded it by direction.
      db.exec(
        "UPDATE indicator SET status_reason = replace(status_reason, 'ligger ännu över målet', 'ligger ännu under målet')",
      );
      // Undo the later migrations too (007 added report.content_bytes and digest_delivery.owner_pid).
      db.exec("ALTER TABLE report DROP COLUMN content_bytes; ALTER TABLE digest_delivery DROP COLUMN owner_pid");
      db.pragma("user_version = 4");
      db.close();
      const upgraded = openDatabase(path);
      expect(
        upgraded
          .prepare(
            "SELECT source_line AS line, direction, status_reason AS reason FROM indicator WHERE status_reason LIKE '%ligger ännu%' ORDER BY source_line",
          )
          .all(),
      ).toEqual(current);
      expect(upgraded.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
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

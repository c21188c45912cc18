import Database from "better-sqlite3";
import type { ParsedReport } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, openDatabase, readReport, saveReport } from "../src/index.ts";
import { makeReport } from "./fixture-report.ts";
import { makeTempDir } from "./temp-dir.ts";

/** The fixture with its first indicator, activity and budget cell printed over several lines. */
function spanningReport(): ParsedReport {
  const report = makeReport();
  const [indicator, ...indicators] = report.indicators;
  const [activity, ...activities] = report.activities;
  const [cell, ...cells] = report.budgetLines;
  if (!indicator || !activity || !cell) throw new Error("fixture without indicator, activity or budget line");
  const span = <T extends { source: { file: string; line: number } }>(item: T, more: number): T => ({
    ...item,
    source: { ...item.source, endLine: item.source.line + more },
  });
  return {
    ...report,
    indicators: [span(indicator, 3), ...indicators],
    activities: [span(activity, 2), ...activities],
    budgetLines: [span(cell, 1), ...cells],
  };
}

describe("source end lines (migration 009)", () => {
  it("are stored and read back; a one-line fact has none", () => {
    const db = openDatabase(":memory:");
    const report = spanningReport();
    const { reportId } = saveReport(db, report);
    const read = readReport(db, reportId);
    expect(read.indicators.map((i) => i.source)).toEqual(report.indicators.map((i) => i.source));
    expect(read.activities.map((a) => a.source)).toEqual(report.activities.map((a) => a.source));
    expect(read.budgetLines.map((b) => b.source)).toEqual(report.budgetLines.map((b) => b.source));
    expect(read.indicators[0]?.source.endLine).toBe((read.indicators[0]?.source.line ?? 0) + 3);
    expect(read.indicators.slice(1).every((i) => !("endLine" in i.source))).toBe(true);
    db.close();
  });

  it("are NULL in a database loaded before them, so its rows cite their first line as before", () => {
    const dir = makeTempDir();
    try {
      const path = dir.file("v8.db");
      const raw = new Database(path);
      for (const migration of MIGRATIONS.slice(0, 8)) raw.exec(migration.sql);
      raw.pragma("user_version = 8");
      raw.close();
      const current = openDatabase(dir.file("current.db"));
      const { reportId } = saveReport(current, spanningReport());
      current.close();
      const old = new Database(path);
      old.exec(`ATTACH '${dir.file("current.db")}' AS current`);
      for (const table of ["organisation", "report", "goal", "indicator", "activity", "budget_line"]) {
        const columns = old
          .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}', 'main')`)
          .all()
          .map((column) => column.name);
        expect(columns).not.toContain("source_end_line");
        old.exec(
          `INSERT INTO main.${table} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM current.${table}`,
        );
      }
      old.close();
      const upgraded = openDatabase(path);
      expect(upgraded.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
      for (const table of ["indicator", "activity", "budget_line"]) {
        expect(upgraded.prepare(`SELECT count(*) AS n FROM ${table} WHERE source_end_line IS NOT NULL`).get()).toEqual({
          n: 0,
        });
      }
      const read = readReport(upgraded, reportId);
      const sources = [...read.indicators, ...read.activities, ...read.budgetLines].map((item) => item.source);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((source) => !("endLine" in source))).toBe(true);
      expect(read.indicators[0]?.source).toEqual({
        file: spanningReport().sourceFile,
        line: spanningReport().indicators[0]?.source.line,
      });
      upgraded.close();
    } finally {
      dir.remove();
    }
  });
});

import Database from "better-sqlite3";
import type { GoalId } from "@tertial/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, deleteReport, MIGRATIONS, openDatabase, readCatalogue, saveReport } from "../src/index.ts";
import { makeReport } from "./fixture-report.ts";
import { makeTempDir } from "./temp-dir.ts";

/** The catalogue as the rows themselves say it: what catalogue_name must always equal. */
function fromRows(db: Db) {
  const names = (sql: string) =>
    db
      .prepare<[], { name: string }>(sql)
      .all()
      .map((row) => row.name);
  return {
    indicatorNames: names("SELECT DISTINCT name FROM indicator ORDER BY name"),
    goalTitles: db
      .prepare<[], { code: string | null; title: string }>("SELECT DISTINCT code, title FROM goal ORDER BY title, code")
      .all(),
    activityTitles: names("SELECT DISTINCT title AS name FROM activity ORDER BY title"),
    budgetRows: names("SELECT DISTINCT row_label AS name FROM budget_line ORDER BY row_label"),
  };
}

function catalogued(db: Db) {
  const { indicatorNames, goalTitles, activityTitles, budgetRows } = readCatalogue(db);
  return { indicatorNames, goalTitles, activityTitles, budgetRows };
}

const renamed = () => {
  const base = makeReport();
  return makeReport({
    sourceFile: "other.txt",
    checksum: "c".repeat(64),
    year: 2021,
    indicators: base.indicators.map((item, i) => (i === 0 ? { ...item, name: "Nöjda brukare" } : item)),
    goals: base.goals.map((goal, i) => (i === 1 ? { ...goal, code: null } : goal)),
    activities: [
      ...base.activities,
      { ...(base.activities[0] ?? expect.unreachable()), title: "Öppna ett nytt kontor", goalId: "g1" as GoalId },
    ],
    budgetLines: base.budgetLines.slice(1),
  });
};

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
});
afterEach(() => db.close());

describe("catalogue_name", () => {
  it("holds each distinct name once, sorted as the rows would sort them, through adds, replaces and deletes", () => {
    const first = saveReport(db, makeReport());
    expect(catalogued(db)).toEqual(fromRows(db));
    expect(catalogued(db).indicatorNames).toEqual([
      "Andel vuxna med ekonomiskt bistånd",
      "Klimatpåverkan från livsmedel",
      "Sjukfrånvaro",
    ]);
    const second = saveReport(db, renamed());
    expect(catalogued(db)).toEqual(fromRows(db));
    expect(catalogued(db).goalTitles.filter((goal) => goal.code === null)).toHaveLength(2);
    saveReport(db, makeReport({ checksum: "d".repeat(64), indicators: makeReport().indicators.slice(0, 1) }), {
      replace: true,
    });
    expect(catalogued(db)).toEqual(fromRows(db));
    db.transaction(() => deleteReport(db, second.reportId))();
    expect(catalogued(db)).toEqual(fromRows(db));
    db.transaction(() => deleteReport(db, first.reportId))();
    expect(catalogued(db)).toEqual({ indicatorNames: [], goalTitles: [], activityTitles: [], budgetRows: [] });
    expect(db.prepare("SELECT count(*) AS n FROM catalogue_name").get()).toEqual({ n: 0 });
  });

  it("is filled from the rows already stored when a database from before it is opened", () => {
    const dir = makeTempDir();
    try {
      const path = dir.file("v3.db");
      const raw = new Database(path);
      for (const migration of MIGRATIONS.slice(0, 3)) raw.exec(migration.sql);
      raw.pragma("user_version = 3");
      raw.close();
      const current = openDatabase(dir.file("current.db"));
      saveReport(current, makeReport());
      saveReport(current, renamed());
      const expected = catalogued(current);
      current.close();
      const old = new Database(path);
      old.exec(`ATTACH '${dir.file("current.db")}' AS current`);
      for (const table of ["organisation", "report", "goal", "indicator", "activity", "budget_line"]) {
        // Only the columns the old schema has (later migrations add some); one a later migration
        // dropped (indicator.status_reason, 008) gets a text of its own.
        const names = (schema: string) =>
          old
            .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}', '${schema}')`)
            .all()
            .map((column) => column.name);
        const kept = new Set(names("current"));
        const columns = names("main");
        const values = columns.map((name) => (kept.has(name) ? name : "'prognos 6,5 % > årsmål 5,5 %'"));
        old.exec(`INSERT INTO main.${table} (${columns.join(", ")}) SELECT ${values.join(", ")} FROM current.${table}`);
      }
      old.close();
      const upgraded = openDatabase(path);
      expect(upgraded.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
      expect(catalogued(upgraded)).toEqual(expected);
      expect(
        upgraded
          .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('indicator_name', 'goal_code', 'goal_title', 'budget_line_row', 'activity_title')",
          )
          .all(),
      ).toEqual([]);
      upgraded.close();
    } finally {
      dir.remove();
    }
  });
});

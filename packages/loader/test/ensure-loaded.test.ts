import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listReports, openDatabase, StoreError } from "@tertial/store";
import { ensureLoaded } from "../src/index.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";
import { makeTempDir } from "./temp-dir.ts";

let dir: ReturnType<typeof makeTempDir>;
let options: { dbPath: string; reportsDir: string; read: typeof fakeReader };
beforeEach(async () => {
  dir = makeTempDir();
  mkdirSync(dir.file("reports"));
  await writeFakeReport(dir.file("reports/a.txt"), { organisation: "Socialnämnden" });
  options = { dbPath: dir.file("data/tertial.db"), reportsDir: dir.file("reports"), read: fakeReader };
});
afterEach(() => dir.remove());

function reportCount(): number {
  const db = openDatabase(options.dbPath, { readonly: true });
  const n = listReports(db).length;
  db.close();
  return n;
}

describe("ensureLoaded", () => {
  it("loads the folder when the database is missing", async () => {
    const summary = await ensureLoaded(options);
    expect(summary?.added).toBe(1);
    expect(existsSync(options.dbPath)).toBe(true);
    expect(reportCount()).toBe(1);
  });

  it("never loads into an existing database, however old or empty: its bytes stay as they were", async () => {
    await ensureLoaded(options);
    await writeFakeReport(dir.file("reports/b.txt"), { organisation: "Norrmalms stadsdelsnämnd" });
    const past = new Date("2001-01-01T00:00:00Z");
    utimesSync(options.dbPath, past, past);
    const bytes = readFileSync(options.dbPath);
    expect(await ensureLoaded(options)).toBeNull();
    expect(readFileSync(options.dbPath).equals(bytes)).toBe(true);
    expect(statSync(options.dbPath).mtime).toEqual(past);
    expect(reportCount()).toBe(1);
    const empty = dir.file("empty.db");
    openDatabase(empty).close();
    expect(await ensureLoaded({ ...options, dbPath: empty })).toBeNull();
    expect(readdirSync(dir.file("data")).filter((name) => name.includes(".loading-"))).toEqual([]);
  });

  it("leaves no database behind when the first load stops half-way", async () => {
    let calls = 0;
    const failing: typeof fakeReader = async (path, identity) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error("disk gone"), { code: "SQLITE_IOERR" });
      return fakeReader(path, identity);
    };
    await writeFakeReport(dir.file("reports/b.txt"), { organisation: "Norrmalms stadsdelsnämnd" });
    const summary = await ensureLoaded({ ...options, read: failing });
    expect([summary?.added, summary?.failed]).toEqual([1, 1]);
    expect(existsSync(options.dbPath)).toBe(true);
    const crashing: typeof fakeReader = () => Promise.resolve(null as never);
    await expect(ensureLoaded({ ...options, dbPath: dir.file("data/crash.db"), read: crashing })).rejects.toThrow();
    expect(readdirSync(dir.file("data")).filter((name) => !name.startsWith("tertial.db"))).toEqual([]);
  });

  it("says what to do when there is neither a database nor a reports folder", async () => {
    await expect(ensureLoaded({ ...options, reportsDir: dir.file("none") })).rejects.toThrowError(StoreError);
    await expect(ensureLoaded({ ...options, reportsDir: dir.file("none") })).rejects.toThrowError(
      /^no database at .*tertial\.db and no reports folder at .*none\. Put the report \.txt files there/,
    );
  });

  it("keeps an existing database when the reports folder is gone", async () => {
    await ensureLoaded(options);
    expect(await ensureLoaded({ ...options, reportsDir: dir.file("none") })).toBeNull();
  });
});

import { existsSync, mkdirSync, utimesSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureLoaded, listReports, openDatabase, StoreError } from "../src/index.ts";
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

  it("does nothing when the database is newer than every report", async () => {
    await ensureLoaded(options);
    expect(await ensureLoaded(options)).toBeNull();
  });

  it("loads again when a report file is newer than the database", async () => {
    await ensureLoaded(options);
    await writeFakeReport(dir.file("reports/b.txt"), { organisation: "Norrmalms stadsdelsnämnd" });
    const future = new Date(Date.now() + 60_000);
    utimesSync(dir.file("reports/b.txt"), future, future);
    const summary = await ensureLoaded(options);
    expect([summary?.added, summary?.unchanged]).toEqual([1, 1]);
    expect(reportCount()).toBe(2);
  });

  it("loads when another program created the database but loaded nothing", async () => {
    openDatabase(options.dbPath).close();
    expect((await ensureLoaded(options))?.added).toBe(1);
  });

  it("says what to do when there is neither a database nor a reports folder", async () => {
    await expect(ensureLoaded({ ...options, reportsDir: dir.file("none") })).rejects.toThrowError(StoreError);
    await expect(ensureLoaded({ ...options, reportsDir: dir.file("none") })).rejects.toThrowError(
      /no reports folder at .*none\. Put the report \.txt files there/,
    );
  });

  it("keeps an existing database when the reports folder is gone", async () => {
    await ensureLoaded(options);
    expect(await ensureLoaded({ ...options, reportsDir: dir.file("none") })).toBeNull();
  });
});

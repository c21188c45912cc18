import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, listReports, openDatabase, StoreError } from "@tertial/store";
import { type LoadEvent, loadPaths } from "../src/index.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";
import { makeTempDir } from "./temp-dir.ts";

let dir: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(async () => {
  dir = makeTempDir();
  mkdirSync(dir.file("reports"));
  await writeFakeReport(dir.file("reports/a.txt"), { organisation: "Socialnämnden" });
  await writeFakeReport(dir.file("reports/b.txt"), {
    organisation: "Norrmalms stadsdelsnämnd",
    kind: "T2",
    year: 2021,
  });
  db = openDatabase(dir.file("t.db"));
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe("loadPaths", () => {
  it("loads a folder's .txt files in name order and sums what it read", async () => {
    writeFileSync(dir.file("reports/README.md"), "# not a report");
    const summary = await loadPaths(db, [dir.file("reports")], { read: fakeReader });
    expect([summary.added, summary.unchanged, summary.replaced, summary.failed]).toEqual([2, 0, 0, 0]);
    expect(summary.files.map((f) => [f.path.slice(dir.path.length), f.outcome])).toEqual([
      ["/reports/a.txt", "added"],
      ["/reports/b.txt", "added"],
    ]);
    expect(summary.counts).toEqual({ goals: 10, indicators: 6, activities: 6, budgetLines: 8, budgetRequests: 2 });
    expect(summary.warnings).toEqual([
      { file: "a.txt", line: 756, message: "column alignment inferred" },
      { file: "b.txt", line: 756, message: "column alignment inferred" },
    ]);
    expect(summary.bytes).toBeGreaterThan(0);
    expect(listReports(db).map((r) => r.organisation)).toEqual(["Socialnämnden", "Norrmalms stadsdelsnämnd"]);
  });

  it("reports unchanged the second time and replaced after an edit", async () => {
    await loadPaths(db, [dir.file("reports")], { read: fakeReader });
    const again = await loadPaths(db, [dir.file("reports")], { read: fakeReader });
    expect([again.added, again.unchanged, again.replaced]).toEqual([0, 2, 0]);
    await writeFakeReport(dir.file("reports/a.txt"), { organisation: "Socialnämnden", date: "2020-06-01" });
    const edited = await loadPaths(db, [dir.file("reports")], { read: fakeReader });
    expect([edited.added, edited.unchanged, edited.replaced]).toEqual([0, 1, 1]);
    expect(listReports(db)).toHaveLength(2);
  });

  it("counts a non-report file as failed with its file:line message, and still loads the others", async () => {
    writeFileSync(dir.file("reports/0-notes.txt"), "shopping list\n");
    const summary = await loadPaths(db, [dir.file("reports")], { read: fakeReader });
    expect([summary.added, summary.failed]).toEqual([2, 1]);
    expect(summary.files[0]).toMatchObject({
      outcome: "failed",
      reportId: null,
      error: "could not parse 0-notes.txt:\n  0-notes.txt:1 no report title found",
    });
    expect(listReports(db)).toHaveLength(2);
  });

  it("counts an unreadable file as failed and says what to do", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
    const summary = await loadPaths(db, [dir.file("reports/a.txt")], { read: () => Promise.reject(denied) });
    expect(summary.files[0]?.error).toBe("permission denied. Make the file readable and load it again.");
    expect(summary.failed).toBe(1);
  });

  it("applies an identity override to the files given", async () => {
    await loadPaths(db, [dir.file("reports/a.txt")], {
      read: fakeReader,
      identity: { organisation: "Enheten", kind: "VB", year: 2019 },
    });
    expect(listReports(db).map((r) => `${r.organisation} ${r.kind} ${r.year}`)).toEqual(["Enheten VB 2019"]);
  });

  it("refuses a missing path before loading anything", async () => {
    await expect(loadPaths(db, [dir.file("reports"), dir.file("nope")], { read: fakeReader })).rejects.toThrowError(
      StoreError,
    );
    await expect(loadPaths(db, [dir.file("nope")], { read: fakeReader })).rejects.toThrowError(
      /no such file or folder: .*nope\. Check the path; nothing was loaded\./,
    );
    expect(listReports(db)).toEqual([]);
  });

  it("stops with a StoreError when the disk is full, keeping the reports committed before", async () => {
    await loadPaths(db, [dir.file("reports/a.txt")], { read: fakeReader });
    db.pragma(`max_page_count = ${Number(db.pragma("page_count", { simple: true }))}`);
    await writeFakeReport(dir.file("reports/b.txt"), {
      organisation: "Norrmalms stadsdelsnämnd",
      goals: [],
      indicators: [],
      activities: [],
      budgetLines: [
        {
          table: "T",
          group: null,
          rowLabel: "x".repeat(9000),
          column: "c",
          raw: "1",
          amount: 1,
          unit: "mnkr",
          source: { file: "b.txt", line: 1 },
        },
      ],
    });
    await expect(loadPaths(db, [dir.file("reports")], { read: fakeReader })).rejects.toThrowError(
      /is full; nothing was written/,
    );
    expect(listReports(db).map((r) => r.organisation)).toEqual(["Socialnämnden"]);
  });

  it("tells its progress: start, then file and loaded per report", async () => {
    const events: string[] = [];
    const record = (e: LoadEvent) =>
      events.push(
        e.type === "start"
          ? `start ${e.total}`
          : e.type === "file"
            ? `file ${e.index}`
            : `loaded ${e.index} ${e.file.outcome}`,
      );
    await loadPaths(db, [dir.file("reports")], { read: fakeReader, onProgress: record });
    expect(events).toEqual(["start 2", "file 0", "loaded 0 added", "file 1", "loaded 1 added"]);
  });

  it("reads only regular files: reports each special file, bad symlink and .TXT name on one line, and loads the rest", async () => {
    execFileSync("mkfifo", [dir.file("reports/c-fifo.txt")]);
    symlinkSync("/dev/zero", dir.file("reports/d-zero.txt"));
    symlinkSync(dir.file("reports/gone.txt"), dir.file("reports/e-dangling.txt"));
    symlinkSync(dir.file("reports/f-loop.txt"), dir.file("reports/f-loop.txt"));
    writeFileSync(dir.file("reports/G-UPPER.TXT"), "{}");
    mkdirSync(dir.file("reports/h-folder.txt"));
    await writeFakeReport(dir.file("reports/i-big.txt"), { organisation: "Kulturnämnden", year: 2019 });
    const started = Date.now();
    const summary = await loadPaths(db, [dir.file("reports")], { read: fakeReader, maxBytes: 2000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(summary.files.map((f) => `${f.path.slice(dir.path.length + 9)} ${f.outcome}: ${f.error}`)).toEqual([
      "G-UPPER.TXT failed: the name does not end in .txt (lower case); rename it to load it.",
      "a.txt added: null",
      "b.txt added: null",
      "c-fifo.txt failed: is not a regular file (a named pipe); only report text files are loaded.",
      "d-zero.txt failed: is not a regular file (a character device); only report text files are loaded.",
      "e-dangling.txt failed: a symlink to nothing (its target is missing); fix or remove the link.",
      "f-loop.txt failed: a symlink loop; fix or remove the link.",
      "i-big.txt added: null",
    ]);
    const big = await loadPaths(db, [dir.file("reports/i-big.txt")], { read: fakeReader, maxBytes: 10 });
    expect(big.files[0]?.error).toMatch(/^is 0\.0 MB, over the 0\.0 MB limit for one report; check the file/);
    expect(listReports(db)).toHaveLength(3);
  });

  it("fails a FIFO or a link to /dev/zero named on the command line at once, without opening it", async () => {
    execFileSync("mkfifo", [dir.file("fifo.txt")]);
    symlinkSync("/dev/zero", dir.file("zero.txt"));
    const started = Date.now();
    const summary = await loadPaths(db, [dir.file("fifo.txt"), dir.file("zero.txt")], { read: fakeReader });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(summary.files.map((f) => f.error)).toEqual([
      "is not a regular file (a named pipe); only report text files are loaded.",
      "is not a regular file (a character device); only report text files are loaded.",
    ]);
    expect(summary.failed).toBe(2);
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type Db, listReports, openDatabase } from "@tertial/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLoadCommand } from "../src/commands/load.ts";
import { makeWorkspace, run } from "./cli-harness.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";

let ws: ReturnType<typeof makeWorkspace>;
const load = createLoadCommand({ read: fakeReader });
beforeEach(async () => {
  ws = makeWorkspace();
  await writeFakeReport(ws.file("reports/a.txt"), { organisation: "Socialnämnden" });
  await writeFakeReport(ws.file("reports/b.txt"), { organisation: "Norrmalms stadsdelsnämnd", kind: "T2", year: 2021 });
});
afterEach(() => ws.remove());

function organisations(dbPath = ws.file("t.db")): string[] {
  const db = openDatabase(dbPath, { readonly: true });
  const names = listReports(db).map((r) => r.organisation);
  db.close();
  return names;
}

describe("tertial load", () => {
  it("loads a folder: a progress line per report on stderr, then the summary with every warning", async () => {
    const result = await run([load], ["load", "reports", "--db", "t.db"], ws.path);
    expect(result).toEqual({
      code: 0,
      err: "[1/2] a.txt: added\n[2/2] b.txt: added",
      out: [
        "t.db: 2 added, 0 unchanged, 0 replaced, 0 failed",
        "Read: 10 goals, 6 indicators, 6 activities, 8 budget lines, 2 budget requests",
        "Warnings (2):",
        "  a.txt:756 column alignment inferred",
        "  b.txt:756 column alignment inferred",
      ].join("\n"),
    });
    expect(organisations()).toEqual(["Socialnämnden", "Norrmalms stadsdelsnämnd"]);
  });

  it("changes nothing the second time", async () => {
    await run([load], ["load", "reports", "--db", "t.db"], ws.path);
    const again = await run([load], ["load", "reports/a.txt", "reports/b.txt", "--db", "t.db"], ws.path);
    expect(again.out.split("\n")[0]).toBe("t.db: 0 added, 2 unchanged, 0 replaced, 0 failed");
  });

  it("uses TERTIAL_DB when --db is not given", async () => {
    const result = await run([load], ["load", "reports"], ws.path, { TERTIAL_DB: ws.file("env.db") });
    expect(result.code).toBe(0);
    expect(organisations(ws.file("env.db"))).toHaveLength(2);
  });

  it("loads the others, lists the failure with what to do, and exits 1 for a non-report file", async () => {
    writeFileSync(ws.file("reports/notes.txt"), "shopping list\n");
    const result = await run([load], ["load", "reports", "--db", "t.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.err).toContain("[3/3] notes.txt: failed (could not parse notes.txt:)");
    expect(result.out).toContain("t.db: 2 added, 0 unchanged, 0 replaced, 1 failed");
    expect(result.out).toContain(
      "Failed (1): fix or remove these files and load again; the other reports were loaded.\n  notes.txt: could not parse notes.txt:\n    notes.txt:1 no report title found",
    );
    expect(organisations()).toHaveLength(2);
  });

  it("refuses a missing path in one line, loading nothing", async () => {
    const result = await run([load], ["load", "reports", "nope", "--db", "t.db"], ws.path);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: `tertial load: no such file or folder: ${ws.file("nope")}. Check the path; nothing was loaded.`,
    });
    expect(organisations()).toEqual([]);
  });

  it("reports an unreadable file as failed with what to do", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const unreadable = createLoadCommand({ read: () => Promise.reject(denied) });
    const result = await run([unreadable], ["load", "reports/a.txt", "--db", "t.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.out).toContain("  a.txt: permission denied. Make the file readable and load it again.");
  });

  it("refuses a database file that is not SQLite and leaves it untouched", async () => {
    writeFileSync(ws.file("t.db"), "not a database\n".repeat(100));
    const result = await run([load], ["load", "reports", "--db", "t.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `tertial load: ${ws.file("t.db")} is not a tertial database (not SQLite, or damaged). Move the file away, or point --db / TERTIAL_DB at another file, and load the reports again.`,
    );
    expect(readFileSync(ws.file("t.db"), "utf8")).toBe("not a database\n".repeat(100));
  });

  it("refuses a database from a newer version", async () => {
    const raw = new Database(ws.file("t.db"));
    raw.pragma("user_version = 999");
    raw.close();
    const result = await run([load], ["load", "reports", "--db", "t.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^tertial load: .*t\.db was written by a newer version of tertial \(schema 999, this version knows \d+\)\. Update tertial \(git pull\), or use another --db\.$/,
    );
  });

  it("says what to do when the database location cannot be written", async () => {
    writeFileSync(ws.file("file"), "x");
    const result = await run([load], ["load", "reports", "--db", "file/t.db"], ws.path);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `tertial load: cannot create the folder for the database ${ws.file("file/t.db")}. Choose a writable location with --db or TERTIAL_DB.`,
    );
  });

  it("stops on a full disk with one line, keeping what was there", async () => {
    await run([load], ["load", "reports/a.txt", "--db", "t.db"], ws.path);
    const tiny = (path: string): Db => {
      const db = openDatabase(path);
      db.pragma(`max_page_count = ${Number(db.pragma("page_count", { simple: true }))}`);
      return db;
    };
    await writeFakeReport(ws.file("reports/b.txt"), {
      organisation: "Norrmalms stadsdelsnämnd",
      date: "2021-09-23",
      warnings: Array.from({ length: 500 }, (_, i) => ({ file: "b.txt", line: i + 1, message: "x".repeat(200) })),
    });
    const result = await run(
      [createLoadCommand({ read: fakeReader, open: tiny })],
      ["load", "reports", "--db", "t.db"],
      ws.path,
    );
    expect(result.code).toBe(1);
    expect(result.err.split("\n").at(-1)).toBe(
      `tertial load: the disk holding ${ws.file("t.db")} is full; nothing was written. Free some space, or load into another --db, and run the command again.`,
    );
    expect(organisations()).toEqual(["Socialnämnden"]);
  });

  it("needs exactly one file with identity options", async () => {
    const result = await run([load], ["load", "reports/a.txt", "reports/b.txt", "--organisation", "X"], ws.path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(
      "tertial load: identity options apply to one report file; load the others separately.",
    );
  });

  it("applies identity options to the one file", async () => {
    const result = await run(
      [load],
      ["load", "reports/a.txt", "--db", "t.db", "--organisation", "Enheten X", "--period", "VB-2019"],
      ws.path,
    );
    expect(result.code).toBe(0);
    expect(organisations()).toEqual(["Enheten X"]);
  });

  it("asks for a path when none is given", async () => {
    const result = await run([load], ["load"], ws.path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(
      "tertial load: name the report files or folders to load, e.g. data/reports.",
    );
  });

  it("refuses a half report over the complete one with one line and exit 1; --replace stores it with a warning", async () => {
    const real = createLoadCommand();
    const source = join(import.meta.dirname, "..", "..", "..", "data", "reports", "norrmalm-t2-2021.txt");
    const lines = readFileSync(source, "utf8").split("\n");
    mkdirSync(ws.file("half"));
    writeFileSync(ws.file("half/norrmalm-t2-2021.txt"), lines.slice(0, lines.length / 2).join("\n"));
    expect((await run([real], ["load", source, "--db", "t.db"], ws.path)).code).toBe(0);
    const refused = await run([real], ["load", "half", "--db", "t.db"], ws.path);
    expect(refused.code).toBe(1);
    expect(refused.out.split("\n").slice(0, 1)).toEqual(["t.db: 0 added, 0 unchanged, 0 replaced, 1 failed"]);
    expect(refused.out).toContain(
      "  norrmalm-t2-2021.txt: refused norrmalm-t2-2021.txt (Norrmalms stadsdelsnämnd T2 2021): it holds less than the stored version",
    );
    const forced = await run([real], ["load", "half", "--replace", "--db", "t.db"], ws.path);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("t.db: 0 added, 0 unchanged, 1 replaced, 0 failed");
    expect(forced.out).toMatch(/norrmalm-t2-2021\.txt:1 stored with --replace although it holds less/);
  }, 60_000);

  it("lists a FIFO and a too large file on one line each, exits 1 and loads the rest (TERTIAL_MAX_REPORT_MB)", async () => {
    execFileSync("mkfifo", [ws.file("reports/c.txt")]);
    writeFileSync(ws.file("reports/d.txt"), "x".repeat(3000));
    const result = await run([load], ["load", "reports", "--db", "t.db"], ws.path, { TERTIAL_MAX_REPORT_MB: "0.002" });
    expect(result.code).toBe(1);
    expect(result.out.split("\n").filter((line) => line.startsWith("  "))).toEqual([
      "  c.txt: is not a regular file (a named pipe); only report text files are loaded.",
      "  d.txt: is 0.0 MB, over the 0.0 MB limit for one report; check the file (TERTIAL_MAX_REPORT_MB raises the limit).",
      "  a.txt:756 column alignment inferred",
      "  b.txt:756 column alignment inferred",
    ]);
    expect(organisations()).toHaveLength(2);
    const bad = await run([load], ["load", "reports", "--db", "t.db"], ws.path, { TERTIAL_MAX_REPORT_MB: "lots" });
    expect([bad.code, bad.err.split("\n")[0]]).toEqual([
      2,
      'tertial load: TERTIAL_MAX_REPORT_MB must be a number of megabytes above 0, got "lots".',
    ]);
  });
});

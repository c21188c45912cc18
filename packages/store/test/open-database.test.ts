import { mkdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS, openDatabase, StoreError } from "../src/index.ts";
import { makeTempDir } from "./temp-dir.ts";

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

describe("openDatabase", () => {
  it("sets WAL, foreign keys, busy timeout and synchronous NORMAL, and runs every migration", () => {
    const db = openDatabase(dir.file("t.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.pragma("synchronous", { simple: true })).toBe(1);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("numbers migrations 1, 2, 3 … in list order", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it("declares every ordinary table STRICT", () => {
    const db = openDatabase(":memory:");
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'text_search_%' AND name NOT LIKE 'passage_search_%'",
      )
      .all();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "organisation",
        "report",
        "goal",
        "indicator",
        "activity",
        "budget_line",
        "budget_request",
        "parse_warning",
        "text_entry",
      ]),
    );
    expect(tables.filter((t) => !/\)\s*STRICT\s*$/.test(t.sql)).map((t) => t.name)).toEqual([]);
    db.close();
  });

  it("opens an existing database again without re-running migrations", () => {
    openDatabase(dir.file("t.db")).close();
    const db = openDatabase(dir.file("t.db"));
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("creates a missing parent folder", () => {
    const db = openDatabase(dir.file("a/b/t.db"));
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("refuses a file that is not SQLite, and leaves it as it was", () => {
    const path = dir.file("notes.db");
    writeFileSync(path, "these are my notes, not a database\n".repeat(200));
    expect(() => openDatabase(path)).toThrowError(StoreError);
    expect(() => openDatabase(path)).toThrowError(/is not a tertial database.*Move the file away/);
  });

  it("refuses a database written by a newer version", () => {
    const path = dir.file("new.db");
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrowError(
      /written by a newer version of tertial \(schema \d+, this version knows \d+\)\. Update tertial/,
    );
    expect(() => openDatabase(path, { readonly: true })).toThrowError(StoreError);
  });

  it("in read-only mode, refuses a missing file with a hint to load first", () => {
    expect(() => openDatabase(dir.file("missing.db"), { readonly: true })).toThrowError(
      /no database at .*missing\.db\. Load the reports first/,
    );
  });

  it("in read-only mode, reads a current database and cannot write it", () => {
    openDatabase(dir.file("t.db")).close();
    const db = openDatabase(dir.file("t.db"), { readonly: true });
    expect(db.readonly).toBe(true);
    expect(() => db.exec("DELETE FROM report")).toThrowError(/readonly/);
    db.close();
  });

  it("says what to do when the folder cannot be created", () => {
    writeFileSync(dir.file("file"), "x");
    expect(() => openDatabase(dir.file("file/sub/t.db"))).toThrowError(
      /cannot create the folder .*Choose a writable location/,
    );
  });

  it.skipIf(process.getuid?.() === 0)("says what to do in a read-only directory", async () => {
    const { chmodSync } = await import("node:fs");
    mkdirSync(dir.file("ro"));
    chmodSync(dir.file("ro"), 0o555);
    expect(() => openDatabase(dir.file("ro/t.db"))).toThrowError(/cannot write the database .*read-only.*--db/);
    chmodSync(dir.file("ro"), 0o755);
  });
});

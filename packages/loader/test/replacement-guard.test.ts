import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, listReports, openDatabase } from "@tertial/store";
import { loadPaths } from "../src/index.ts";
import { makeTempDir } from "./temp-dir.ts";

// Parsing the real reports takes seconds on a busy 2-core machine; these tests are about outcomes, not speed.
vi.setConfig({ testTimeout: 120_000 });

const realReports = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const NAMES = ["norrmalm-t2-2021.txt", "socialnamnden-t1-2017.txt", "socialnamnden-t1-2020.txt"] as const;
const CUTS = [10, 25, 40, 50, 60, 75, 90, 95, 99];

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => dir.remove());

/** A database in the temp folder holding the complete real reports. */
async function withCompleteReports(label: string): Promise<Db> {
  const db = openDatabase(dir.file(`${label}.db`));
  const summary = await loadPaths(db, [realReports], { workers: 0 });
  expect(summary.added).toBe(3);
  return db;
}

/** What the stored report of `name` holds: its checksum and item counts. */
function stored(db: Db, name: string): string {
  const report = listReports(db).find((r) => r.sourceFile === name);
  if (!report) return "missing";
  const c = report.counts;
  return `${report.checksum.slice(0, 12)} ${c.goals}/${c.indicators}/${c.activities}/${c.budgetLines}/${c.budgetRequests}`;
}

/** `name` cut to the first `percent` % of its lines, written under its own name in a folder of its own. */
function writeCut(name: string, percent: number): string {
  const lines = readFileSync(join(realReports, name), "utf8").split("\n");
  const folder = dir.file(`cut${percent}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, lines.slice(0, Math.floor((lines.length * percent) / 100)).join("\n"));
  return path;
}

describe("the replacement guard on the real reports", () => {
  it("lets no copy cut at 10–99 % of its lines replace the complete report; the parser or the guard refuses each", async () => {
    const db = await withCompleteReports("sweep");
    const before = NAMES.map((name) => stored(db, name));
    const refusedBy: Record<string, string[]> = { parser: [], guard: [] };
    for (const name of NAMES) {
      for (const percent of CUTS) {
        const summary = await loadPaths(db, [writeCut(name, percent)], { workers: 0 });
        expect(summary.files.map((f) => f.outcome)).toEqual(["failed"]);
        const error = summary.files[0]?.error ?? "";
        const by = error.startsWith("refused ") ? "guard" : "parser";
        refusedBy[by]?.push(`${name.slice(0, -4)}@${percent}`);
        if (by === "guard") expect(error).toMatch(/looks cut short; nothing was changed\. Load it with --replace/);
        expect(error).not.toContain("\n    at ");
      }
    }
    expect(NAMES.map((name) => stored(db, name))).toEqual(before);
    expect(refusedBy).toEqual({
      parser: [
        "socialnamnden-t1-2017@10",
        "socialnamnden-t1-2017@25",
        "socialnamnden-t1-2017@40",
        "socialnamnden-t1-2017@50",
        ...[10, 25, 40, 50, 60, 75, 90, 95].map((p) => `socialnamnden-t1-2020@${p}`),
      ],
      guard: [
        ...CUTS.map((p) => `norrmalm-t2-2021@${p}`),
        ...[60, 75, 90, 95, 99].map((p) => `socialnamnden-t1-2017@${p}`),
        "socialnamnden-t1-2020@99",
      ],
    });
    db.close();
  });

  it("says what a cut copy lacks in one line, stores it only with --replace and keeps the reason as a warning", async () => {
    const db = await withCompleteReports("half");
    const half = writeCut("norrmalm-t2-2021.txt", 50);
    const refused = await loadPaths(db, [half], { workers: 0 });
    expect(refused.files[0]?.error).toBe(
      "refused norrmalm-t2-2021.txt (Norrmalms stadsdelsnämnd T2 2021): it holds less than the stored version " +
        "(norrmalm-t2-2021.txt): 15 goals instead of 34, 58 indicators instead of 90, 52 activities instead of 121, " +
        "0 budget lines instead of 235, 46 % less text, so the file looks cut short; nothing was changed. " +
        "Load it with --replace if it is right.",
    );
    const forced = await loadPaths(db, [half], { workers: 0, replace: true });
    expect([forced.replaced, forced.failed]).toEqual([1, 0]);
    expect(forced.warnings.at(-1)?.message).toMatch(/^stored with --replace although it holds less than the stored/);
    expect(stored(db, "norrmalm-t2-2021.txt")).toMatch(/ 15\/58\/52\/0\/1$/);
    // The complete report holds more than the cut one, so it goes back in without --replace.
    const restored = await loadPaths(db, [join(realReports, "norrmalm-t2-2021.txt")], { workers: 0 });
    expect([restored.replaced, restored.failed]).toEqual([1, 0]);
    expect(stored(db, "norrmalm-t2-2021.txt")).toMatch(/ 34\/90\/121\/235\/1$/);
    db.close();
  });

  it.each(NAMES)(
    "refuses %s concatenated with itself (×2, with or without a line break, ×3), first load or not",
    async (name) => {
      const text = readFileSync(join(realReports, name), "utf8");
      const folder = dir.file(`twice-${name}`);
      mkdirSync(folder);
      const copies = { "a-x2.txt": text + text, "b-x2nl.txt": `${text}\n${text}`, "c-x3.txt": text.repeat(3) };
      for (const [file, content] of Object.entries(copies)) writeFileSync(join(folder, file), content);
      const db = openDatabase(":memory:");
      const first = await loadPaths(db, [folder], { workers: 0 });
      expect(first.files.map((f) => f.outcome)).toEqual(["failed", "failed", "failed"]);
      for (const file of first.files) {
        expect(file.error).toMatch(
          /^refused [abc]-x\d(?:nl)?\.txt \(.+\): the text repeats itself: goal .+ appears again at line \d+ \(\d+ repeated goal\(s\) in all\), so the file looks like copies of one report put together; nothing was changed\. Load it with --replace if it is right\.$/,
        );
      }
      expect(listReports(db)).toEqual([]);
      await loadPaths(db, [join(realReports, name)], { workers: 0 });
      const before = stored(db, name);
      const again = await loadPaths(db, [join(folder, "a-x2.txt")], { workers: 0 });
      expect(again.failed).toBe(1);
      expect(stored(db, name)).toBe(before);
      db.close();
    },
  );

  it("names how many goals a doubled report repeats", async () => {
    const text = readFileSync(join(realReports, "norrmalm-t2-2021.txt"), "utf8");
    writeFileSync(dir.file("norrmalm-x2.txt"), text + text);
    const db = openDatabase(":memory:");
    const summary = await loadPaths(db, [dir.file("norrmalm-x2.txt")], { workers: 0 });
    expect(summary.files[0]?.error).toBe(
      'refused norrmalm-x2.txt (Norrmalms stadsdelsnämnd T2 2021): the text repeats itself: goal 1 "En modern storstad med möjligheter och valfrihet för alla" appears again at line 2215 (34 repeated goal(s) in all), so the file looks like copies of one report put together; nothing was changed. Load it with --replace if it is right.',
    );
    db.close();
  });

  it("refuses a file of 229 copies before reading it (over the 20 MB limit)", async () => {
    const text = readFileSync(join(realReports, "norrmalm-t2-2021.txt"));
    const path = dir.file("norrmalm-x229.txt");
    writeFileSync(path, Buffer.concat(Array.from({ length: 229 }, () => text)));
    const db = await withCompleteReports("x229");
    const before = stored(db, "norrmalm-t2-2021.txt");
    const summary = await loadPaths(db, [path], { workers: 0 });
    expect(summary.files).toEqual([
      {
        path,
        outcome: "failed",
        reportId: null,
        bytes: 0,
        error:
          "is 42 MB, over the 20 MB limit for one report; check the file (TERTIAL_MAX_REPORT_MB raises the limit).",
      },
    ]);
    expect(stored(db, "norrmalm-t2-2021.txt")).toBe(before);
    db.close();
  });

  it("refuses a second file of the same report in one load, and lets the later one win only with --replace", async () => {
    const folder = dir.file("same-twice");
    mkdirSync(folder);
    const text = readFileSync(join(realReports, "socialnamnden-t1-2020.txt"), "utf8");
    writeFileSync(join(folder, "a.txt"), text);
    writeFileSync(join(folder, "b.txt"), `${text}\n\nRättelse: en mening till.\n`);
    const db = openDatabase(":memory:");
    const summary = await loadPaths(db, [folder], { workers: 0 });
    expect(summary.files.map((f) => [f.outcome, f.error])).toEqual([
      ["added", null],
      [
        "failed",
        "refused b.txt (Socialnämnden T1 2020): a.txt earlier in this load is the same report; load only one of them; nothing was changed. Load it with --replace if it is right.",
      ],
    ]);
    expect(listReports(db).map((r) => r.sourceFile)).toEqual(["a.txt"]);
    const forced = await loadPaths(openDatabase(":memory:"), [folder], { workers: 0, replace: true });
    expect(forced.files.map((f) => f.outcome)).toEqual(["added", "replaced"]);
    db.close();
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLoadCommand } from "../src/commands/load.ts";
import { exportCommand } from "../src/commands/export.ts";
import { makeWorkspace, run } from "./cli-harness.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";

let ws: ReturnType<typeof makeWorkspace>;
beforeEach(() => {
  ws = makeWorkspace();
});
afterEach(() => ws.remove());

const realReports = join(import.meta.dirname, "..", "..", "..", "data", "reports");

describe("tertial export --json", () => {
  it("prints every loaded report, read back from the database, exactly as it was parsed", async () => {
    await writeFakeReport(ws.file("reports/a.txt"), { organisation: "Socialnämnden" });
    await writeFakeReport(ws.file("reports/b.txt"), {
      organisation: "Norrmalms stadsdelsnämnd",
      kind: "T2",
      year: 2021,
    });
    await run([createLoadCommand({ read: fakeReader })], ["load", "reports", "--db", "t.db"], ws.path);
    const result = await run([exportCommand], ["export", "--json", "--db", "t.db"], ws.path);
    expect(result.code).toBe(0);
    const expected = [await fakeReader(ws.file("reports/a.txt")), await fakeReader(ws.file("reports/b.txt"))];
    expect(result.out).toBe(JSON.stringify(expected, null, 2));
  });

  it.each(
    readdirSync(realReports)
      .filter((name) => name.endsWith(".txt"))
      .sort(),
  )(
    "round-trips the real report %s: parse --json equals export --json",
    async (name) => {
      const { readReportFile } = await import("@tertial/parser");
      const parsed = await readReportFile(join(realReports, name));
      await run([createLoadCommand()], ["load", join(realReports, name), "--db", "t.db"], ws.path);
      const result = await run([exportCommand], ["export", "--json", "--db", "t.db"], ws.path);
      expect(result.code).toBe(0);
      expect(result.out).toBe(JSON.stringify([parsed], null, 2));
    },
    60_000,
  );

  it("says to load first when there is no database", async () => {
    const result = await run([exportCommand], ["export", "--json", "--db", "none.db"], ws.path);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: `tertial export: no database at ${ws.file("none.db")}. Load the reports first: npm run -s tertial -- load data/reports`,
    });
  });

  it("prints an empty array for an empty database", async () => {
    const { openDatabase } = await import("@tertial/store");
    openDatabase(ws.file("t.db")).close();
    expect(await run([exportCommand], ["export", "--json", "--db", "t.db"], ws.path)).toEqual({
      code: 0,
      out: "[]",
      err: "",
    });
  });

  it("asks for a format", async () => {
    const result = await run([exportCommand], ["export"], ws.path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe("tertial export: say which format: --json or --csv.");
  });
});

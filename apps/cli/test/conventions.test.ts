import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askCommand } from "../src/commands/ask.ts";
import { COMMANDS } from "../src/commands/index.ts";
import { createLoadCommand } from "../src/commands/load.ts";
import { makeWorkspace, run } from "./cli-harness.ts";

const cliDir = join(import.meta.dirname, "..");
const realReports = join(cliDir, "..", "..", "data", "reports");
const FILE = "socialnamnden-t1-2020.txt";

let ws: ReturnType<typeof makeWorkspace>;
beforeAll(() => {
  ws = makeWorkspace();
});
afterAll(() => ws.remove());

describe("tertial --version and help <command>", () => {
  it("prints the CLI package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(cliDir, "package.json"), "utf8")) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await run(COMMANDS, ["--version"], ws.path)).toEqual({ code: 0, out: `tertial ${version}`, err: "" });
  });

  it("prints a command's usage for help <command>, as <command> --help does", async () => {
    const help = await run(COMMANDS, ["help", "ask"], ws.path);
    expect(help).toEqual({ code: 0, out: askCommand.usage, err: "" });
    expect(await run(COMMANDS, ["ask", "--help"], ws.path)).toEqual(help);
  });

  it("exits 2 for help about an unknown command", async () => {
    expect(await run(COMMANDS, ["help", "asks"], ws.path)).toEqual({
      code: 2,
      out: "",
      err: 'tertial help: unknown command "asks". Run "tertial help" for the list.',
    });
  });
});

describe("usage errors and paths are the same in every command", () => {
  it.each(COMMANDS.map((command) => command.name))("%s --bogus exits 2 with the option named", async (name) => {
    const result = await run(COMMANDS, [name, "--bogus"], ws.path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toMatch(new RegExp(`^tertial ${name}: Unknown option '--bogus'($|\\. )`));
  });

  it("parse reads a relative path from the folder the command was typed in, as load does", async () => {
    const parse = await run(COMMANDS, ["parse", FILE], realReports);
    expect(parse).toEqual({
      code: 0,
      out: [
        `${FILE}: T1 2020, Socialnämnden (2020-05-26) [identity: header]`,
        "  32 goals, 44 indicators, 141 activities, 151 budget lines, 2 budget requests",
      ].join("\n"),
      err: "",
    });
    const load = await run([createLoadCommand()], ["load", FILE, "--db", ws.file("t.db")], realReports);
    expect(load.out.split("\n")[0]).toBe(`${ws.file("t.db")}: 1 added, 0 unchanged, 0 replaced, 0 failed`);
  });
});

describe("--json on load and digest --preview", () => {
  it("load --json prints the summary as JSON", async () => {
    const result = await run(
      [createLoadCommand()],
      ["load", join(realReports, FILE), "--json", "--db", "j.db"],
      ws.path,
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out);
    expect(summary).toMatchObject({
      added: 1,
      unchanged: 0,
      replaced: 0,
      failed: 0,
      counts: { goals: 32, indicators: 44, activities: 141, budgetLines: 151, budgetRequests: 2 },
      files: [{ path: join(realReports, FILE), outcome: "added", reportId: 1, error: null }],
    });
  });

  it("digest --preview --json prints the digest, every figure with its source", async () => {
    const result = await run(COMMANDS, ["digest", "--preview", "--json", "--db", "j.db"], ws.path);
    expect(result.code).toBe(0);
    const digest = JSON.parse(result.out);
    expect(digest.title).toBe("Tertialdigest");
    expect(digest.organisations).toHaveLength(1);
    expect(digest.organisations[0].report).toMatchObject({ organisation: "Socialnämnden", kind: "T1", year: 2020 });
    expect(JSON.stringify(digest)).toContain(`"file":"${FILE}"`);
  });

  it("digest --json without --preview is a usage error", async () => {
    const result = await run(COMMANDS, ["digest", "list", "--json", "--db", "j.db"], ws.path);
    expect([result.code, result.err.split("\n")[0]]).toEqual([2, "tertial digest: --json goes with --preview."]);
  });
});

describe("a closed pipe", () => {
  it("ends export --json | head quietly, with exit code 0", async () => {
    const child = spawn(
      process.execPath,
      ["--conditions=tertial-source", "--import", "tsx", "src/main.ts", "export", "--json", "--db", ws.file("j.db")],
      { cwd: cliDir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, INIT_CWD: ws.path } },
    );
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(String(chunk))),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (exit) => resolve(exit)));
    expect(first.startsWith("[\n  {\n")).toBe(true);
    expect({ code, err }).toEqual({ code: 0, err: "" });
  }, 60_000);
});

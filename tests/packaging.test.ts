import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createEngine, renderText } from "@tertial/engine";
import { readReportFile } from "@tertial/parser";
import { openDatabase } from "@tertial/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack } from "../apps/slack-bot/test/fake-slack.ts";

/**
 * What users outside the monorepo get: the packed @tertial/domain in a scratch project, and the
 * compiled CLI and bot after a production install (npm ci --omit=dev) in a copy of the repository.
 * Both run on plain `node`, without tsx or any dev dependency, and without the network (npm --offline).
 */
const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "tertial-packaging-"));
const require = createRequire(import.meta.url);
const SLOW = { timeout: 300_000 };

/** The environment of a user's shell: none of npm's, vitest's or tertial's variables. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|INIT_CWD$|NODE_OPTIONS$|NODE_PATH$|VITEST|TERTIAL_|SLACK_|PORT$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd,
    env: plainEnv(),
    encoding: "utf8",
  });
}

beforeAll(() => {
  // Cached by turbo when the sources have not changed (CI builds just before the tests).
  execFileSync(join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--output-logs=errors-only"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("@tertial/domain, packed and installed beside zod", () => {
  const project = join(scratch, "consumer");

  beforeAll(() => {
    mkdirSync(project);
    npm(["pack", "--pack-destination", project], join(root, "packages", "domain"));
    npm(["pack", dirname(require.resolve("zod/package.json"))], project);
    const tarballs = readdirSync(project).sort();
    expect(tarballs).toEqual([expect.stringMatching(/^tertial-domain-\d+\.\d+\.\d+\.tgz$/), expect.any(String)]);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({
        name: "consumer",
        private: true,
        type: "module",
        dependencies: { "@tertial/domain": `file:./${tarballs[0]}`, zod: `file:./${tarballs[1]}` },
      }),
    );
    npm(["install", "--offline", "--ignore-scripts"], project);
  }, 300_000);

  it("holds the compiled code, declarations, JSON Schemas, README and LICENSE, and no tests", SLOW, () => {
    const files = readdirSync(join(project, "node_modules", "@tertial", "domain"), { recursive: true }).map(String);
    expect(files).toEqual(
      expect.arrayContaining([
        "LICENSE",
        "README.md",
        "package.json",
        "dist/index.js",
        "dist/index.d.ts",
        "schema/parsed-report.schema.json",
      ]),
    );
    expect(files.filter((file) => file.endsWith(".test.ts") || file.startsWith("test"))).toEqual([]);
  });

  it("validates a real report from an .mjs file with plain node", SLOW, async () => {
    const report = await readReportFile(join(root, "data", "reports", "socialnamnden-t1-2020.txt"));
    writeFileSync(join(project, "report.json"), JSON.stringify(report));
    cpSync(join(import.meta.dirname, "fixtures", "validate-report.mjs"), join(project, "check.mjs"));
    const out = execFileSync(process.execPath, ["check.mjs"], { cwd: project, env: plainEnv(), encoding: "utf8" });
    expect(out.split("\n")).toEqual([
      "Socialnämnden T1 2020: 44 indicators",
      "rejected: kind",
      '{"raw":"1 234,5 tkr","value":1234.5,"unit":"tkr"}',
      "organisation,unit,kind,year,date,sourceFile,checksum,identitySource,goals,indicators,activities,budgetLines,budgetRequests,passages,warnings",
      "",
    ]);
  });

  it("type-checks in a consumer's strict TypeScript project (no TS5097 from .ts paths)", SLOW, () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", target: "es2023", strict: true, noEmit: true, types: [] },
        files: ["use.ts"],
      }),
    );
    writeFileSync(
      join(project, "use.ts"),
      [
        'import { type ParsedReport, parseMeasure } from "@tertial/domain";',
        'export const value: number | null = parseMeasure("10 st")?.value ?? null;',
        'export const kind: ParsedReport["kind"] = "T1";',
      ].join("\n"),
    );
    const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
    expect(execFileSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" })).toBe("");
  });
});

describe("the compiled CLI and bot after npm ci --omit=dev in a copy", () => {
  const copy = join(scratch, "copy");

  beforeAll(() => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
      cwd: root,
      encoding: "utf8",
    })
      .split("\0")
      .filter((file) => file !== "" && existsSync(join(root, file)));
    for (const file of files) cpSync(join(root, file), join(copy, file));
    for (const group of ["packages", "apps"])
      for (const name of readdirSync(join(root, group)))
        for (const built of ["dist", "schema"])
          if (existsSync(join(root, group, name, built)))
            cpSync(join(root, group, name, built), join(copy, group, name, built), { recursive: true });
    // Offline and without install scripts: better-sqlite3's native module is the one already compiled here.
    npm(["ci", "--omit=dev", "--offline", "--ignore-scripts"], copy);
    const native = join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
    cpSync(join(root, native), join(copy, native));
  }, 300_000);

  it("has no dev tools installed", SLOW, () => {
    expect(
      ["tsx", "typescript", "vitest", "turbo"].filter((name) => existsSync(join(copy, "node_modules", name))),
    ).toEqual([]);
  });

  it("answers tertial ask, loading data/reports first, exactly as the sources answer", SLOW, () => {
    const question = "vilka indikatorer är försenade?";
    const result = spawnSyncText(process.execPath, ["apps/cli/bin/tertial.js", "ask", question], copy);
    expect(result.stderr.split("\n")).toEqual([
      "[1/3] norrmalm-t2-2021.txt: added",
      "[2/3] socialnamnden-t1-2017.txt: added",
      "[3/3] socialnamnden-t1-2020.txt: added",
      "First use: no database at data/tertial.db yet; loaded data/reports into a new one: 3 added, 0 unchanged, 0 replaced, 0 failed",
      "",
    ]);
    expect(result.code).toBe(0);
    const db = openDatabase(join(copy, "data", "tertial.db"), { readonly: true });
    try {
      expect(result.stdout).toBe(`${renderText(createEngine(db).ask(question).answer)}\n`);
    } finally {
      db.close();
    }
  });

  it("starts the compiled bot (as npm start does) against the fake Slack, and stops on SIGTERM", SLOW, async () => {
    // Built at run time, so no file holds a string shaped like a real Slack token.
    const token = ["xoxb", "0000", "test"].join("-");
    const fake = await startFakeSlack();
    let bot: ChildProcess | undefined;
    try {
      bot = spawn(process.execPath, ["apps/slack-bot/bin/tertial-bot.js"], {
        cwd: copy,
        env: plainEnv({
          SLACK_BOT_TOKEN: token,
          SLACK_SIGNING_SECRET: "0123456789abcdef",
          PORT: "0",
          SLACK_API_URL: fake.apiUrl,
        }),
        stdio: ["ignore", "ignore", "pipe"],
      });
      let log = "";
      await new Promise<void>((resolve, reject) => {
        bot?.stderr?.on("data", (chunk: Buffer) => {
          log += chunk.toString("utf8");
          if (log.includes("tertial bot listening on port")) resolve();
        });
        bot?.on("exit", (code) => reject(new Error(`the bot exited with ${code}:\n${log}`)));
      });
      const port = /INFO [^:]+: tertial bot listening on port (\d+) \(HTTP mode, \/slack\/events and \/healthz\)/.exec(
        log,
      )?.[1];
      expect(port).toMatch(/^\d+$/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", mode: "http", database: "ok", reports: 3 });
      // The bot verified its token with the fake Slack, not the real one.
      expect([...new Set(fake.callsTo("auth.test").map((call) => call.authorization))]).toEqual([`Bearer ${token}`]);
      const exit = new Promise<number | null>((resolve) => bot?.on("exit", (code) => resolve(code)));
      bot.kill("SIGTERM");
      expect(await exit).toBe(0);
    } finally {
      bot?.kill("SIGKILL");
      await fake.close();
    }
  });
});

function spawnSyncText(
  command: string,
  args: string[],
  cwd: string,
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env: plainEnv(), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { TEST_SIGNING_SECRET } from "./slack-requests.ts";

const repo = join(import.meta.dirname, "..", "..", "..");
let fake: FakeSlack;
let dir: string;
beforeAll(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), "tertial-bot-main-"));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `npm start`'s entry point from the sources (apps/slack-bot/src/main.ts) in HTTP mode until it exits;
 * `whileRunning` may act on it first (and stop it).
 */
async function runBot(
  env: Record<string, string>,
  whileRunning?: (child: ChildProcess) => Promise<void>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ["--conditions=tertial-source", "--import", "tsx", join(repo, "apps", "slack-bot", "src", "main.ts")],
    {
      cwd: repo,
      env: {
        ...process.env,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        PORT: "0",
        TERTIAL_DB: join(dir, "bot.db"),
        TERTIAL_DEBUG: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await whileRunning?.(child);
  return { code: await exited, stdout, stderr };
}

/** A port on 127.0.0.1 that nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

const botToken = (label: string) => ["xoxb", label, String(Date.now())].join("-");

describe("npm start (apps/slack-bot/src/main.ts) when Slack cannot be used", () => {
  it("exits 1 with one line on stderr when the Web API cannot be reached, before creating the database", async () => {
    const port = await closedPort();
    const token = botToken("unreachable");
    const { code, stdout, stderr } = await runBot({
      SLACK_BOT_TOKEN: token,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `The Slack bot cannot start: cannot reach Slack: connect ECONNREFUSED 127.0.0.1:${port} (auth.test at http://127.0.0.1:${port}/api/). Check the network and SLACK_API_URL, then start it again.\n`,
    );
    expect(stdout).toBe("");
    expect(existsSync(join(dir, "bot.db"))).toBe(false);
  }, 120_000);

  it("exits 1 with one line on stderr when Slack rejects the token, naming the variable, without the token", async () => {
    fake.errorNext("auth.test", "invalid_auth", 1);
    const token = botToken("rejected");
    const { code, stdout, stderr } = await runBot({ SLACK_BOT_TOKEN: token, SLACK_API_URL: fake.apiUrl });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "The Slack bot cannot start: the token was rejected: invalid_auth. Set SLACK_BOT_TOKEN to the app's current Bot User OAuth Token (xoxb-…); see apps/slack-bot/README.md, section “Slack”.\n",
    );
    expect(`${stdout}${stderr}`).not.toContain(token);
    expect(fake.statuses.filter((s) => s.method === "auth.test")).toEqual([{ method: "auth.test", status: 200 }]);
  }, 120_000);

  it("adds the cause's stack trace, token redacted, when TERTIAL_DEBUG is set", async () => {
    const port = await closedPort();
    const token = botToken("debug");
    const { code, stderr } = await runBot({
      SLACK_BOT_TOKEN: token,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
      TERTIAL_DEBUG: "1",
    });
    expect(code).toBe(1);
    const lines = stderr.split("\n");
    expect(lines[0]).toMatch(/^The Slack bot cannot start: cannot reach Slack: connect ECONNREFUSED/);
    expect(lines[1]).toMatch(/^BotStartError: The Slack bot cannot start: cannot reach Slack/);
    expect(stderr).toMatch(/\[cause\]: WebAPIRequestError: A request error occurred: fetch failed/);
    expect(stderr).toMatch(/^\s+at .*check-slack\.ts:\d+:\d+/m);
    expect(stderr).not.toContain(token);
  }, 120_000);
});

describe("npm start when Slack answers", () => {
  it("retries a transient auth.test failure, serves /healthz, stops on SIGTERM, and logs nothing at SLACK_LOG_LEVEL=error", async () => {
    const authTests = () => fake.statuses.filter((s) => s.method === "auth.test").length;
    const before = authTests();
    fake.errorNext("auth.test", "service_unavailable", 1);
    const port = await closedPort();
    const { code, stdout, stderr } = await runBot(
      {
        SLACK_BOT_TOKEN: botToken("running"),
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        SLACK_LOG_LEVEL: "error",
        TERTIAL_DB: join(dir, "running.db"),
      },
      async (child) => {
        let health: Response | null = null;
        for (let attempt = 0; attempt < 600 && health === null; attempt += 1) {
          health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
          if (health === null) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await health?.json()).toEqual({ status: "ok", mode: "http", database: "ok", reports: 3 });
        child.kill("SIGTERM");
      },
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe("");
    // The start-up check (failed once, then passed) and Bolt's own; start() does not repeat the check.
    expect(authTests() - before).toBe(3);
  }, 120_000);
});

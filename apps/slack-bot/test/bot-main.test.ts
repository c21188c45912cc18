import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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

describe("npm start (apps/slack-bot/src/main.ts) with a token Slack rejects", () => {
  it("exits 1 with one line on stderr, naming the variable and Slack's reason, without the token", async () => {
    fake.errorNext("auth.test", "invalid_auth", 1);
    const token = ["xoxb", "rejected", String(Date.now())].join("-");
    const child = spawn(process.execPath, ["--import", "tsx", join(repo, "apps", "slack-bot", "src", "main.ts")], {
      cwd: repo,
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: token,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        PORT: "0",
        SLACK_API_URL: fake.apiUrl,
        SLACK_LOG_LEVEL: "error",
        TERTIAL_DB: join(dir, "bot.db"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    // The first-use load is logged as INFO; the failure itself is one line, with no stack trace.
    const lines = stderr.split("\n").filter((line) => line !== "" && !/^\S+Z INFO tertial: /.test(line));
    expect(lines).toEqual([
      "The Slack bot cannot start: Slack rejected SLACK_BOT_TOKEN (invalid_auth); set it to the app's current Bot User OAuth Token (xoxb-…), see apps/slack-bot/README.md, section “Slack”.",
    ]);
    expect(`${stdout}${stderr}`).not.toContain(token);
    expect(fake.callsTo("auth.test")).toHaveLength(0);
  }, 120_000);
});

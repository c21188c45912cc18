import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDigestSubscription, openDatabase } from "@tertial/store";
import { digestCommand } from "../src/commands/digest.ts";
import { startFakeSlack, type FakeSlack } from "../../../packages/digests/test/digest-fake-slack.ts";
import { NORRMALM_2021, saveReports, TEST_2019, TEST_2020 } from "../../../packages/digests/test/digest-test-setup.ts";
import { makeWorkspace, run } from "./cli-harness.ts";

let workspace: ReturnType<typeof makeWorkspace>;
let slack: FakeSlack;
let dbPath: string;
beforeEach(async () => {
  workspace = makeWorkspace();
  slack = await startFakeSlack();
  dbPath = workspace.file("tertial.db");
  const db = openDatabase(dbPath);
  saveReports(db, [TEST_2019, TEST_2020, NORRMALM_2021]);
  addDigestSubscription(
    db,
    {
      channelId: "C1",
      channelName: "ekonomi",
      organisations: ["Norrmalms stadsdelsnämnd"],
      cron: null,
      scheduleText: null,
      timezone: "Europe/Stockholm",
      periodic: false,
      newReport: true,
      skipUnchanged: false,
      createdBy: "U1",
    },
    new Date("2020-01-01T00:00:00.000Z"),
  );
  db.close();
});
afterEach(async () => {
  await slack.close();
  workspace.remove();
});

/** A bot token made at run time, never written as one. */
const TOKEN = ["xoxb", "test", "not", "a", "token"].join("-");

/** The chat.postMessage calls for top-level messages (one per digest, retries included); replies have thread_ts. */
function summaries() {
  return slack.posts().filter((post) => post.body["thread_ts"] === undefined);
}

describe("tertial digest", () => {
  it("--preview prints every organisation's digest with file:line sources", async () => {
    const result = await run([digestCommand], ["digest", "--preview", "--db", dbPath], workspace.path);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "Testnämnden – T1 2020\n---------------------\nKälla: testnamnden-t1-2020.txt; jämförs med T1 2019 (testnamnden-t1-2019.txt).",
    );
    expect(result.out).toContain(
      [
        "  Sjukfrånvaro   1.1    ej i fas  prognos 6,5 % > årsmål 5,5 %       testnamnden-t1-2020.txt:206",
        "                                  (lägre är bättre)",
      ].join("\n"),
    );
    expect(result.out).toContain("Norrmalms stadsdelsnämnd – T2 2021");
  });

  it("--organisation narrows the preview", async () => {
    const result = await run(
      [digestCommand],
      ["digest", "--preview", "--organisation", "norrmalm", "--db", dbPath],
      workspace.path,
    );
    expect(result.out).not.toContain("Testnämnden");
    expect(result.out).toContain("Norrmalms stadsdelsnämnd – T2 2021");
  });

  it("run-due posts what is due through SLACK_API_URL once, then nothing", async () => {
    const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.url };
    const first = await run([digestCommand], ["digest", "run-due", "--db", dbPath], workspace.path, env);
    expect([first.code, first.out]).toEqual([0, "Digests: 1 sent, 0 skipped, 0 to retry, 0 failed, 0 interrupted."]);
    expect(summaries().map((post) => [post.body["channel"], post.body["text"]])).toEqual([
      [
        "C1",
        "Ny rapport: Norrmalms stadsdelsnämnd T2 2021: 1 organisation, 0 indikatorer ej i fas eller ej uppnådda, 0 med risk.",
      ],
    ]);
    const second = await run([digestCommand], ["digest", "run-due", "--db", dbPath], workspace.path, env);
    expect(second.out).toBe("Digests: 0 sent, 0 skipped, 0 to retry, 0 failed, 0 interrupted.");
    const list = await run([digestCommand], ["digest", "list", "--db", dbPath], workspace.path);
    expect(list.out).toBe(
      `#1  ekonomi  ny rapport  Norrmalms stadsdelsnämnd\n    report:${"c".repeat(64)}  sent  attempts 1`,
    );
  });

  it("run-due waits for Retry-After after a 429 and then posts the digest once", async () => {
    slack.rateLimitNext("chat.postMessage", 1);
    const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.url };
    const result = await run([digestCommand], ["digest", "run-due", "--db", dbPath], workspace.path, env);
    expect(result).toEqual({
      code: 0,
      out: "Digests: 1 sent, 0 skipped, 0 to retry, 0 failed, 0 interrupted.",
      err: "Slack rate limit: waiting 1 s (Retry-After), then trying again.",
    });
    // The fake answered the first post 429 with Retry-After: 1 (nothing stored); the retry posted it once.
    const posts = slack.calls.filter((call) => call.method === "chat.postMessage");
    expect(posts.map((post) => post.status)).toEqual([429, 200]);
    expect(posts[0]?.body["thread_ts"]).toBeUndefined();
    expect(posts[1]?.body["text"]).toBe(posts[0]?.body["text"]);
    expect(summaries()).toHaveLength(2);
    expect(slack.channelMessages("C1").filter((m) => m.threadTs === undefined)).toHaveLength(1);
    expect(slack.channelMessages("C1").map((m) => m.metadata?.event_payload["part"])).toEqual(
      Array.from({ length: posts.length - 1 }, (_, part) => part),
    );
  });

  it("run-due exits 1 when Slack is unreachable and the delivery is left for a retry", async () => {
    const env = { SLACK_BOT_TOKEN: ["xoxb", "unreachable"].join("-"), SLACK_API_URL: "http://127.0.0.1:1/api/" };
    const result = await run([digestCommand], ["digest", "run-due", "--db", dbPath], workspace.path, env);
    expect(result).toEqual({
      code: 1,
      out: "Digests: 0 sent, 0 skipped, 1 to retry, 0 failed, 0 interrupted.",
      err: 'error: 1 digest(s) not delivered; "tertial digest list" shows why.',
    });
  });

  it("run-due without SLACK_BOT_TOKEN fails with a hint and posts nothing", async () => {
    const result = await run([digestCommand], ["digest", "run-due", "--db", dbPath], workspace.path, {
      SLACK_API_URL: slack.url,
    });
    expect([result.code, result.err]).toEqual([
      1,
      "error: SLACK_BOT_TOKEN is not set. Put the bot token (xoxb-…) in the environment to post digests.",
    ]);
    expect(slack.calls).toEqual([]);
  });

  it("asks what to do without --preview or a sub-command", async () => {
    const result = await run([digestCommand], ["digest", "--db", dbPath], workspace.path);
    expect(result.code).toBe(2);
    expect(result.err).toContain("say what to do: --preview, run-due or list.");
  });
});

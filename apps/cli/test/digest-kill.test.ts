import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDigestSubscription, listDigestDeliveries, openDatabase } from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../../../packages/digests/test/digest-fake-slack.ts";

const repo = join(import.meta.dirname, "..", "..", "..");
const main = join(repo, "apps", "cli", "src", "main.ts");
const TRIALS = 20;
/** The digest of the three real reports is posted as this many messages: the summary and 5 replies in its thread. */
const PARTS = 6;
const LAST = PARTS - 1;

let dir: string;
let slack: FakeSlack;
let template: string;

/** A database with the real reports and a daily digest of every organisation (PARTS messages) due 5 minutes ago. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tertial-digest-kill-"));
  slack = await startFakeSlack();
  template = join(dir, "template.db");
  const db = openDatabase(template);
  await loadPaths(db, [join(repo, "data", "reports")], { workers: 0 });
  const due = new Date(Date.now() - 5 * 60_000);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Stockholm",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(due);
  const [hour, minute] = ["hour", "minute"].map((type) => Number(time.find((part) => part.type === type)?.value));
  addDigestSubscription(
    db,
    {
      channelId: "C1",
      channelName: "ekonomi",
      organisations: [],
      cron: `${minute} ${hour} * * *`,
      scheduleText: "dagligen",
      timezone: "Europe/Stockholm",
      periodic: true,
      newReport: false,
      skipUnchanged: false,
      createdBy: "UADMIN",
    },
    new Date(Date.now() - 24 * 3_600_000),
  );
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}, 120_000);
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** run-due in one process (node --import tsx, not the tsx wrapper, which would run it in a child of its own). */
function runDue(dbPath: string): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", main, "digest", "run-due", "--db", dbPath], {
    cwd: repo,
    env: { ...process.env, SLACK_BOT_TOKEN: ["xoxb", "kill", "test"].join("-"), SLACK_API_URL: slack.url },
    stdio: "ignore",
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exit };
}

/** Where a trial kills run-due: when part `part` reached Slack, before Slack answers or `afterMs` after. */
const KILL_POINTS = [
  { part: 0, afterMs: null },
  { part: 0, afterMs: 0 },
  { part: 0, afterMs: 15 },
  { part: LAST, afterMs: null },
  { part: LAST, afterMs: 0 },
  { part: LAST, afterMs: 15 },
  { part: LAST, afterMs: 60 },
] as const;

describe("kill -9 of digest run-due while it posts a digest of several parts", () => {
  it(`posts every part exactly once, in order, after a re-run, in ${TRIALS} of ${TRIALS} trials`, async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const point = KILL_POINTS[trial % KILL_POINTS.length] ?? KILL_POINTS[0];
      const dbPath = join(dir, `trial-${trial}.db`);
      copyFileSync(template, dbPath);
      const before = slack.channelMessages("C1").length;
      const first = runDue(dbPath);
      slack.onStored((message) => {
        if (message.metadata?.event_payload["part"] !== point.part) return;
        if (point.afterMs === null) first.child.kill("SIGKILL");
        else setTimeout(() => first.child.kill("SIGKILL"), point.afterMs);
      });
      const firstCode = await first.exit;
      slack.onStored(null);
      const second = runDue(dbPath);
      const secondCode = await second.exit;
      const parts = slack
        .channelMessages("C1")
        .slice(before)
        .map((m) => m.metadata?.event_payload["part"]);
      const db = openDatabase(dbPath, { readonly: true });
      const [delivery] = listDigestDeliveries(db);
      db.close();
      const killed = firstCode === null ? "killed" : `exit ${firstCode}`;
      outcomes.push(
        `part ${point.part} +${point.afterMs ?? "-"}: ${killed} → exit ${secondCode}: parts ${parts.join(",")}, ${delivery?.status}`,
      );
    }
    // A kill 15–60 ms after the last answer may land after run-due finished: then it exited 0 first.
    const everyPartOnce = `parts ${[...Array(PARTS).keys()].join(",")}, sent`;
    expect(
      outcomes.filter((line) => !/: (killed|exit 0) → exit 0: /.test(line) || !line.endsWith(everyPartOnce)),
    ).toEqual([]);
    // A kill before Slack answers always lands while run-due waits for that answer.
    const beforeAnswer = outcomes.filter((line) => / \+-: /.test(line));
    expect(beforeAnswer).toHaveLength(6);
    expect(beforeAnswer.filter((line) => !line.includes(": killed → "))).toEqual([]);
  }, 600_000);
});

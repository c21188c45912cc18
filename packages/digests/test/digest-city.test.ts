import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDigestSubscription, listDigestDeliveries, openDatabase, type Db } from "@tertial/store";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createDigestScheduler,
  runDueDigests,
  type DigestMessage,
  type DigestSlackClient,
  type TableBlock,
} from "../src/index.ts";
import { CITY, saveCityReports } from "./city-reports.ts";
import { startFakeSlack, type FakeSlack, type StoredMessage } from "./digest-fake-slack.ts";
import { webClient } from "./digest-test-setup.ts";
import { limitViolations } from "./slack-limit-check.ts";

const SLOT = new Date("2024-04-01T06:00:00.000Z");
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);
const REPORTS = join(import.meta.dirname, "..", "..", "..", "data", "reports");

let dir: string;
let template: string;
let slack: FakeSlack;
const dbs: Db[] = [];

/** The 29-organisation city (city-reports.ts) and a weekly digest of every organisation, Mondays 08:00. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tertial-digest-city-"));
  template = join(dir, "template.db");
  const db = openDatabase(template);
  await saveCityReports(db);
  addDigestSubscription(
    db,
    {
      channelId: "C1",
      channelName: "ledning",
      organisations: [],
      cron: "0 8 * * 1",
      scheduleText: "måndagar 08:00",
      timezone: "Europe/Stockholm",
      periodic: true,
      newReport: false,
      skipUnchanged: false,
      createdBy: "UADMIN",
    },
    new Date("2024-03-20T12:00:00.000Z"),
  );
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let dbPath: string;
beforeEach(async () => {
  slack = await startFakeSlack();
  dbPath = join(dir, `city-${Date.now()}-${Math.random()}.db`);
  copyFileSync(template, dbPath);
});
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
  await slack.close();
});

function open(): Db {
  const db = openDatabase(dbPath);
  dbs.push(db);
  return db;
}

const asMessage = (m: StoredMessage): DigestMessage => ({ text: m.text, blocks: m.blocks as DigestMessage["blocks"] });
const tableOf = (m: StoredMessage) =>
  (m.blocks as DigestMessage["blocks"]).find((b): b is TableBlock => b.type === "table");
const sectionTexts = (m: StoredMessage) =>
  (m.blocks as DigestMessage["blocks"]).flatMap((b) => (b.type === "section" ? [b.text.text] : []));
/** Line `line` of a real report in data/reports. */
const realLine = (file: string, line: number) => readFileSync(join(REPORTS, file), "utf8").split("\n")[line - 1] ?? "";

describe("a digest of 29 organisations", () => {
  it("is one summary message, one line per organisation, with the details as table replies in its thread", async () => {
    expect(await runDueDigests(open(), webClient(slack.url), at(0))).toMatchObject({ sent: 1, retrying: 0 });
    const messages = slack.channelMessages("C1");
    const [summary, ...replies] = messages;
    expect(messages.filter((m) => m.threadTs === undefined)).toHaveLength(1);
    expect(replies.map((m) => m.threadTs)).toEqual(Array(replies.length).fill(summary?.ts));
    expect(limitViolations(messages.map(asMessage))).toEqual([]);

    const lines = summary === undefined ? [] : sectionTexts(summary).flatMap((text) => text.split("\n"));
    expect(lines).toHaveLength(CITY.length);
    expect(summary?.text).toBe(
      "Tertialdigest: 29 organisationer, 242 indikatorer ej i fas eller ej uppnådda, 158 med risk. Detaljer i tråden.",
    );
    // Bromma has a copy of Norrmalm's T2 2021, Rinkeby-Kista copies of Socialnämnden's T1 2017 and T1 2020.
    expect(lines.find((line) => line.startsWith("• *Bromma"))).toBe(
      "• *Bromma stadsdelsnämnd* T2 2021: :red_circle: 9 ej i fas · :x: 4 ej uppnått · :large_yellow_circle: 7 risk · ingen tidigare rapport · resultat +20,5 mnkr (bromma-stadsdelsnamnd-t2-2021.txt:1624)",
    );
    expect(lines.find((line) => line.startsWith("• *Rinkeby-Kista"))).toBe(
      "• *Rinkeby-Kista stadsdelsnämnd* T1 2020: :red_circle: 3 ej i fas · :x: 1 ej uppnått · :large_yellow_circle: 4 risk · sedan T1 2017: 4 nya ej i fas, 1 återhämtad, 17 nya avvikelser, prognos +25,9 mnkr · resultat -8,0 mnkr (rinkeby-kista-stadsdelsnamnd-t1-2020.txt:1841)",
    );
    // The figures are the real reports' own.
    expect(realLine("norrmalm-t2-2021.txt", 1624)).toMatch(
      /^Prognos\/avvikelse efter resultatdispositioner\s.*\s20,5\s*$/,
    );
    expect(realLine("socialnamnden-t1-2020.txt", 1841)).toMatch(/^Nämnden totalt\s.*\s-8,0\s*$/);

    const byHeading = new Map<string, number>();
    for (const reply of replies) {
      const heading = (sectionTexts(reply)[0] ?? "").replace(/^\*|\*$/g, "").replace(/ \(\d+\/\d+\)$/, "");
      byHeading.set(heading, (byHeading.get(heading) ?? 0) + (tableOf(reply)?.rows.length ?? 1) - 1);
    }
    // 15 copies of Socialnämnden (8 indicators each) and 14 of Norrmalm (20 each); one budget row per organisation.
    expect(Object.fromEntries(byHeading)).toEqual({
      "Indikatorer ej i fas, ej uppnådda eller med risk": 15 * 8 + 14 * 20,
      "Förändringar sedan förra rapporten": 15 * 23,
      "Mål som uppfylls delvis eller ej": 14 * 2 + 15 * 0,
      "Aktiviteter med avvikelse": 14 * 4 + 15 * 17,
      Budget: 29,
    });
    // 32 replies since wrapped-layout rows cite their line range ("3908–3914"): one table more by size.
    expect(replies).toHaveLength(32);
  });

  it("is posted once by two schedulers at the same minute, and once more by neither after a restart", async () => {
    const a = createDigestScheduler({ db: open(), client: webClient(slack.url), now: () => at(0) });
    const b = createDigestScheduler({ db: open(), client: webClient(slack.url), now: () => at(0) });
    const results = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(results.map((r) => r.sent).reduce((x, y) => x + y)).toBe(1);
    const once = slack.channelMessages("C1").length;
    for (const db of dbs.splice(0)) db.close();
    expect(await runDueDigests(open(), webClient(slack.url), at(30))).toMatchObject({ sent: 0, interrupted: 0 });
    expect(slack.channelMessages("C1")).toHaveLength(once);
    expect(slack.channelMessages("C1").filter((m) => m.threadTs === undefined)).toHaveLength(1);
  });

  it("after a restart between the summary and its replies, posts only the missing replies, in the same thread", async () => {
    // The first process posts the summary, then hangs on the first reply and is never heard of again.
    const real = webClient(slack.url);
    const hangs: DigestSlackClient = {
      ...real,
      chat: {
        postMessage: (args) => (args.thread_ts === undefined ? real.chat.postMessage(args) : new Promise(() => {})),
      },
    };
    void runDueDigests(open(), hangs, at(0));
    const reader = open();
    await waitFor(() => listDigestDeliveries(reader)[0]?.partsSent === 1);
    const [summary] = slack.channelMessages("C1");
    expect(slack.channelMessages("C1")).toHaveLength(1);
    expect(listDigestDeliveries(reader)[0]).toMatchObject({ status: "sending", partsSent: 1, messageTs: summary?.ts });

    // The restarted process finds the delivery stale after 15 minutes, reads the channel and the thread.
    expect(await runDueDigests(open(), webClient(slack.url), at(20))).toMatchObject({ sent: 1, interrupted: 1 });
    const messages = slack.channelMessages("C1");
    expect(messages.filter((m) => m.threadTs === undefined).map((m) => m.ts)).toEqual([summary?.ts]);
    expect(messages.slice(1).map((m) => [m.threadTs, m.metadata?.event_payload["part"]])).toEqual(
      Array.from({ length: 32 }, (_, i) => [summary?.ts, i + 1]),
    );
  });
});

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!done()) throw new Error("the condition did not come true");
}

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDigestSubscription, listDigestSubscriptions, openDatabase, saveReport, type Db } from "@tertial/store";
import { createDigestCommand, deliverNewReportDigests, type DigestCommandArgs } from "../src/index.ts";
import { startFakeSlack, type FakeSlack } from "./digest-fake-slack.ts";
import { makeReport, NORRMALM_2021, saveReports, TEST_2019, TEST_2020, webClient } from "./digest-test-setup.ts";

const NOW = new Date("2024-03-27T10:00:00.000Z");
let slack: FakeSlack;
let db: Db;
beforeEach(async () => {
  slack = await startFakeSlack();
  db = openDatabase(":memory:");
  saveReports(db, [TEST_2019, TEST_2020, NORRMALM_2021]);
});
afterEach(async () => {
  db.close();
  await slack.close();
});

async function run(
  text: string,
  userId = "UADMIN",
): Promise<{ text: string; blocks?: unknown[]; response_type?: string }[]> {
  const replies: { text: string; blocks?: unknown[]; response_type?: string }[] = [];
  const handler = createDigestCommand({ db, client: webClient(slack.url), adminUserIds: ["UADMIN"], now: () => NOW });
  const args: DigestCommandArgs = {
    text,
    userId,
    channelId: "C1",
    respond: (message) => Promise.resolve(replies.push(message)),
  };
  await handler(args);
  return replies;
}

describe("createDigestCommand", () => {
  it("lets an admin add a digest for a channel the bot is in, and lists it with the next run", async () => {
    slack.members.add("C1");
    expect((await run("digest add <#C1|ekonomi> måndag 08:00 Norrmalm"))[0]).toEqual({
      text: "Digest #1 tillagd: <#C1>, måndagar 08:00 (första 2024-04-01 08:00), Norrmalms stadsdelsnämnd.",
      response_type: "ephemeral",
    });
    expect(listDigestSubscriptions(db)).toMatchObject([
      { channelId: "C1", channelName: "ekonomi", cron: "0 8 * * 1", organisations: ["Norrmalms stadsdelsnämnd"] },
    ]);
    expect((await run("digest list", "UOTHER"))[0]?.text).toBe(
      "*#1* <#C1> · måndagar 08:00 (nästa 2024-04-01 08:00) · Norrmalms stadsdelsnämnd",
    );
  });

  it("refuses add and remove for users outside TERTIAL_ADMIN_USERS", async () => {
    slack.members.add("C1");
    expect((await run("digest add <#C1> måndag 08:00", "UOTHER"))[0]?.text).toMatch(/^Bara administratörer/);
    expect((await run("digest remove 1", "UOTHER"))[0]?.text).toMatch(/^Bara administratörer/);
    expect(listDigestSubscriptions(db)).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it("says how to invite the bot to a channel it is not in, public or private", async () => {
    for (const channel of ["C2", "G3"]) {
      expect((await run(`digest add <#${channel}|hemlig> måndag 08:00`))[0]?.text).toBe(
        `Jag är inte medlem i <#${channel}>. Bjud in mig genom att skriva \`/invite @tertial\` i kanalen och försök sedan igen.`,
      );
    }
    expect(listDigestSubscriptions(db)).toEqual([]);
  });

  it("names the loaded organisations when none matches", async () => {
    expect((await run("digest add <#C1> måndag 08:00 Kungsholmen"))[0]?.text).toBe(
      'Ingen inläst organisation matchar "Kungsholmen". Inlästa: Norrmalms stadsdelsnämnd, Testnämnden.',
    );
  });

  it("removes a digest, and says so when the number is unknown", async () => {
    slack.members.add("C1");
    await run("digest add <#C1> varje dag 07:00");
    expect((await run("digest remove 1"))[0]?.text).toBe("Digest #1 är borttagen.");
    expect((await run("digest remove 1"))[0]?.text).toBe("Det finns ingen digest #1. Se `/tertial digest list`.");
  });

  it("shows failed deliveries in the list", async () => {
    slack.members.add("C1");
    await run("digest add <#C1> ny-rapport Norrmalm");
    slack.failNext("chat.postMessage", "is_archived", 4);
    const client = webClient(slack.url);
    for (const minutes of [0, 1, 6, 21]) await deliverNewReportDigestsAt(client, minutes);
    const [reply] = await run("digest list");
    expect(reply?.text).toBe(
      "*#1* <#C1> · vid ny rapport · Norrmalms stadsdelsnämnd\n    senast: ny rapport (2024-03-27 11:00) MISSLYCKADES, 4 försök: is_archived",
    );
  });

  it("previews a digest for anyone, ephemerally, as Block Kit", async () => {
    const replies = await run("digest preview Testnämnden", "UOTHER");
    // The summary, four of the five details tables, and where to see the rest (Slack allows five responses).
    expect(replies.map((reply) => [reply.response_type, reply.blocks?.length ?? 0])).toEqual([
      ["ephemeral", 3],
      ["ephemeral", 2],
      ["ephemeral", 2],
      ["ephemeral", 2],
      ["ephemeral", 0],
    ]);
    expect(JSON.stringify(replies[0]?.blocks)).toContain("*Testnämnden* T1 2020");
    expect(JSON.stringify(replies[1]?.blocks)).toContain("Sjukfrånvaro");
    expect(replies[4]?.text).toBe(
      "… och 2 meddelanden till. Välj en organisation, eller kör `npm run -s tertial -- digest --preview`.",
    );
    expect((await run("preview Okänd"))[0]?.text).toMatch(/^Ingen inläst organisation matchar "Okänd"/);
  });
});

describe("deliverNewReportDigests", () => {
  it("posts each newly loaded report once per subscription, again when it is replaced, never for older loads", async () => {
    slack.members.add("C1");
    await run("digest add <#C1> ny-rapport Testnämnden");
    const client = webClient(slack.url);
    expect(await deliverNewReportDigests(db, client, NOW)).toEqual(["sent", "sent"]);
    expect(await deliverNewReportDigests(db, client, NOW)).toEqual([]);
    expect(summaries().map((post) => post.body["text"])).toEqual([
      "Ny rapport: Testnämnden T1 2019: 1 organisation, 2 indikatorer ej i fas eller ej uppnådda, 1 med risk. Detaljer i tråden.",
      "Ny rapport: Testnämnden T1 2020: 1 organisation, 2 indikatorer ej i fas eller ej uppnådda, 1 med risk. Detaljer i tråden.",
    ]);
    saveReport(db, makeReport({ ...TEST_2020, checksum: "d" }));
    expect(await deliverNewReportDigests(db, client, NOW)).toEqual(["sent"]);
    const later = {
      channelId: "C9",
      channelName: null,
      organisations: [],
      cron: null,
      scheduleText: null,
      timezone: "Europe/Stockholm",
    };
    addDigestSubscription(
      db,
      { ...later, periodic: false, newReport: true, skipUnchanged: false, createdBy: "UADMIN" },
      new Date("2999-01-01T00:00:00.000Z"),
    );
    expect(await deliverNewReportDigests(db, client, new Date("2999-01-01T00:00:01.000Z"))).toEqual([]);
    expect(summaries()).toHaveLength(3);
  });
});

/** The top-level messages posted: one summary per digest (the details are replies in its thread). */
function summaries() {
  return slack.posts().filter((post) => post.body["thread_ts"] === undefined);
}

async function deliverNewReportDigestsAt(client: ReturnType<typeof webClient>, minutes: number): Promise<void> {
  const { runDueDigests } = await import("../src/index.ts");
  await runDueDigests(db, client, new Date(NOW.getTime() + minutes * 60_000));
}

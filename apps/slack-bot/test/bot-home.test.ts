import { createEngine } from "@tertial/engine";
import { addDigestSubscription, claimDigestSlot, finishDelivery } from "@tertial/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportsDb, startBot, type BotHarness, type TempDb } from "./bot-harness.ts";
import type { RecordedCall } from "./fake-slack.ts";
import { outline } from "./sent-blocks.ts";
import { directMessageEvent, postEvent, postHomeButtonClick } from "./slack-requests.ts";

/** App Home on the real reports: question buttons for everyone allowed, digest subscriptions for admins. */
let temp: TempDb;
let harness: BotHarness;
/** Monday 7 December 2026, 07:00 in Stockholm. */
const NOW = new Date("2026-12-07T06:00:00.000Z");

beforeAll(async () => {
  temp = await createReportsDb();
  const subscription = addDigestSubscription(
    temp.db,
    {
      channelId: "C0000DIG",
      channelName: "ledningsgruppen",
      organisations: ["Norrmalms stadsdelsnämnd"],
      cron: "0 8 * * 1",
      scheduleText: "måndag 08:00",
      timezone: "Europe/Stockholm",
      periodic: true,
      newReport: false,
      skipUnchanged: false,
      createdBy: "U0000ADM",
    },
    new Date("2026-11-20T09:00:00.000Z"),
  );
  const sentAt = new Date("2026-11-30T07:00:00.000Z");
  const delivery = claimDigestSlot(temp.db, {
    subscriptionId: subscription.id,
    slot: `at:${sentAt.toISOString()}`,
    kind: "periodic",
    now: sentAt,
  });
  finishDelivery(temp.db, delivery?.id ?? -1, { status: "sent", now: sentAt, contentKey: "k1" });
  harness = await startBot({
    db: temp.db,
    engine: createEngine(temp.db),
    adminUserIds: ["U0000ADM"],
    now: () => NOW,
  });
});

afterAll(async () => {
  await harness.close();
  temp.remove();
});

async function openHome(user: string, channel: string): Promise<RecordedCall> {
  const before = harness.fake.callsTo("views.publish").length;
  await postEvent(harness.url, { type: "app_home_opened", user, channel, tab: "home", event_ts: "1710000004.000000" });
  const publishes = await harness.fake.waitForCalls("views.publish", before + 1);
  const publish = publishes[before];
  expect(publish?.body["user_id"]).toBe(user);
  return publish as RecordedCall;
}

const viewOf = (publish: RecordedCall) => publish.body["view"] as Record<string, unknown>;

const QUESTIONS = [
  "divider: ",
  "header: Vanliga frågor",
  "context: Svaret kommer under *Meddelanden*, där du kan ställa följdfrågor som _och för T2?_",
  "section: *Norrmalms stadsdelsnämnd* · senaste T2 2021",
  "actions: [tertial_home_off_track=Norrmalms stadsdelsnämnd] Ej i fas · [tertial_home_budget=Norrmalms stadsdelsnämnd] Budgetresultat · [tertial_home_overview=Norrmalms stadsdelsnämnd] Översikt",
  "section: *Socialnämnden* · senaste T1 2020",
  "actions: [tertial_home_off_track=Socialnämnden] Ej i fas · [tertial_home_budget=Socialnämnden] Budgetresultat · [tertial_home_changes=Socialnämnden] Vad har ändrats? · [tertial_home_overview=Socialnämnden] Översikt",
];

describe("App Home", () => {
  it("shows an admin the reports, the question buttons and the digest subscriptions", async () => {
    const view = viewOf(await openHome("U0000ADM", "D0000ADM"));
    expect(view["private_metadata"]).toBe('{"dm":"D0000ADM"}');
    expect(outline(view)).toEqual([
      "header: Tertial",
      "section: Fråga mig om nämndernas tertialrapporter och verksamhetsberättelser: nämn `@tertial` i en kanal, skriv till mig här under *Meddelanden*, eller använd `/tertial`.",
      "divider: ",
      "header: Inlästa rapporter (3)",
      "section: *Norrmalms stadsdelsnämnd* – 1 rapport; senaste T2 2021: :red_circle: 13 indikatorer når inte målet\n" +
        "*Socialnämnden* – 2 rapporter; senaste T1 2020: :red_circle: 4 indikatorer når inte målet",
      "context: :red_circle: = indikatorer som inte når målet (prognos eller utfall) i den senaste perioden.",
      ...QUESTIONS,
      "divider: ",
      "header: Digester (1)",
      "context: Bara administratörer (TERTIAL_ADMIN_USERS) ser det här. Lägg till med `/tertial digest add #kanal måndag 08:00 [nämnd]`, ta bort med `/tertial digest remove <nr>`.",
      "section: *#1* <#C0000DIG> · måndag 08:00 (nästa 2026-12-07 08:00) · Norrmalms stadsdelsnämnd\n" +
        "    senast: 2026-11-30 08:00 skickad",
      "divider: ",
      "header: Exempel på frågor",
      expect.stringMatching(/^section: • Hur går det för Norrmalm\?\n/),
      expect.stringMatching(/^section: \*In English\*\n/),
    ]);
  });

  it("shows someone who is not an admin the same view without the digests", async () => {
    const view = viewOf(await openHome("U0000ASK", "D0000ASK"));
    expect(view["private_metadata"]).toBe('{"dm":"D0000ASK"}');
    const lines = outline(view);
    expect(lines.slice(6, 6 + QUESTIONS.length)).toEqual(QUESTIONS);
    expect(lines.filter((line) => /Digester|C0000DIG|digest/.test(line))).toEqual([]);
    expect(lines).toHaveLength(6 + QUESTIONS.length + 4);
  });

  it("answers a button's question once in the user's DM, where a follow-up keeps the organisation", async () => {
    const publish = await openHome("U0000ASK", "D0000BTN");
    const before = harness.fake.callsTo("chat.postMessage").length;
    await postHomeButtonClick(harness.url, {
      actionId: "tertial_home_off_track",
      value: "Norrmalms stadsdelsnämnd",
      privateMetadata: String(viewOf(publish)["private_metadata"]),
    });
    const [answer] = (await harness.fake.waitForCalls("chat.postMessage", before + 1)).slice(before);
    expect(answer?.body["channel"]).toBe("D0000BTN");
    expect(answer?.body["thread_ts"]).toBeUndefined();
    expect(outline(answer?.body).slice(0, 5)).toEqual([
      expect.stringMatching(/^header: Norrmalms stadsdelsnämnd · T2 2021\b/),
      "context: Fråga: Vilka indikatorer är ej i fas för Norrmalm?",
      "section: 13 indikatorer med status ej i fas eller ej uppnått i Norrmalms stadsdelsnämnd T2 2021 (senaste inlästa rapporten):",
      expect.stringMatching(
        /^section: :red_circle: \*Andel barn som lever i familjer som har ekonomiskt bistånd\* – ej i fas\n/,
      ),
      "context: Norrmalms stadsdelsnämnd T2 2021 · norrmalm-t2-2021.txt:224",
    ]);

    await postEvent(
      harness.url,
      directMessageEvent("och budgetresultatet?", { channel: "D0000BTN", user: "U0000ASK", ts: "1710000005.000000" }),
    );
    const posts = (await harness.fake.waitForCalls("chat.postMessage", before + 2)).slice(before);
    // The button's answer once, then the follow-up's.
    expect(posts.map((post) => [post.body["channel"], outline(post.body)[1]])).toEqual([
      ["D0000BTN", "context: Fråga: Vilka indikatorer är ej i fas för Norrmalm?"],
      ["D0000BTN", "context: Fråga: och budgetresultatet?"],
    ]);
    const followUp = outline(posts[1]?.body);
    expect(followUp[0]).toMatch(/^header: Norrmalms stadsdelsnämnd · T2 2021\b/);
    expect(followUp.join("\n")).toContain("Anslag för nämndens verksamhet");
    expect(followUp.join("\n")).not.toContain("Socialnämnden");
  });
});

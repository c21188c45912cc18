import { chunkLines } from "@tertial/digests";
import type { types } from "@slack/bolt";
import type { ReportOverview } from "../report-overview.ts";
import { escapeMrkdwn } from "./escape.ts";
import { exampleLines } from "./help-message.ts";
import { digestBlocks } from "./home-digests.ts";
import { homeMetadata, questionBlocks } from "./home-questions.ts";
import { context, header, section, SLACK_MESSAGE_LIMITS, type Block } from "./slack-message.ts";

export type HomeView = types.HomeView;

/** Organisations listed on App Home; a city has ~30, a test corpus may have more. */
const MAX_ORGANISATION_LINES = 60;

export interface HomeViewInput {
  overview: ReportOverview;
  /** The user's DM with the bot (app_home_opened's channel): the question buttons answer there. */
  dmChannelId: string;
  /** The digest subscriptions as `/tertial digest list` shows them, for an admin; null for anyone else. */
  digests: readonly string[] | null;
}

/**
 * App Home: the loaded reports (per organisation: count, latest period and its off-track count), a row
 * of question buttons per organisation, for admins the digest subscriptions, and example questions in
 * Swedish and English. Stays within Slack's 100 blocks and 3,000 characters per section: the buttons get
 * the blocks the rest leaves, two per organisation, and a note names how many organisations did not fit.
 */
export function renderHomeView(input: HomeViewInput): HomeView {
  const { overview } = input;
  const head: Block[] = [
    header("Tertial"),
    section(
      "Fråga mig om nämndernas tertialrapporter och verksamhetsberättelser: nämn `@tertial` i en kanal, skriv till mig här under *Meddelanden*, eller använd `/tertial`.",
    ),
    { type: "divider" },
    header(`Inlästa rapporter (${overview.reportCount})`),
  ];
  const tail: Block[] = [
    ...(input.digests === null ? [] : digestBlocks(input.digests)),
    { type: "divider" },
    header("Exempel på frågor"),
    section(exampleLines("sv")),
    section(`*In English*\n${exampleLines("en")}`),
  ];
  if (overview.organisations.length === 0) {
    head.push(
      section("Inga rapporter är inlästa ännu. En administratör lägger dem i `data/reports` och startar om boten."),
    );
    return view(input, [...head, ...tail]);
  }
  const lines = overview.organisations
    .slice(0, MAX_ORGANISATION_LINES)
    .map(
      (org) =>
        `*${escapeMrkdwn(org.organisation)}* – ${org.reportCount} ${org.reportCount === 1 ? "rapport" : "rapporter"}; senaste ${org.latestPeriod}: ${offTrackText(org.offTrack)}`,
    );
  head.push(...chunkLines(lines, SLACK_MESSAGE_LIMITS.sectionText).map(section));
  const hidden = overview.organisations.length - MAX_ORGANISATION_LINES;
  if (hidden > 0) head.push(context(`…och ${hidden} nämnder till. Fråga _Vilka rapporter finns?_ för hela listan.`));
  head.push(context(":red_circle: = indikatorer som inte når målet (prognos eller utfall) i den senaste perioden."));

  const questions: Block[] = [
    { type: "divider" },
    header("Vanliga frågor"),
    context("Svaret kommer under *Meddelanden*, där du kan ställa följdfrågor som _och för T2?_"),
  ];
  const room = SLACK_MESSAGE_LIMITS.blocksPerHomeView - head.length - tail.length - questions.length - 1;
  const withButtons = overview.organisations.slice(0, Math.max(0, Math.floor(room / 2)));
  for (const org of withButtons) questions.push(...questionBlocks(org));
  const without = overview.organisations.length - withButtons.length;
  if (without > 0) {
    questions.push(
      context(
        `…och ${without} nämnder till: fråga mig under *Meddelanden*, till exempel _${escapeMrkdwn("Hur går det för <nämnd>?")}_`,
      ),
    );
  }
  return view(input, [...head, ...questions, ...tail]);
}

function view(input: HomeViewInput, blocks: Block[]): HomeView {
  return {
    type: "home",
    private_metadata: homeMetadata(input.dmChannelId),
    blocks: blocks.slice(0, SLACK_MESSAGE_LIMITS.blocksPerHomeView),
  };
}

/** App Home for someone outside the access lists: nothing about the data. */
export function renderHomeRefusal(): HomeView {
  return {
    type: "home",
    blocks: [
      header("Tertial"),
      section(
        "Du har inte åtkomst till Tertial. Be en administratör om åtkomst. _You do not have access; ask an administrator._",
      ),
    ],
  };
}

function offTrackText(count: number): string {
  return count === 0
    ? ":large_green_circle: inga indikatorer avviker"
    : `:red_circle: ${count} ${count === 1 ? "indikator når" : "indikatorer når"} inte målet`;
}

import type { types } from "@slack/bolt";
import type { ReportOverview } from "../report-overview.ts";
import { escapeMrkdwn } from "./escape.ts";
import { exampleLines } from "./help-message.ts";
import { context, header, section, SLACK_MESSAGE_LIMITS, type Block } from "./slack-message.ts";

export type HomeView = types.HomeView;

/** Organisations listed on App Home; a city has ~30, a test corpus may have more. */
const MAX_ORGANISATION_LINES = 60;

/**
 * App Home: the loaded reports (per organisation: count, latest period and its off-track count) and
 * example questions in Swedish and English. Stays under Slack's 100 blocks and 3,000 characters per section.
 */
export function renderHomeView(overview: ReportOverview): HomeView {
  const blocks: Block[] = [
    header("Tertial"),
    section(
      "Fråga mig om nämndernas tertialrapporter och verksamhetsberättelser: nämn `@tertial` i en kanal, skriv till mig här under *Meddelanden*, eller använd `/tertial`.",
    ),
    { type: "divider" },
    header(`Inlästa rapporter (${overview.reportCount})`),
  ];
  if (overview.organisations.length === 0) {
    blocks.push(
      section("Inga rapporter är inlästa ännu. En administratör lägger dem i `data/reports` och startar om boten."),
    );
  } else {
    const lines = overview.organisations
      .slice(0, MAX_ORGANISATION_LINES)
      .map(
        (org) =>
          `*${escapeMrkdwn(org.organisation)}* – ${org.reportCount} ${org.reportCount === 1 ? "rapport" : "rapporter"}; senaste ${org.latestPeriod}: ${offTrackText(org.offTrack)}`,
      );
    blocks.push(...chunkLines(lines, SLACK_MESSAGE_LIMITS.sectionText).map(section));
    const hidden = overview.organisations.length - MAX_ORGANISATION_LINES;
    if (hidden > 0)
      blocks.push(context(`…och ${hidden} nämnder till. Fråga _Vilka rapporter finns?_ för hela listan.`));
    blocks.push(
      context(":red_circle: = indikatorer som inte når målet (prognos eller utfall) i den senaste perioden."),
    );
  }
  blocks.push(
    { type: "divider" },
    header("Exempel på frågor"),
    section(exampleLines("sv")),
    section(`*In English*\n${exampleLines("en")}`),
  );
  return { type: "home", blocks: blocks.slice(0, SLACK_MESSAGE_LIMITS.blocksPerHomeView) };
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

/** Joins lines into texts of at most `max` characters (a line longer than `max` is cut). */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current !== "" && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? line : `${current}\n${line}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

import { commonQuestion, commonQuestionTitle, questionsFor, type CommonQuestionKind } from "../common-questions.ts";
import type { OrganisationOverview, ReportOverview } from "../report-overview.ts";
import { escapeMrkdwn, truncate } from "./escape.ts";
import { section, type SlackMessage } from "./slack-message.ts";

/** A suggested prompt in the assistant panel: the title shown, the message sent when it is clicked. */
export interface AssistantPrompt {
  title: string;
  message: string;
}

/** assistant.threads.setSuggestedPrompts takes at most four prompts. */
export const MAX_SUGGESTED_PROMPTS = 4;
/** Shown above the prompts (Slack's default is "Try these prompts:"). */
export const SUGGESTED_PROMPTS_TITLE = "Förslag på frågor";
/** The greeting names the organisations when there are this many at most. */
const MAX_NAMED_ORGANISATIONS = 5;
/** A thread's title in the assistant's history: the first question, this long at most. */
const MAX_THREAD_TITLE = 100;

/**
 * Up to four prompts drawn from the loaded reports, each one the engine answers with items: the
 * off-track indicators and the budget result of the organisation with the latest report (or the latest
 * one that has any), what changed for the latest organisation with an earlier report to compare with,
 * and the overview of another organisation (the latest one's when it is alone). None when nothing is loaded.
 */
export function suggestedPrompts(overview: ReportOverview): AssistantPrompt[] {
  const byLatest = [...overview.organisations].sort(
    (a, b) => b.latestRank - a.latestRank || a.organisation.localeCompare(b.organisation, "sv"),
  );
  const latest = byLatest[0];
  if (latest === undefined) return [];
  const firstWith = (kind: CommonQuestionKind) => byLatest.find((org) => questionsFor(org).includes(kind));
  const picks: [CommonQuestionKind, OrganisationOverview | undefined][] = [
    ["off-track", firstWith("off-track")],
    ["budget", firstWith("budget")],
    ["changes", firstWith("changes")],
    ["overview", byLatest.find((org) => org !== latest) ?? latest],
  ];
  const prompts: AssistantPrompt[] = [];
  for (const [kind, org] of picks) {
    if (org === undefined) continue;
    const message = commonQuestion(kind, org.organisation);
    if (prompts.some((prompt) => prompt.message === message)) continue;
    prompts.push({ title: commonQuestionTitle(kind, org.organisation), message });
  }
  return prompts.slice(0, MAX_SUGGESTED_PROMPTS);
}

/** The first message in a new assistant thread: what the bot does and what is loaded. */
export function renderAssistantGreeting(overview: ReportOverview): SlackMessage {
  const organisations = overview.organisations.length;
  const loaded =
    organisations === 0
      ? "Inga rapporter är inlästa ännu, så jag har inget att svara med. En administratör lägger dem i `data/reports`."
      : `Inlästa: ${overview.reportCount} ${overview.reportCount === 1 ? "rapport" : "rapporter"} från ${organisations} ${organisations === 1 ? "nämnd" : "nämnder"}${namesOf(overview)}.`;
  const text = [
    "Hej! Jag svarar på frågor om nämndernas tertialrapporter och verksamhetsberättelser, med källa (fil:rad) för varje uppgift.",
    loaded,
    organisations === 0
      ? ""
      : "Välj en fråga nedan eller skriv en egen. Följdfrågor som _och budgetresultatet?_ behåller nämnd och period. _Ask in English too._",
  ]
    .filter((line) => line !== "")
    .join("\n");
  return { text, blocks: [section(text)] };
}

/** " (Norrmalms stadsdelsnämnd, Socialnämnden)" for a few organisations; nothing for a long list. */
function namesOf(overview: ReportOverview): string {
  if (overview.organisations.length > MAX_NAMED_ORGANISATIONS) return "";
  return ` (${overview.organisations.map((org) => escapeMrkdwn(org.organisation)).join(", ")})`;
}

/** The thread's title: the question, on one line, cut to a length Slack's history list shows. */
export function threadTitle(question: string): string {
  return truncate(question.replace(/\s+/g, " ").trim(), MAX_THREAD_TITLE);
}

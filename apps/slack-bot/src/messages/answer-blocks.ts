import { formatSource } from "@tertial/domain";
import { PHRASES, type Answer, type AnswerItem, type Language, type ReportRef } from "@tertial/engine";
import { escapeAndTruncate } from "./escape.ts";
import { seriesBlocks } from "./series-blocks.ts";
import {
  context,
  header,
  section,
  SLACK_MESSAGE_LIMITS,
  type Block,
  type MessageBlock,
  type SlackMessage,
} from "./slack-message.ts";
import { statusEmoji } from "./status-emoji.ts";

/** Items shown in the first message; the rest go behind the "Show all" button. */
export const FIRST_MESSAGE_ITEMS = 10;
/** Items per follow-up message: 2 blocks each plus a heading stays under Slack's 50 blocks. */
export const ITEMS_PER_MESSAGE = 20;
export const SHOW_ALL_ACTION_ID = "tertial_show_all";

const WORDS = {
  sv: {
    all: "alla nämnder",
    latest: "senaste",
    question: "Fråga",
    more: (n: number) => `…och ${n} till.`,
    showAll: "Visa alla",
    didYouMean: "Menade du",
    continued: (from: number, to: number, total: number) => `Fortsättning: ${from}–${to} av ${total}`,
  },
  en: {
    all: "all organisations",
    latest: "latest",
    question: "Question",
    more: (n: number) => `…and ${n} more.`,
    showAll: "Show all",
    didYouMean: "Did you mean",
    continued: (from: number, to: number, total: number) => `Continued: ${from}–${to} of ${total}`,
  },
} as const;

export interface RenderAnswerOptions {
  /** Id of the saved answer behind the "Show all" button; null shows no button. */
  showAllId: number | null;
  maxItems?: number;
}

/**
 * The first message for an engine answer, the same structured answer the CLI prints: a header with the
 * scope, the question echoed (escaped), the lead lines, up to `maxItems` items (a section with status
 * emoji, name, values and the rule, and a context line with the source; a trend or comparison as charts
 * and a table instead, see seriesBlocks), when there are more a count with a "Visa alla" / "Show all"
 * button, then the notes and any "Did you mean" suggestions.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions): SlackMessage {
  const words = WORDS[answer.language];
  const maxItems = options.maxItems ?? FIRST_MESSAGE_ITEMS;
  const blocks: MessageBlock[] = [
    header(scopeTitle(answer)),
    context(`${words.question}: ${escapeAndTruncate(answer.question, 300)}`),
  ];
  const lead = answer.lead?.join("\n").trim() ?? "";
  if (lead !== "") blocks.push(section(escapeAndTruncate(lead, SLACK_MESSAGE_LIMITS.sectionText)));
  const notes = (answer.notes ?? []).join("\n").trim();
  // An answer built without lead lines (or with nothing in them) still says what its text says.
  if (lead === "" && notes === "" && answer.items.length === 0 && answer.answerText.trim() !== "") {
    blocks.push(section(escapeAndTruncate(answer.answerText, SLACK_MESSAGE_LIMITS.sectionText)));
  }
  const shown = answer.items.slice(0, maxItems);
  blocks.push(...bodyBlocks(answer, shown));
  const rest = answer.items.length - shown.length;
  if (rest > 0) {
    const more: Block = section(words.more(rest));
    if (options.showAllId !== null && more.type === "section") {
      more.accessory = {
        type: "button",
        action_id: SHOW_ALL_ACTION_ID,
        text: { type: "plain_text", text: `${words.showAll} (${answer.items.length})` },
        value: String(options.showAllId),
      };
    }
    blocks.push(more);
  }
  if (notes !== "") blocks.push(context(escapeAndTruncate(notes, SLACK_MESSAGE_LIMITS.sectionText)));
  if (answer.suggestions.length > 0) {
    blocks.push(
      context(
        escapeAndTruncate(`${words.didYouMean}: ${answer.suggestions.join(" · ")}`, SLACK_MESSAGE_LIMITS.sectionText),
      ),
    );
  }
  return { text: fallbackText(answer), blocks };
}

/**
 * The items after the first message, in messages of `ITEMS_PER_MESSAGE`, each opening with a context line
 * "Fortsättning: 11–30 av 42"; a trend's or comparison's drawn as in the first message.
 */
export function renderRemainingItems(answer: Answer, shown: number): SlackMessage[] {
  const words = WORDS[answer.language];
  const total = answer.items.length;
  const messages: SlackMessage[] = [];
  for (let start = shown; start < total; start += ITEMS_PER_MESSAGE) {
    const items = answer.items.slice(start, start + ITEMS_PER_MESSAGE);
    const title = words.continued(start + 1, start + items.length, total);
    messages.push({
      text: escapeAndTruncate(
        `${title}: ${items.map((item) => item.name).join(", ")}`,
        SLACK_MESSAGE_LIMITS.fallbackText,
      ),
      blocks: [context(title), ...bodyBlocks(answer, items)],
    });
  }
  return messages;
}

/** Items as blocks: a trend's or comparison's as charts and a table (then any prose), others one by one. */
function bodyBlocks(answer: Answer, items: readonly AnswerItem[]): MessageBlock[] {
  if (answer.intent !== "trend" && answer.intent !== "compare")
    return items.flatMap((item) => itemBlocks(item, answer.language));
  const series = seriesBlocks(answer, items);
  return [...series.blocks, ...series.others.flatMap((item) => itemBlocks(item, answer.language))];
}

/** "Socialnämnden · T1 2020", "alla nämnder · T2 2021 (senaste)". */
export function scopeTitle(answer: Answer): string {
  const words = WORDS[answer.language];
  const organisations = answer.scope.organisations.length > 0 ? answer.scope.organisations.join(", ") : words.all;
  const periods = answer.scope.periods.join(", ");
  const latest = answer.scope.periodIsDefault && periods !== "" ? ` (${words.latest})` : "";
  return periods === "" ? organisations : `${organisations} · ${periods}${latest}`;
}

/** "Socialnämnden T1 2020", "Norrmalms stadsdelsnämnd – Äldreomsorgen T2 2021". */
export function reportName(report: ReportRef): string {
  return `${report.organisation}${report.unit === null ? "" : ` – ${report.unit}`} ${report.period}`;
}

/**
 * One item: a section with the name and status, its values, the rule (`statusReason`: an indicator's
 * `facts.rule` as the engine's phrase pack words it) and (an explain answer) the report's analysis on a
 * line of its own, kept under Slack's 3,000 characters per section; then the source.
 */
function itemBlocks(item: AnswerItem, language: Language): Block[] {
  if (item.kind === "passage") return passageBlocks(item);
  const name = item.kind === "goal" && item.facts.code !== null ? `${item.facts.code} ${item.name}` : item.name;
  const words = PHRASES[language];
  const lines = [
    `${statusEmoji(item.status)} *${escapeAndTruncate(name, 500)}*${item.status === null ? "" : ` – ${words.status[item.status]}`}`,
  ];
  const analysisLabel = words.valueLabel.analysis;
  // An English goal's assessment is the report's Swedish words ("Uppfylls delvis"): quoted, as clauses are.
  const quoted = language === "en" && item.kind === "goal" ? words.valueLabel.assessment : null;
  const values = Object.entries(item.values)
    .filter(([label]) => label !== analysisLabel)
    .map(([label, value]) => (label === quoted ? `${label}: "${value}"` : `${label}: ${value}`));
  if (values.length > 0) lines.push(escapeAndTruncate(values.join(" · "), 1000));
  if (item.statusReason !== null && item.statusReason !== "")
    lines.push(`_${escapeAndTruncate(item.statusReason, 500)}_`);
  const analysis = item.values[analysisLabel];
  if (analysis !== undefined) lines.push(`${analysisLabel}: ${escapeAndTruncate(analysis, 900)}`);
  const sourceLine = `${reportName(item.report)} · ${formatSource(item.source)}`;
  return [section(lines.join("\n")), context(escapeAndTruncate(sourceLine, 500))];
}

/** A quoted passage of the report's prose: its heading, the quote, and the lines it spans. */
function passageBlocks(item: Extract<AnswerItem, { kind: "passage" }>): Block[] {
  const heading = item.facts.heading === null ? "" : `*${escapeAndTruncate(item.facts.heading, 300)}*\n`;
  const source = formatSource({ ...item.source, endLine: item.facts.endLine });
  return [
    section(`${heading}> ${escapeAndTruncate(item.facts.text, 2_400)}`),
    context(escapeAndTruncate(`${reportName(item.report)} · ${source}`, 500)),
  ];
}

function fallbackText(answer: Answer): string {
  return escapeAndTruncate(
    answer.answerText.trim() === "" ? scopeTitle(answer) : answer.answerText,
    SLACK_MESSAGE_LIMITS.fallbackText,
  );
}

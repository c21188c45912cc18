import type { EngineData } from "../engine-data.ts";
import { resolveSubject, type SubjectMatch } from "../catalogue/resolve-subject.ts";
import type { KeywordGroup } from "./keywords.ts";
import type { ParsedQuestion } from "./parse-question.ts";

/** Which indicators an off-track answer leads with: off-track and missed ones, or (asked about risk) the at-risk ones. */
export type OffTrackFocus = "off-track" | "at-risk";

/** What to answer, with the entity it is about. */
export type Decision =
  | { intent: "help" | "reports" | "budget-requests" | "partial-goals" | "activity-deviations" | "overview" }
  | { intent: "off-track"; focus: OffTrackFocus }
  | { intent: "search"; words: string }
  /** Both null: "varför?" about the previous answer's indicator or goal. */
  | {
      intent: "explain";
      indicator: SubjectMatch | null;
      others: SubjectMatch[];
      goal: { code: string | null; title: string | null } | null;
    }
  | { intent: "goal-lookup"; code: string | null; title: string | null }
  | { intent: "indicator-lookup" | "trend" | "compare"; match: SubjectMatch; others: SubjectMatch[] }
  | { intent: "budget"; rows: string[] | null }
  | { intent: "not-understood" };

/** Keyword groups that ask for something more specific than an overview. */
const SPECIFIC: readonly KeywordGroup[] = [
  "delay",
  "deviation",
  "risk",
  "indicator",
  "goal",
  "partial",
  "activity",
  "budget",
  "requests",
  "trend",
  "compare",
  "reports",
  "help",
  "search",
  "why",
];

/**
 * The intent grammar. Keyword groups decide list questions; otherwise the subject is resolved against
 * indicator names, budget rows and goal titles and the best match decides. Returns null when the
 * question has neither an intent nor a subject of its own (a follow-up such as "och för Norrmalm?",
 * or just a scope: the engine then follows up the previous question or gives an overview).
 */
export function decideIntent(parsed: ParsedQuestion, data: EngineData): Decision | null {
  const g = parsed.groups;
  const has = (group: KeywordGroup) => g.has(group);
  const subject = parsed.subject;
  if (has("help") && subject === "") return { intent: "help" };
  if (has("requests")) return { intent: "budget-requests" };
  if (has("why")) return explainDecision(parsed, data);
  if (parsed.goalCode !== null && !has("trend") && !has("compare"))
    return { intent: "goal-lookup", code: parsed.goalCode, title: null };
  if (has("search") && subject !== "") {
    // "what does sick leave look like?": a name, not a theme.
    const named = resolveSubject(subject, data).find((m) => m.exact && m.kind !== "goal");
    return named === undefined ? { intent: "search", words: subject } : fromMatch(named, [named]);
  }
  // "Avvikelse" alone is the budget's deviation; with indicators, activities or goals it is their being behind.
  const deviation = has("deviation") && !has("indicator") && !has("activity") && !has("goal");
  const behind = has("delay") || has("risk") || (has("deviation") && !deviation);
  if (deviation && !behind) {
    if (subject === "") return { intent: "budget", rows: null };
    const named = resolveSubject(subject, data).find((m) => m.kind !== "goal");
    if (named !== undefined) return fromMatch(named, [named]);
  }
  if (has("goal") && (has("partial") || behind) && !has("indicator") && !has("activity"))
    return { intent: "partial-goals" };
  if (has("activity") && (behind || has("partial") || subject === "")) return { intent: "activity-deviations" };
  if (behind && subject !== "" && !has("indicator")) {
    // "avvikelse individ- och familjeomsorg", "försenad sjukfrånvaro": the named row or indicator, with its deviation or status.
    const named = resolveSubject(subject, data).find((m) => m.kind !== "goal");
    if (named !== undefined) return fromMatch(named, [named]);
  }
  if (behind && !has("budget"))
    return { intent: "off-track", focus: has("risk") && !has("delay") ? "at-risk" : "off-track" };
  if (has("partial")) return { intent: "partial-goals" };
  if (has("reports") && subject === "") return { intent: "reports" };
  if (has("overview") && subject === "" && !SPECIFIC.some(has)) return { intent: "overview" };
  const matches = resolveSubject(subject, data);
  const indicator = matches.find((m) => m.kind === "indicator");
  const years = new Set(parsed.periods.map((p) => p.year).filter((y) => y !== null));
  if (has("compare"))
    return indicator
      ? { intent: "compare", match: indicator, others: matches }
      : subject === ""
        ? null
        : { intent: "not-understood" };
  if (has("trend") || years.size >= 2)
    return indicator
      ? { intent: "trend", match: indicator, others: matches }
      : subject === ""
        ? null
        : { intent: "not-understood" };
  if (has("budget")) {
    if (subject === "") return { intent: "budget", rows: null };
    const row = matches.find((m) => m.kind === "budget");
    return row ? { intent: "budget", rows: row.names } : { intent: "not-understood" };
  }
  if (has("goal") && subject !== "") {
    const goal = matches.find((m) => m.kind === "goal");
    if (goal) return { intent: "goal-lookup", code: null, title: goal.name };
  }
  const best = matches[0];
  if (best !== undefined) return fromMatch(best, matches);
  if (subject === "" && has("indicator")) return { intent: "off-track", focus: "off-track" };
  if (subject === "" && has("goal")) return { intent: "partial-goals" };
  if (subject === "") return null;
  return { intent: "not-understood" };
}

/** "varför är sjukfrånvaron hög?", "varför uppfylls mål 1.2 bara delvis?", or just "varför?" (the previous subject). */
function explainDecision(parsed: ParsedQuestion, data: EngineData): Decision {
  if (parsed.goalCode !== null)
    return { intent: "explain", indicator: null, others: [], goal: { code: parsed.goalCode, title: null } };
  if (parsed.subject === "") return { intent: "explain", indicator: null, others: [], goal: null };
  const matches = resolveSubject(parsed.subject, data, ["indicator", "goal"]);
  const best = matches[0];
  if (best === undefined) return { intent: "not-understood" };
  return best.kind === "indicator"
    ? { intent: "explain", indicator: best, others: matches, goal: null }
    : { intent: "explain", indicator: null, others: [], goal: { code: null, title: best.name } };
}

function fromMatch(best: SubjectMatch, matches: SubjectMatch[]): Decision {
  switch (best.kind) {
    case "indicator":
      return { intent: "indicator-lookup", match: best, others: matches };
    case "budget":
      return { intent: "budget", rows: best.names };
    case "goal":
      return { intent: "goal-lookup", code: null, title: best.name };
  }
}

/** Rebuilds the decision a conversation's last answer was about, for a follow-up with a new scope. */
export function decisionFromState(intent: string, subject: string | null, data: EngineData): Decision | null {
  switch (intent) {
    case "off-track":
      return { intent, focus: subject === "at-risk" ? "at-risk" : "off-track" };
    case "search":
      return subject === null ? null : { intent, words: subject };
    case "explain":
      return subject === null ? null : explainSubject(subject, data);
    case "overview":
    case "partial-goals":
    case "activity-deviations":
    case "budget-requests":
      return { intent };
    case "goal-lookup":
      if (subject === null) return null;
      return /^\d+(\.\d+)*$/.test(subject)
        ? { intent, code: subject, title: null }
        : { intent, code: null, title: subject };
    case "budget": {
      if (subject === null) return { intent, rows: null };
      const row = resolveSubject(subject, data, ["budget"])[0];
      return { intent, rows: row?.names ?? [subject] };
    }
    case "indicator-lookup":
    case "trend":
    case "compare": {
      if (subject === null) return null;
      const match = resolveSubject(subject, data, ["indicator"])[0];
      return match ? { intent, match, others: [] } : null;
    }
    default:
      return null;
  }
}

/** What "varför?" asks about after an answer whose subject was `subject` (an indicator name or a goal's code or title). */
export function explainSubject(subject: string, data: EngineData): Decision | null {
  if (/^\d+(\.\d+)*$/.test(subject))
    return { intent: "explain", indicator: null, others: [], goal: { code: subject, title: null } };
  const indicator = resolveSubject(subject, data, ["indicator"])[0];
  if (indicator?.exact === true) return { intent: "explain", indicator, others: [], goal: null };
  const goal = resolveSubject(subject, data, ["goal"])[0];
  return goal?.exact === true
    ? { intent: "explain", indicator: null, others: [], goal: { code: null, title: goal.name } }
    : null;
}

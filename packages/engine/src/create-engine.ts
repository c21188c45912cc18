import { reportsStamp, type Db } from "@tertial/store";
import type { Answer, Intent, Language } from "./answer.ts";
import { AnswerCache } from "./answer-cache.ts";
import { answerBudget, answerBudgetRequests } from "./answers/budget.ts";
import type { AskContext, Draft } from "./answers/context.ts";
import { t } from "./answers/labels.ts";
import { answerGoal, answerIndicator } from "./answers/lookups.ts";
import { answerHelp, answerNotUnderstood, answerReports } from "./answers/navigation.ts";
import { answerCompare, answerTrend } from "./answers/series.ts";
import { answerOverview } from "./answers/overview.ts";
import { answerSearch } from "./answers/search.ts";
import { answerExplain } from "./answers/explain.ts";
import { answerActivityDeviations, answerOffTrack, answerPartialGoals } from "./answers/status-lists.ts";
import { readEngineData, type EngineData } from "./engine-data.ts";
import type { AskResult, ConversationState, Engine } from "./engine-types.ts";
import { decideIntent, decisionFromState, explainSubject, type Decision } from "./grammar/decide-intent.ts";
import { parseQuestion } from "./grammar/parse-question.ts";
import { formatPeriodFilter, parsePeriodFilter, type PeriodFilter } from "./grammar/periods.ts";
import { renderText } from "./render/render-text.ts";
import { capQuestion, MAX_QUESTION_LENGTH } from "./text/normalise.ts";

/** Answers whose subject "varför?" can explain: an indicator or goal. */
const EXPLAINABLE = new Set<string>(["indicator-lookup", "goal-lookup", "trend", "compare", "explain"]);
const EMPTY_STATE: ConversationState = { organisations: [], periods: [], lastIntent: null, lastSubject: null };
const CONTENT_INTENTS = new Set<Intent>([
  "overview",
  "search",
  "explain",
  "off-track",
  "partial-goals",
  "activity-deviations",
  "indicator-lookup",
  "goal-lookup",
  "budget",
  "budget-requests",
  "trend",
  "compare",
]);

export interface EngineOptions {
  /** How many recent answers to keep for repeated questions (default 100; 0 turns the cache off). */
  cacheSize?: number;
}

/**
 * The question engine over one database. Reads the report list and builds the fuzzy indexes over the
 * catalogue's distinct names once, and again when the reports change (checked before every question,
 * so a long-running bot sees what `tertial load` adds from another process) or on refresh(); each
 * question then costs a few indexed store queries. Deterministic: the same database, question and
 * state give the same answer, which is why recent answers can be reused until the reports change.
 */
export function createEngine(db: Db, options: EngineOptions = {}): Engine {
  const cache = new AnswerCache(options.cacheSize ?? 100);
  const read = () => ({ stamp: reportsStamp(db), data: readEngineData(db) });
  let { stamp, data } = read();
  const refresh = () => {
    ({ stamp, data } = read());
    cache.clear();
  };
  return {
    ask(question, state) {
      if (reportsStamp(db) !== stamp) refresh();
      const before = state ?? EMPTY_STATE;
      const key = cache.key(question, before);
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const result = ask(db, data, question, before);
      cache.set(key, result);
      return result;
    },
    refresh,
  };
}

function ask(db: Db, data: EngineData, question: string, state: ConversationState): AskResult {
  const capped = capQuestion(question);
  const parsed = parseQuestion(capped.text, data.organisations, state.language ?? "sv");
  const language = parsed.language;
  let decided = capped.text === "" ? ({ intent: "help" } as const) : decideIntent(parsed, data);
  // "varför?" alone asks about the previous answer's indicator or goal, in the previous answer's scope.
  const explainsPrevious = decided?.intent === "explain" && decided.indicator === null && decided.goal === null;
  if (explainsPrevious && state.lastSubject !== null && EXPLAINABLE.has(state.lastIntent ?? ""))
    decided = explainSubject(state.lastSubject, data) ?? decided;
  const previous = state.lastIntent === null ? null : decisionFromState(state.lastIntent, state.lastSubject, data);
  const isFollowUp = decided === null && previous !== null;
  const inherit = state.lastIntent !== null && (decided === null || parsed.startsAsFollowUp || explainsPrevious);
  const organisations = parsed.organisations.length > 0 ? parsed.organisations : inherit ? state.organisations : [];
  const periods: PeriodFilter[] =
    parsed.periods.length > 0 ? parsed.periods : inherit ? readPeriods(state.periods) : [];
  const ctx: AskContext = {
    db,
    data,
    language,
    organisations,
    periods,
    subject: parsed.subject,
    goalCode: parsed.goalCode,
  };
  // Only a scope ("Norrmalm", "socialnämnden T1 2020") and nothing to follow up: how that scope is doing.
  const onlyScope =
    decided === null && previous === null && (parsed.organisations.length > 0 || parsed.periods.length > 0);
  const decision: Decision =
    isFollowUp && previous !== null
      ? previous
      : (decided ?? (onlyScope ? { intent: "overview" } : { intent: "not-understood" }));
  const draft =
    capped.text === ""
      ? answerHelp(ctx, t(language, "Frågan var tom.", "The question was empty."))
      : run(ctx, decision, capped.text);
  if (capped.shortened) {
    draft.notes.push(
      t(
        language,
        `Frågan var längre än ${MAX_QUESTION_LENGTH} tecken och kortades.`,
        `The question was longer than ${MAX_QUESTION_LENGTH} characters and was shortened.`,
      ),
    );
  }
  if (parsed.fuzzyOrganisation && draft.scope.organisations.length > 0) {
    draft.notes.push(
      t(
        language,
        `Tolkade nämnden som ${draft.scope.organisations.join(", ")}.`,
        `Read the committee as ${draft.scope.organisations.join(", ")}.`,
      ),
    );
  }
  const answer = toAnswer(capped.text, language, draft);
  return { answer, state: nextState(state, draft, organisations, periods, language) };
}

/** Lookups that, finding nothing in the scope, make way for a search of the same words. */
const SEARCH_WHEN_EMPTY = new Set<Intent>(["indicator-lookup", "budget", "goal-lookup", "explain"]);

function run(ctx: AskContext, decision: Decision, text: string): Draft {
  const draft = answer(ctx, decision, text);
  if (draft.items.length > 0 || !SEARCH_WHEN_EMPTY.has(draft.intent) || ctx.subject.trim() === "") return draft;
  // "konsulter Norrmalm": the name matched another report's budget row, which Norrmalm lacks; what do Norrmalm's texts say?
  const found = answerSearch(ctx, ctx.subject);
  return found.items.length === 0 ? draft : { ...found, lead: [...draft.lead, ...found.lead] };
}

function answer(ctx: AskContext, decision: Decision, text: string): Draft {
  switch (decision.intent) {
    case "help":
      return answerHelp(ctx);
    case "reports":
      return answerReports(ctx);
    case "off-track":
      return answerOffTrack(ctx, decision.focus);
    case "overview":
      return answerOverview(ctx);
    case "search":
      return answerSearch(ctx, decision.words);
    case "explain":
      return answerExplain(ctx, decision.indicator, decision.others, decision.goal);
    case "partial-goals":
      return answerPartialGoals(ctx);
    case "activity-deviations":
      return answerActivityDeviations(ctx);
    case "budget-requests":
      return answerBudgetRequests(ctx);
    case "budget":
      return answerBudget(ctx, decision.rows);
    case "goal-lookup":
      return answerGoal(ctx, decision.code, decision.title);
    case "indicator-lookup":
      return answerIndicator(ctx, decision.match, decision.others);
    case "trend":
      return answerTrend(ctx, decision.match);
    case "compare":
      return answerCompare(ctx, decision.match);
    case "not-understood":
      return answerNotUnderstood(ctx, text);
  }
}

function toAnswer(question: string, language: Language, draft: Draft): Answer {
  const answer: Answer = {
    question,
    language,
    intent: draft.intent,
    scope: draft.scope,
    answerText: "",
    items: draft.items,
    suggestions: draft.suggestions,
    lead: draft.lead,
    notes: draft.notes,
  };
  return { ...answer, answerText: renderText(answer) };
}

function readPeriods(periods: readonly string[]): PeriodFilter[] {
  return periods.map(parsePeriodFilter).filter((p): p is PeriodFilter => p !== null);
}

/** Content answers move the conversation on; help, report lists and misunderstandings keep its subject and scope. */
function nextState(
  state: ConversationState,
  draft: Draft,
  organisations: string[],
  periods: PeriodFilter[],
  language: Language,
): ConversationState {
  // "Varför vad?" (nothing to explain) keeps the conversation where it was.
  if (!CONTENT_INTENTS.has(draft.intent) || (draft.intent === "explain" && draft.subject === null))
    return { ...state, language };
  return {
    organisations: [...organisations],
    periods: periods.map(formatPeriodFilter),
    lastIntent: draft.intent,
    lastSubject: draft.subject,
    language,
  };
}

import { reportsStamp, type Db } from "@tertial/store";
import type { Answer, Intent, Language } from "./answer.ts";
import { AnswerCache } from "./answer-cache.ts";
import type { Draft } from "./answers/context.ts";
import { t } from "./answers/labels.ts";
import { answerHelp } from "./answers/navigation.ts";
import { readEngineData, type EngineData } from "./engine-data.ts";
import type { AskResult, ConversationState, Engine } from "./engine-types.ts";
import { askContext } from "./execute/ask-context.ts";
import { runContext } from "./execute/run-context.ts";
import { noReports } from "./execute/not-understood.ts";
import { runQuery } from "./execute/run-query.ts";
import { unloadedPeriods } from "./execute/scope-reports.ts";
import { formatPeriodFilter } from "./query/periods.ts";
import { parseQuery } from "./query/parse-query.ts";
import type { Query } from "./query/query.ts";
import { renderText } from "./render/render-text.ts";
import { capQuestion, MAX_QUESTION_LENGTH } from "./text/normalise.ts";

const EMPTY_STATE: ConversationState = { organisations: [], periods: [], lastIntent: null, lastSubject: null };
const CONTENT_INTENTS = new Set<Intent>([
  "overview",
  "explain",
  "indicator-lookup",
  "goal-lookup",
  "budget",
  "budget-requests",
  "trend",
  "compare",
  "indicator-list",
  "goal-list",
  "activity-list",
  "count",
  "passages",
  "changes",
]);

export interface EngineOptions {
  /** How many recent answers to keep for repeated questions (default 100; 0 turns the cache off). */
  cacheSize?: number;
}

/**
 * The question engine over one database. Reads the report list and builds the fuzzy indexes over the
 * catalogue's distinct names once, and again when the reports change (checked before every question,
 * so a long-running bot sees what `tertial load` adds from another process) or on refresh(); each
 * question then costs a few indexed store queries, and rows read once are kept until the next refresh
 * (EngineData). Deterministic: the same database, question and
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
  const parsed = parseQuery(capped.text, data.organisations, state.language ?? "sv");
  const language = parsed.language;
  const query = capped.text === "" ? parsed.query : withConversation(parsed.query, capped.text, state);
  const ctx = runContext(db, data, language, query);
  // Periods this question names (not inherited ones) of which no report is loaded: say so, answer nothing.
  const own = parsed.query.filters.periods;
  const missing = unloadedPeriods(data.reports, { ...query.filters, periods: own });
  const draft =
    capped.text === ""
      ? answerHelp(askContext(ctx), t(language, "Frågan var tom.", "The question was empty."))
      : own.length > 0 && missing.length === own.length
        ? noReports(ctx, missing)
        : runQuery(ctx);
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
  return { answer, state: nextState(state, draft, query, language) };
}

const FOLLOW_UP_START = /^(och|and|men|but|what about|how about|samma|same|då|then)\b/i;

/**
 * A question read in its conversation: one with nothing of its own ("och för Norrmalm?", "T2?") is the
 * previous query in the new scope; "varför?" alone asks why about the previous subject; a question
 * that starts like a follow-up keeps the previous scope when it names none.
 */
function withConversation(query: Query, text: string, state: ConversationState): Query {
  const previous = state.lastQuery;
  if (previous === undefined) return query;
  const own = query.filters;
  const scope = {
    organisations: own.organisations.length > 0 ? own.organisations : previous.filters.organisations,
    periods: own.periods.length > 0 ? own.periods : previous.filters.periods,
  };
  const startsAsFollowUp = FOLLOW_UP_START.test(text.trim());
  if ((query.about === "follow-up" && own.words.length === 0) || (query.about === "overview" && startsAsFollowUp)) {
    return { ...previous, filters: { ...previous.filters, ...scope } };
  }
  if (query.about === "passage" && query.question === "why" && own.words.length === 0) {
    return { ...query, filters: { ...previous.filters, ...scope, words: previous.filters.words } };
  }
  return startsAsFollowUp ? { ...query, filters: { ...own, ...scope } } : query;
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
    ...(draft.computed === undefined ? {} : { computed: draft.computed }),
  };
  return { ...answer, answerText: renderText(answer) };
}

/** Content answers move the conversation on; help, report lists and misunderstandings keep its subject and scope. */
function nextState(state: ConversationState, draft: Draft, query: Query, language: Language): ConversationState {
  if (!CONTENT_INTENTS.has(draft.intent)) return { ...state, language };
  return {
    organisations: [...query.filters.organisations],
    periods: query.filters.periods.map(formatPeriodFilter),
    lastIntent: draft.intent,
    lastSubject: draft.subject,
    language,
    lastQuery: query,
  };
}

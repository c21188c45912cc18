import type { GoalLevel, Status } from "@tertial/domain";
import type { Language } from "../answer.ts";
import type { OrganisationResolver } from "../catalogue/resolve-organisation.ts";
import { detectLanguage } from "../text/language.ts";
import { editDistance } from "../text/edit-distance.ts";
import { STOPWORDS, type Signal } from "./lexicon.ts";
import type { Finding, ParseState, Recogniser } from "./parse-state.ts";
import { type Field, type Filters, emptyFilters, type Query, type Shape } from "./query.ts";
import { recogniseDates } from "./recognisers/dates.ts";
import { recogniseExclusions } from "./recognisers/exclusions.ts";
import { recogniseGoalCodes } from "./recognisers/goal-codes.ts";
import { recogniseLexiconTerms } from "./recognisers/lexicon-terms.ts";
import { recogniseOrder } from "./recognisers/order.ts";
import { recogniseOrganisations } from "./recognisers/organisations.ts";
import { recognisePeriods } from "./recognisers/periods.ts";
import { recogniseTargetComparisons } from "./recognisers/target-comparisons.ts";
import { recogniseUnloadedCommittees } from "./recognisers/unloaded-committees.ts";
import { tokenize } from "./tokens.ts";

/**
 * The recognisers in the order they read: each takes its words, so a later one never reads them again.
 * Contrasts first ("rather than missed" is not a status), then dates before periods (an activity's
 * start year is not the report's period), codes before organisations, and three-part comparisons and
 * orders before the single lexicon terms they are made of.
 */
const RECOGNISERS: readonly Recogniser[] = [
  recogniseExclusions,
  recogniseDates,
  recognisePeriods,
  recogniseGoalCodes,
  recogniseOrganisations,
  recogniseUnloadedCommittees,
  recogniseTargetComparisons,
  recogniseOrder,
  recogniseLexiconTerms,
];

export interface ParsedQuery {
  query: Query;
  language: Language;
  /** True when an organisation was found only by forgiving a typo. */
  fuzzyOrganisation: boolean;
  /** Every signal found, in question order (for follow-ups and explanations). */
  findings: Finding[];
}

/** Reads a question into a typed Query. Deterministic and data-free apart from the organisation names. */
export function parseQuery(
  question: string,
  organisations: OrganisationResolver,
  fallback: Language = "sv",
): ParsedQuery {
  const tokens = tokenize(question.replace(/▶/g, " pågår ").replace(/✓/g, " avslutad "));
  const state: ParseState = {
    tokens,
    organisationsKnown: organisations,
    used: new Set(),
    topical: new Set(),
    findings: [],
    organisations: [],
    unloaded: [],
    fuzzyOrganisation: false,
    periods: [],
    goalCodes: [],
    dates: [],
    language: detectLanguage(
      tokens.map((token) => token.text),
      fallback,
    ),
  };
  for (const recognise of RECOGNISERS) recognise(state);
  state.findings.sort((a, b) => a.at - b.at);
  const content = (token: { fold: string }) => !isStopword(token.fold) && isContentWord(token.fold);
  const words = tokens.filter((token, i) => !state.used.has(i) && content(token)).map((token) => token.text);
  const searchWords = tokens
    .filter((token, i) => (!state.used.has(i) || state.topical.has(i)) && content(token))
    .map((token) => token.text);
  return {
    query: decide(state, words, searchWords),
    language: state.language,
    fuzzyOrganisation: state.fuzzyOrganisation,
    findings: state.findings,
  };
}

/** Long stopwords also stop with one typo ("stadsdelsnämd"). */
const LONG_STOPWORDS = [...STOPWORDS].filter((word) => word.length >= 8);

function isStopword(word: string): boolean {
  if (STOPWORDS.has(word)) return true;
  return word.length >= 8 && LONG_STOPWORDS.some((stop) => editDistance(word, stop, 1) <= 1);
}

function isContentWord(word: string): boolean {
  return /\p{L}/u.test(word) ? word.length >= 2 : /^\d{2,}$/.test(word);
}

type Kind = "indicator" | "goal" | "activity";

/**
 * The named rules that settle what a question is about, tried in order. Each looks at the signals
 * and returns a query, or null to let the next rule decide.
 */
const RULES: readonly { name: string; decide: (s: Signals) => Query | null }[] = [
  {
    name: "empty question or a request for help",
    decide: (s) => (s.has("help") && s.words.length === 0 ? s.make("help") : null),
  },
  { name: "what changed since the previous report", decide: (s) => (s.has("changes") ? s.make("changes") : null) },
  {
    name: "why, unless a list or count is asked for",
    decide: (s) => (s.has("why") && !s.has("shape", "list") && !s.has("shape", "count") ? s.passage("why") : null),
  },
  {
    name: "which reports are loaded",
    decide: (s) =>
      s.has("about", "report") &&
      s.entityKind() === null &&
      s.words.length === 0 &&
      !s.has("shape", "compare") &&
      !s.has("shape", "trend")
        ? s.make("report", "list")
        : null,
  },
  {
    name: "a list, count or filter over a named kind of item",
    decide: (s) => {
      const kind = s.entityKind();
      if (kind === null) return null;
      const shape = s.listShape(kind);
      return shape === null ? null : s.entity(kind, shape);
    },
  },
  { name: "why: the report's own explanation", decide: (s) => (s.has("why") ? s.passage("why") : null) },
  { name: "money asked for", decide: (s) => (s.has("about", "request") ? s.make("request", "list") : null) },
  {
    name: "the budget (a deviation without indicators or activities is the budget's)",
    decide: (s) =>
      s.has("about", "budget") || (s.has("deviating") && s.entityKind() === null)
        ? s.make("budget", s.has("shape", "compare") || s.has("shape", "trend") ? "compare" : "item")
        : null,
  },
  {
    name: "a theme: what the reports say and do about it",
    decide: (s) => (s.has("theme") && s.words.length > 0 ? s.passage("theme") : null),
  },
  {
    name: "how a committee is doing, with no subject of its own",
    decide: (s) => (s.has("overview") && s.words.length === 0 && s.entityKind() === null ? s.make("overview") : null),
  },
  {
    name: "the same thing across reports or over time",
    decide: (s) =>
      s.has("shape", "compare") || s.has("shape", "trend") || s.years() >= 2
        ? s.entity(s.entityKind() ?? "indicator", s.has("shape", "compare") ? "compare" : "trend")
        : null,
  },
  {
    name: "a theme: what the reports say and do about it",
    decide: (s) => (s.has("theme") && s.words.length > 0 ? s.passage("theme") : null),
  },
  {
    name: "a named indicator, goal or activity",
    decide: (s) =>
      s.words.length > 0 || s.goalCode() !== null ? s.entity(s.entityKind() ?? "indicator", "item") : null,
  },
  {
    name: "a kind without a subject lists it",
    decide: (s) => {
      const kind = s.entityKind();
      return kind === null ? null : s.entity(kind, "list");
    },
  },
  {
    name: "a scope alone asks how it is doing",
    decide: (s) => (s.scoped() || s.has("overview") ? s.make("overview") : null),
  },
  { name: "nothing of its own follows up the previous question", decide: (s) => s.make("follow-up") },
];

function decide(state: ParseState, words: string[], searchWords: string[]): Query {
  const signals = new Signals(state, words, searchWords);
  for (const rule of RULES) {
    const query = rule.decide(signals);
    if (query !== null) return query;
  }
  return signals.make("follow-up");
}

/** The findings of one question, with the helpers the rules share. */
class Signals {
  readonly words: string[];
  readonly searchWords: string[];
  private readonly state: ParseState;

  constructor(state: ParseState, words: string[], searchWords: string[]) {
    this.state = state;
    this.words = words;
    this.searchWords = searchWords;
  }

  has(type: Signal["type"], value?: string): boolean {
    return this.state.findings.some(
      ({ signal }) => signal.type === type && (value === undefined || Object.values(signal).includes(value)),
    );
  }

  private all<T extends Signal["type"]>(type: T): Extract<Signal, { type: T }>[] {
    return this.state.findings
      .map((f) => f.signal)
      .filter((signal): signal is Extract<Signal, { type: T }> => signal.type === type);
  }

  years(): number {
    return new Set(this.state.periods.map((p) => p.year).filter((y) => y !== null)).size;
  }

  scoped(): boolean {
    return this.state.organisations.length > 0 || this.state.periods.length > 0;
  }

  goalCode(): string | null {
    return this.state.goalCodes[0]?.code ?? null;
  }

  /**
   * The kind of item asked about: the first of indicator, activity and goal named; else what the
   * filters imply (an activity's state or dates, an indicator's status, a goal's level or assessment).
   */
  entityKind(): Kind | null {
    for (const { signal } of this.state.findings) {
      if (signal.type === "about" && (signal.about === "indicator" || signal.about === "activity")) return signal.about;
    }
    for (const { signal } of this.state.findings) {
      if (signal.type === "level") return "goal";
      if (signal.type === "about" && signal.about === "goal" && !this.has("status") && !this.has("comparison"))
        return "goal";
    }
    if (this.has("state") || this.has("order") || this.state.dates.length > 0) return "activity";
    if (this.has("status") || this.has("comparison") || this.has("not-reported") || this.has("no-outcome"))
      return "indicator";
    if (this.has("assessment")) return "goal";
    if (this.has("about", "goal") || this.has("goal-or-target")) return "goal";
    return null;
  }

  /** A list when asked for one or when filters narrow the kind; a count or tally when asked; null for one item. */
  listShape(kind: Kind): Shape | null {
    if (this.has("shape", "count")) return "count";
    if (this.has("shape", "tally")) return "tally";
    if (this.has("order")) return "list";
    const filtered =
      this.has("status") ||
      this.has("assessment") ||
      this.has("comparison") ||
      this.has("not-reported") ||
      this.has("no-outcome") ||
      this.has("state") ||
      this.has("level") ||
      this.state.dates.length > 0 ||
      (kind === "activity" && this.has("deviating"));
    if (
      this.has("shape", "list") &&
      (filtered || this.goalCode() !== null || this.words.length === 0 || kind === "activity" || this.has("theme"))
    )
      return "list";
    if (filtered && this.words.length === 0) return "list";
    if (
      filtered &&
      (this.has("why") === false || kind !== "indicator") &&
      (this.goalCode() !== null || this.has("theme"))
    )
      return "list";
    return null;
  }

  entity(kind: Kind, shape: Shape): Query {
    const fields = this.fields();
    const filters = this.filters(kind);
    if (kind === "activity") {
      const order = this.all("order")[0]?.order ?? null;
      return { about: "activity", shape, filters, fields, order };
    }
    return { about: kind, shape, filters, fields };
  }

  passage(question: "why" | "theme"): Query {
    return {
      about: "passage",
      question,
      filters: this.filters(this.entityKind() ?? "indicator"),
      fields: this.fields(),
    };
  }

  make(about: "help" | "changes" | "overview" | "follow-up"): Query;
  make(about: "budget" | "request" | "report", shape: Shape): Query;
  make(
    about: "help" | "changes" | "overview" | "follow-up" | "budget" | "request" | "report",
    shape: Shape = "item",
  ): Query {
    const filters = this.filters("indicator");
    const fields = this.fields();
    switch (about) {
      case "budget":
      case "request":
      case "report":
        return { about, shape, filters, fields };
      default:
        return { about, filters, fields };
    }
  }

  private fields(): Field[] {
    const target: Field[] = this.has("goal-or-target") ? ["target"] : [];
    return [...new Set([...this.all("field").map((signal) => signal.field), ...target])];
  }

  private filters(kind: Kind): Filters {
    const filters = emptyFilters();
    filters.organisations = [...this.state.organisations];
    filters.unloaded = [...this.state.unloaded];
    filters.periods = [...this.state.periods];
    filters.words = [...this.words];
    filters.searchWords = [...this.searchWords];
    filters.fromAnalysis = this.has("from-analysis");
    filters.dates = [...this.state.dates];
    filters.comparison = this.all("comparison")[0]?.comparison ?? null;
    filters.activityState = this.all("state")[0]?.state ?? null;
    // An activity has no status: "försenade aktiviteter" are those with a deviation or a delay.
    const delayed = this.all("status").some(
      (signal) => signal.statuses.includes("off-track") || signal.statuses.includes("at-risk"),
    );
    filters.deviating = kind === "activity" && (this.has("deviating") || delayed);
    const statuses = new Set<Status>(this.all("status").flatMap((signal) => signal.statuses));
    const assessments = this.all("assessment").map((signal) => signal.assessment);
    if (kind === "indicator") {
      // An indicator has a status, not an assessment: "bara delvis nå årsmålet" is at risk.
      for (const assessment of assessments) for (const status of ASSESSMENT_STATUS[assessment]) statuses.add(status);
      if (this.has("not-reported")) statuses.add("unknown");
    } else if (kind === "goal") {
      // "assessed X even though its analysis says Y": the first assessment is the goal's, the second its analysis's.
      filters.assessments = [...new Set(assessments)].slice(0, 1);
      const second = [...new Set(assessments)][1];
      if (second !== undefined) filters.analysisSays = second;
      if (filters.assessments.length === 0)
        for (const status of statuses) filters.assessments.push(...STATUS_ASSESSMENT[status]);
      filters.assessments = [...new Set(filters.assessments)];
    }
    filters.statuses = kind === "indicator" ? [...statuses] : [];
    filters.notReported = this.has("not-reported");
    filters.noOutcome = this.has("no-outcome");
    const { code, level, childless } = this.goalScope(kind);
    filters.goalCode = code;
    filters.level = level;
    filters.childless = childless;
    return filters;
  }

  /**
   * Which goal a question narrows to and which level it asks for. A level word next to a code names
   * the code's own level ("under KF-målet 3.2"); the level asked for is the one deeper than the code,
   * else the level just below it ("Vilka nämndmål under 3.2", "KF-mål under inriktningsmål 2"). A level
   * after "saknar"/"without" asks for goals that lack children of that level.
   */
  private goalScope(kind: Kind): { code: string | null; level: GoalLevel | null; childless: GoalLevel | null } {
    const code = this.goalCode();
    const levels = this.state.findings.flatMap((f) =>
      f.signal.type === "level" ? [{ level: f.signal.level, at: f.at }] : [],
    );
    const lacking = levels.find(({ at }) => LACKS.has(this.state.tokens[at - 1]?.fold ?? ""));
    const asked = levels.filter((l) => l !== lacking);
    if (kind !== "goal") return { code, level: null, childless: null };
    if (code === null) return { code: null, level: asked[0]?.level ?? null, childless: lacking?.level ?? null };
    const depth = code.split(".").length;
    const deeper = asked.find(({ level }) => LEVEL_DEPTH[level] > depth);
    const below = LEVEL_BY_DEPTH[depth + 1] ?? null;
    return {
      code,
      level: deeper?.level ?? (this.has("shape", "list") || this.has("shape", "count") ? below : null),
      childless: lacking?.level ?? null,
    };
  }
}

const LACKS = new Set(["saknar", "utan", "without", "lacks", "lack", "no"]);
const LEVEL_DEPTH: Readonly<Record<GoalLevel, number>> = { direction: 1, area: 2, committee: 3, unit: 4 };
const LEVEL_BY_DEPTH: Readonly<Record<number, GoalLevel>> = { 1: "direction", 2: "area", 3: "committee", 4: "unit" };

/** An assessment word about indicators means these statuses (and the other way round for goals). */
const ASSESSMENT_STATUS = {
  helt: ["on-track", "met"],
  delvis: ["at-risk"],
  ej: ["off-track", "missed"],
  "none-given": ["unknown"],
} as const satisfies Record<string, readonly Status[]>;
const STATUS_ASSESSMENT = {
  "on-track": ["helt"],
  met: ["helt"],
  "at-risk": ["delvis"],
  "off-track": ["ej"],
  missed: ["ej"],
  unknown: ["none-given"],
} as const satisfies Record<Status, readonly ("helt" | "delvis" | "ej" | "none-given")[]>;

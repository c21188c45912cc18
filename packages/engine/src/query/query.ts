import { ActivityState, Assessment, GoalLevel, ReportKind, Status } from "@tertial/domain";
import * as z from "zod";

/** A period the question names: a kind, a year, or both ("T1 2020", "2017", "T2"). */
export const PeriodSpec = z.object({ kind: ReportKind.nullable(), year: z.number().int().nullable() });
export type PeriodSpec = z.infer<typeof PeriodSpec>;

/** What the answer should look like. */
export const Shape = z.enum([
  "item", // one thing's values
  "list", // the things that pass the filters
  "count", // how many pass
  "tally", // how many per status, level or assessment
  "compare", // the same thing across reports
  "trend", // the same thing over time
]);
export type Shape = z.infer<typeof Shape>;

/** The columns a question asks for; an answer shows them first (all when none is named). */
export const Field = z.enum([
  "outcome",
  "men",
  "women",
  "previous",
  "forecast",
  "target",
  "kfTarget",
  "deviation",
  "dates",
  "assessment",
  "budget",
]);
export type Field = z.infer<typeof Field>;

/** "the forecast is better than the target", "the outcome already beats the target". */
export const TargetComparison = z.enum(["forecast-beats-target", "outcome-beats-target", "outcome-reaches-target"]);
export type TargetComparison = z.infer<typeof TargetComparison>;

/** A date condition on activities: started in or before a year, ends on a day or in a year. */
export const DateCondition = z.object({
  field: z.enum(["start", "end"]),
  op: z.enum(["in", "before", "on"]),
  /** "2016" or "2020-06-30". */
  value: z.string(),
});
export type DateCondition = z.infer<typeof DateCondition>;

export const Filters = z.object({
  organisations: z.array(z.string()),
  /** Stockholm committees the question names that have no loaded report. */
  unloaded: z.array(z.string()),
  periods: z.array(PeriodSpec),
  /** Indicator statuses; empty = any. */
  statuses: z.array(Status),
  /** Goal level asked about or counted ("nämndmål" → committee). */
  level: GoalLevel.nullable(),
  /** A goal code; its descendants are included ("under 3.2"). */
  goalCode: z.string().nullable(),
  assessments: z.array(Assessment),
  activityState: ActivityState.nullable(),
  /** Only activities with a deviation or a delay phrase. */
  deviating: z.boolean(),
  dates: z.array(DateCondition),
  comparison: TargetComparison.nullable(),
  /** Indicators whose analysis says they are not reported on. */
  notReported: z.boolean(),
  /** Indicators without an outcome for the period. */
  noOutcome: z.boolean(),
  /** Goals whose analysis text uses this assessment's words ("uppfylls helt though its analysis says delvis"). */
  analysisSays: Assessment.nullable(),
  /** Goals that have no child goals of this level ("KF-mål som saknar nämndmål"). */
  childless: GoalLevel.nullable(),
  /** The content words left once every recogniser has taken its own (lower case, as typed). */
  words: z.array(z.string()),
  /** The words the prose and budget rows are searched by: `words` and topical words ("underskott"). */
  searchWords: z.array(z.string()),
  /** Indicators whose own analysis states the asked status ("the analysis says … will not reach"). */
  fromAnalysis: z.boolean(),
});
export type Filters = z.infer<typeof Filters>;

const common = { filters: Filters, fields: z.array(Field) };

/**
 * A question as data: what it is about, its filters, the fields it asks for and the shape of the
 * answer. Made by parseQuery from the recognisers' findings; answered by runQuery.
 */
export const Query = z.discriminatedUnion("about", [
  z.object({ about: z.literal("indicator"), shape: Shape, ...common }),
  z.object({ about: z.literal("goal"), shape: Shape, ...common }),
  z.object({
    about: z.literal("activity"),
    shape: Shape,
    ...common,
    /** "the earliest start": the list sorted by start date, first only. */
    order: z.enum(["earliest-start", "latest-end"]).nullable(),
  }),
  z.object({ about: z.literal("budget"), shape: Shape, ...common }),
  z.object({ about: z.literal("request"), shape: Shape, ...common }),
  z.object({ about: z.literal("report"), shape: Shape, ...common }),
  /** Answered from the prose: why something stands as it does, or what is done about a theme. */
  z.object({ about: z.literal("passage"), question: z.enum(["why", "theme"]), ...common }),
  z.object({ about: z.literal("overview"), ...common }),
  z.object({ about: z.literal("changes"), ...common }),
  z.object({ about: z.literal("help"), ...common }),
  /** A follow-up with nothing of its own ("och för Norrmalm?"): the previous query in a new scope. */
  z.object({ about: z.literal("follow-up"), ...common }),
]);
export type Query = z.infer<typeof Query>;

export function emptyFilters(): Filters {
  return {
    organisations: [],
    unloaded: [],
    periods: [],
    statuses: [],
    level: null,
    goalCode: null,
    assessments: [],
    activityState: null,
    deviating: false,
    dates: [],
    comparison: null,
    notReported: false,
    noOutcome: false,
    childless: null,
    analysisSays: null,
    words: [],
    searchWords: [],
    fromAnalysis: false,
  };
}

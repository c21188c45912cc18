import * as z from "zod";
import { Measure } from "./measure.ts";
import { Direction } from "./status.ts";

/** A printed cell that states a number: a Measure whose `value` is never null. */
export const NumericMeasure = Measure.extend({ value: z.number().finite() });
export type NumericMeasure = z.infer<typeof NumericMeasure>;

/**
 * What a statement in the analysis says of the target (status-cues.ts): negative = it will not be
 * (was not) reached, partial = only in part, uncertain = the report doubts it, positive = it will be (was).
 */
export const StatementVerdict = z.enum(["negative", "partial", "uncertain", "positive"]);
export type StatementVerdict = z.infer<typeof StatementVerdict>;

/**
 * How the compared value stands to the target, as printed: `above`, `below` or `equal` when higher
 * or lower is better; `inside` or `outside` the band (±target) when the direction is `band`.
 */
export const Relation = z.enum(["above", "below", "equal", "inside", "outside"]);
export type Relation = z.infer<typeof Relation>;

/** The value judged against the årsmål: the final outcome, or else the full-year forecast. */
export const ComparedBasis = z.enum(["outcome", "forecast"]);
export type ComparedBasis = z.infer<typeof ComparedBasis>;

/** The two numbers a rule compared, and how they stand (`reaches`: the value reaches the target). */
export const Compared = z.object({
  value: NumericMeasure,
  target: NumericMeasure,
  relation: Relation,
  reaches: z.boolean(),
});
export type Compared = z.infer<typeof Compared>;

/** Why there was nothing to judge by: no årsmål, an årsmål that is not a number, no value to compare with it. */
export const NoBasisReason = z.enum(["no-target", "target-not-a-number", "nothing-to-compare"]);
export type NoBasisReason = z.infer<typeof NoBasisReason>;

/** True when the row's values were placed in their columns by rule (alignment "low"); every kind carries it. */
const alignedByRule = z.boolean();

/**
 * The rule behind an indicator's status (docs/report-format.md §6), as data; renderers turn it into
 * text in either language (the engine's `sv` and `en` phrase packs).
 *
 * - `statement`: a statement in the analysis decided; `phrase` is the whole clause, exactly as printed.
 * - `numbers`: the final outcome or the forecast (`basis`) against the årsmål decided.
 *   `outcomeShortOfTarget` is the period's outcome when the forecast reaches the target but the
 *   outcome does not yet (same unit), else null.
 * - `numbers-over-statement`: numbers on the wrong side of the årsmål overruled a positive statement,
 *   which is quoted.
 * - `icon`: the ◆ glyph that survived the conversion ("uppfylls delvis") decided.
 * - `no-basis`: nothing to judge by; `reason` says why, `target` is the printed årsmål (null when
 *   none), `missing` the value there was none of to compare with it (only for `nothing-to-compare`).
 */
export const StatusRule = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("statement"),
    basis: z.literal("analysis"),
    verdict: StatementVerdict,
    phrase: z.string().min(1),
    alignedByRule,
  }),
  z.object({
    kind: z.literal("numbers"),
    basis: ComparedBasis,
    compared: Compared,
    direction: Direction,
    outcomeShortOfTarget: NumericMeasure.nullable(),
    alignedByRule,
  }),
  z.object({
    kind: z.literal("numbers-over-statement"),
    basis: ComparedBasis,
    compared: Compared,
    direction: Direction,
    verdict: z.literal("positive"),
    phrase: z.string().min(1),
    alignedByRule,
  }),
  z.object({
    kind: z.literal("icon"),
    basis: z.literal("icon"),
    glyph: z.literal("◆"),
    alignedByRule,
  }),
  z.object({
    kind: z.literal("no-basis"),
    basis: z.null(),
    reason: NoBasisReason,
    target: Measure.nullable(),
    missing: ComparedBasis.nullable(),
    alignedByRule,
  }),
]);
export type StatusRule = z.infer<typeof StatusRule>;
export type StatusRuleKind = StatusRule["kind"];

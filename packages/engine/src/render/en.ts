import type { Direction } from "@tertial/domain";
import type { PhrasePack } from "./phrase-pack.ts";
import { STATUS_TEXT } from "./status-vocabulary.ts";

/** Said after a comparison with a target that has a direction; a band says within or outside instead. */
const BETTER = { higher: "higher is better", lower: "lower is better" } as const;

const BASIS = { outcome: "outcome", forecast: "forecast" } as const;

/** The period's outcome has not reached the target yet: below it, above it when lower is better, outside a band. */
const SHORT_OF_TARGET: Readonly<Record<Direction, string>> = {
  higher: "is still below the target",
  lower: "is still above the target",
  band: "is still outside the band",
};

const SIGN = { above: ">", below: "<", equal: "=", inside: "within", outside: "outside" } as const;

/** English: the rule in English words; what it quotes from the report (the clause, the values) stays as printed. */
export const en: PhrasePack = {
  language: "en",
  status: STATUS_TEXT.en,
  assessment: { helt: "fully met", delvis: "partially met", ej: "not met", "none-given": "not assessed" },
  valueLabel: {
    outcome: "outcome",
    men: "men",
    women: "women",
    previous: "outcome",
    forecast: "forecast",
    target: "target",
    kfTarget: "city target",
    period: "period",
    goal: "goal",
    assessment: "assessment",
    deviation: "deviation",
    dates: "dates",
    analysis: "analysis",
    amount: "amount",
    table: "table",
    requestText: "text",
  },
  rule: {
    compared: (basis, { value, target, relation }, direction) =>
      direction === "band"
        ? `${BASIS[basis]} ${value.raw} ${SIGN[relation]} the target band ${target.raw}`
        : `${BASIS[basis]} ${value.raw} ${SIGN[relation]} target ${target.raw} (${BETTER[direction]})`,
    outcomeShortOfTarget: (outcome, direction) => `the period's outcome ${outcome.raw} ${SHORT_OF_TARGET[direction]}`,
    statement: (phrase) => `the analysis says: "${phrase}"`,
    overruledStatement: (phrase) => `though the analysis says: "${phrase}"`,
    icon: (glyph) => `the icon ${glyph} (partially met)`,
    noBasis: (reason, target, missing) => {
      switch (reason) {
        case "no-target":
          return "no target given";
        case "target-not-a-number":
          return `the target "${target?.raw ?? ""}" is not a number`;
        case "nothing-to-compare":
          return missing === "outcome"
            ? "no outcome to compare with the target"
            : "no forecast to compare with the target";
      }
    },
    alignedByRule: "the columns were placed by rule (the row has fewer values than columns)",
  },
  text: {
    source: "source",
    didYouMean: "Did you mean",
    fromTheText: "From the text",
    committee: "Committee",
    rule: "rule",
    moreItems: (rest, total) => `… and ${rest} more (${total} in all; --json lists every one, or ask more narrowly).`,
  },
};

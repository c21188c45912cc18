import type { Direction } from "@tertial/domain";
import type { PhrasePack } from "./phrase-pack.ts";
import { STATUS_TEXT } from "./status-vocabulary.ts";

/** Said after a comparison with a target that has a direction; a band says inside or outside instead. */
const BETTER = { higher: "högre är bättre", lower: "lägre är bättre" } as const;

/** The period's outcome has not reached the target yet: under it, over it when lower is better, outside a band. */
const SHORT_OF_TARGET: Readonly<Record<Direction, string>> = {
  higher: "ligger ännu under målet",
  lower: "ligger ännu över målet",
  band: "ligger ännu utanför intervallet",
};

const SIGN = { above: ">", below: "<", equal: "=", inside: "inom", outside: "utanför" } as const;

/** Swedish: the words the reports use; the status rule reads as the digest and the CLI have always printed it. */
export const sv: PhrasePack = {
  language: "sv",
  status: STATUS_TEXT.sv,
  assessment: { helt: "uppfylls helt", delvis: "uppfylls delvis", ej: "uppfylls ej", "none-given": "ingen bedömning" },
  valueLabel: {
    outcome: "utfall",
    men: "män",
    women: "kvinnor",
    previous: "utfall",
    forecast: "prognos",
    target: "årsmål",
    kfTarget: "KF:s årsmål",
    period: "period",
    goal: "mål",
    assessment: "bedömning",
    deviation: "avvikelse",
    dates: "datum",
    analysis: "analys",
    amount: "belopp",
    table: "tabell",
    requestText: "text",
  },
  rule: {
    compared: (basis, { value, target, relation }, direction) => {
      const head = `${basis === "outcome" ? "utfall" : "prognos"} ${value.raw} ${SIGN[relation]} årsmål ${target.raw}`;
      return direction === "band" ? head : `${head} (${BETTER[direction]})`;
    },
    outcomeShortOfTarget: (outcome, direction) => `periodens utfall ${outcome.raw} ${SHORT_OF_TARGET[direction]}`,
    statement: (phrase) => `analysen: "${phrase}"`,
    overruledStatement: (phrase) => `analysen säger ändå: "${phrase}"`,
    icon: (glyph) => `ikonen ${glyph} (uppfylls delvis)`,
    noBasis: (reason, target, missing) => {
      switch (reason) {
        case "no-target":
          return "inget årsmål angivet";
        case "target-not-a-number":
          return `årsmålet "${target?.raw ?? ""}" är inte ett tal`;
        case "nothing-to-compare":
          return missing === "outcome"
            ? "inget utfall att jämföra med årsmålet"
            : "ingen prognos att jämföra med årsmålet";
      }
    },
    alignedByRule: "kolumnerna är placerade efter regel (raden har färre värden än kolumner)",
  },
  text: {
    source: "källa",
    didYouMean: "Menade du",
    fromTheText: "Ur texten",
    committee: "Nämnd",
    rule: "regel",
    moreItems: (rest, total) => `… och ${rest} till (${total} totalt; alla finns med --json, eller fråga snävare).`,
  },
};

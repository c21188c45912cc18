import { type Recogniser, take } from "../parse-state.ts";
import { matchAll } from "../tokens.ts";

const ORDERS: readonly [string, "earliest-start" | "latest-end"][] = [
  ["tidigaste startdatum*", "earliest-start"],
  ["tidigast startdatum*", "earliest-start"],
  ["startade tidigast", "earliest-start"],
  ["earliest start date", "earliest-start"],
  ["earliest start", "earliest-start"],
  ["started first", "earliest-start"],
  ["senaste slutdatum*", "latest-end"],
  ["senast slutdatum", "latest-end"],
  ["latest end date", "latest-end"],
  ["latest end", "latest-end"],
];

/** "the earliest start date", "senaste slutdatum": one activity, by its dates. */
export const recogniseOrder: Recogniser = (state) => {
  for (const [term, order] of ORDERS) {
    for (const hit of matchAll(state.tokens, term)) {
      state.findings.push({ signal: { type: "order", order }, at: hit.start });
      take(state, hit.start, hit.end);
    }
  }
};

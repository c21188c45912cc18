import { describe, expect, it } from "vitest";
import { directionOf, LOWER_IS_BETTER, parseMeasure } from "../src/index.ts";

describe("LOWER_IS_BETTER", () => {
  it.each(LOWER_IS_BETTER.map((rule) => [rule.example, rule.pattern] as const))(
    "%s is lower-is-better by its own rule",
    (example, pattern) => {
      expect(pattern.test(example.toLowerCase())).toBe(true);
      expect(directionOf(example, parseMeasure("5"))).toBe("lower");
    },
  );
});

describe("directionOf", () => {
  it.each([
    ["Antal ungdomar som fått feriejobb i stadens regi", "9 000 st", "higher"],
    ["Aktivt Medskapandeindex", "82", "higher"],
    ["Andel personer som gått från ekonomiskt bistånd till arbete", "40 %", "higher"],
    ["Sjukfrånvaro", "5,5 %", "lower"],
    ["Nämndens prognossäkerhet T2", "+/- 1 %", "band"],
    [
      "Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "Max 10 personer",
      "lower",
    ],
    ["Andel nöjda omsorgstagare", "Max 3", "lower"],
  ])("%s with target %j → %s", (name, target, expected) => {
    expect(directionOf(name, parseMeasure(target))).toBe(expected);
  });
});

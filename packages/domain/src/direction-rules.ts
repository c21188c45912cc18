import type { Direction } from "./status.ts";

/**
 * Indicators where a lower value is better, matched on the (lower-cased) indicator name.
 * Each entry is tested on its own in direction-rules.test.ts. Everything else is "higher is better",
 * except band targets ("+/- 1 %") and ceilings ("Max 10 personer"), which the target itself decides.
 */
export const LOWER_IS_BETTER: readonly { pattern: RegExp; example: string }[] = [
  { pattern: /sjukfrånvaro/, example: "Sjukfrånvaro dag 1-14" },
  {
    pattern: /(har|med|uppbär|erhåller)\s+(långvarigt\s+)?ekonomiskt bistånd/,
    example: "Andel vuxna med långvarigt ekonomiskt bistånd",
  },
  {
    pattern: /familjer som har ekonomiskt bistånd/,
    example: "Andel barn som lever i familjer som har ekonomiskt bistånd",
  },
  { pattern: /vräkning/, example: "Antal vräkningar av barnfamiljer" },
  { pattern: /hemlös/, example: "Antal hemlösa" },
  {
    pattern: /åter blir föremål för (anmälan|utredning)|återaktualiser/,
    example: "Andel barn som åter blir föremål för anmälan",
  },
  { pattern: /extern(a)? konsult|konsultkostnad/, example: "Kostnader för externa konsulter" },
  { pattern: /klimatpåverkan|utsläpp/, example: "Klimatpåverkan från livsmedel" },
  { pattern: /köpt energi|energianvändning/, example: "Mängd köpt energi" },
  {
    pattern: /personal en hemtjänsttagare .*möter/,
    example: "Antal personal en hemtjänsttagare med minst två besök om dagen möter",
  },
  { pattern: /barn per (grupp|anställd|avdelning)|förskolebarn per anställd/, example: "Antal barn per grupp" },
  { pattern: /inte är självförsörjande/, example: "Andel som inte är självförsörjande" },
  { pattern: /akutboendelösning/, example: "Antal barnfamiljer med akutboendelösning" },
  { pattern: /väntetid|handläggningstid/, example: "Genomsnittlig väntetid till särskilt boende" },
];

/** Decides whether higher or lower is better for an indicator, or a band around zero. */
export function directionOf(name: string, target: { raw: string } | null): Direction {
  if (target && /^\+\s?\/\s?-/.test(target.raw)) return "band";
  if (target && /^(max|högst)\s/i.test(target.raw)) return "lower";
  const lower = name.toLowerCase();
  return LOWER_IS_BETTER.some((rule) => rule.pattern.test(lower)) ? "lower" : "higher";
}

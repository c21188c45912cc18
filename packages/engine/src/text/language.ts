import type { Language } from "../answer.ts";

const SWEDISH: Readonly<Record<string, number>> = {
  vilka: 2, vilken: 2, vilket: 2, vad: 2, hur: 2, är: 2, och: 1, för: 1, denna: 2, detta: 2, mål: 1, målen: 2, visa: 1, finns: 1, jämför: 2,
  över: 1, tid: 1, försenade: 2, försenad: 2, forsenade: 2, indikatorer: 2, indikatorerna: 2, aktiviteter: 2, uppfylls: 2, delvis: 2,
  nämnden: 1, nämnder: 2, prognos: 1, prognosen: 2, utfall: 2, årsmål: 2, arsmal: 2, med: 1, har: 1, som: 1, inom: 1, mellan: 1, sedan: 1,
  hjälp: 2, hjalp: 2, rapporter: 2, ser: 1, ut: 1, ekonomi: 1, släpar: 2, slapar: 2, avvikelse: 2, i: 0.5, på: 1, om: 0.5,
  budgetavvikelse: 2, sjukfrånvaro: 1, sjukfrånvaron: 2, sjukfranvaro: 1, eller: 1, inte: 1, ej: 1, bara: 1, än: 1, nu: 0.5,
  varför: 2, varfor: 2, läget: 2, laget: 1, går: 1, gör: 2, riskerar: 2, sammanfattning: 2, arbetar: 1,
};

const ENGLISH: Readonly<Record<string, number>> = {
  which: 2, what: 2, how: 2, are: 2, is: 1, the: 2, of: 1, show: 2, indicators: 2, indicator: 2, goals: 2, goal: 2, activities: 2,
  delayed: 2, off: 1, track: 2, behind: 2, compare: 2, between: 2, time: 1, about: 1, forecast: 2, target: 2, outcome: 2, budget: 0.5,
  reports: 2, loaded: 2, help: 2, deviation: 2, have: 1, has: 1, only: 1, partially: 2, met: 1, over: 0.3, for: 0.3, in: 0.5, and: 1,
  committee: 2, committees: 2, sick: 2, leave: 1, trend: 0.5, requests: 2, money: 2, economy: 2, this: 1, term: 1, latest: 2, does: 2,
  why: 2, doing: 2, going: 2, risk: 0.5, overview: 2, summary: 2, being: 1, done: 1,
};

/** sv or en from the question's words; `fallback` (the conversation's language, else sv) on a tie. */
export function detectLanguage(lowerWords: readonly string[], fallback: Language = "sv"): Language {
  let sv = 0;
  let en = 0;
  for (const word of lowerWords) {
    sv += SWEDISH[word] ?? 0;
    en += ENGLISH[word] ?? 0;
    if (/[åäö]/.test(word)) sv += 1;
  }
  if (sv === en) return fallback;
  return sv > en ? "sv" : "en";
}

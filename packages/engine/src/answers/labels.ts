import type { Assessment } from "@tertial/domain";
import type { Language } from "../answer.ts";

export { STATUS_TEXT } from "../render/status-vocabulary.ts";

export const ASSESSMENT_TEXT: Readonly<Record<Language, Readonly<Record<Assessment, string>>>> = {
  sv: { helt: "uppfylls helt", delvis: "uppfylls delvis", ej: "uppfylls ej", "none-given": "ingen bedömning" },
  en: { helt: "fully met", delvis: "partially met", ej: "not met", "none-given": "not assessed" },
};

/** Value labels in the order items list them. */
export const VALUE_LABEL = {
  sv: {
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
  en: {
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
} as const;

/** A whole-word pattern that also works next to å, ä and ö (\b does not). */
function w(words: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, "gu");
}

const REASON_WORDS: readonly [RegExp, string][] = [
  [w("högre är bättre"), "higher is better"],
  [w("lägre är bättre"), "lower is better"],
  [w("inom intervallet"), "within the band"],
  [w("periodens utfall"), "outcome for the period"],
  [w("ligger ännu (under|över) målet"), "is still short of the target"],
  [w("ligger ännu utanför intervallet"), "is still outside the band"],
  [w("utfall"), "outcome"],
  [w("prognos"), "forecast"],
  [w("årsmål(et)?"), "target"],
  [w("analysen"), "the analysis"],
  [w("ikonen"), "the icon"],
  [w("uppfylls delvis"), "partially met"],
  [w("inget årsmål angivet"), "no target given"],
  [w("är inte ett tal"), "is not a number"],
  [w("ingen prognos att jämföra med"), "no forecast to compare with the"],
  [w("inget utfall att jämföra med"), "no outcome to compare with the"],
  [w("inom"), "within"],
  [w("utanför"), "outside"],
];

/**
 * The status rule in the answer's language. The store keeps it in Swedish; for English answers the
 * rule's own words are translated and anything quoted from the report stays as printed.
 */
export function localiseReason(reason: string, language: Language): string {
  if (language === "sv") return reason;
  const quoted = /"[^"]*"/.exec(reason);
  const head = quoted ? reason.slice(0, quoted.index) : reason;
  const tail = quoted ? reason.slice(quoted.index) : "";
  return REASON_WORDS.reduce((text, [pattern, english]) => text.replace(pattern, english), head) + tail;
}

/** One of two strings by language: `t(language, "svenska", "English")`. */
export function t(language: Language, sv: string, en: string): string {
  return language === "sv" ? sv : en;
}

/** "1 indikator" / "3 indikatorer". */
export function count(language: Language, n: number, sv: [string, string], en: [string, string]): string {
  const [one, many] = language === "sv" ? sv : en;
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B och C" / "A, B and C". */
export function joinList(language: Language, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${t(language, "och", "and")} ${parts[parts.length - 1] ?? ""}`;
}

import type { Assessment } from "@tertial/domain";
import type { Language } from "../answer.ts";
import type { ValueLabels } from "../render/phrase-pack.ts";
import { PHRASES } from "../render/phrases.ts";

export { STATUS_TEXT } from "../render/status-vocabulary.ts";

/** Assessment words by language (the phrase packs'). */
export const ASSESSMENT_TEXT: Readonly<Record<Language, Readonly<Record<Assessment, string>>>> = {
  sv: PHRASES.sv.assessment,
  en: PHRASES.en.assessment,
};

/** Value labels by language (the phrase packs'), in the order items list them. */
export const VALUE_LABEL: Readonly<Record<Language, Readonly<ValueLabels>>> = {
  sv: PHRASES.sv.valueLabel,
  en: PHRASES.en.valueLabel,
};

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

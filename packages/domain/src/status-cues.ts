import { matchWordSequence, quoteClause, splitSentences, type WordSequence } from "./cue-matching.ts";

/**
 * Phrases in an indicator's Analys that state whether its target will be (was) reached
 * (docs/report-format.md §6). `verdict`: negative = it will not be / was not reached,
 * partial = only in part (never on track), uncertain = the report doubts it, positive = it will be / was.
 *
 * A cue is a sequence of word groups: each group lists its alternatives (one or more words), and up
 * to MAX_INSERTED_WORDS other words may stand between two groups ("årsmålet trots detta kommer att
 * uppnås"), but no negation and no sentence end. Cues are tried in the order listed: partial ones
 * before the negations they contain ("inte … helt"), hedged negations ("riskerar att inte …") before
 * negations, negations before the positive phrases they contain ("Årsmålet uppnås ej").
 */
export type CueVerdict = "negative" | "partial" | "uncertain" | "positive";

export interface StatusCue {
  verdict: CueVerdict;
  parts: WordSequence;
  example: string;
}

/** The goal a cue speaks of. */
const GOAL = ["målet", "årsmålet", "målen", "årsmålen", "målvärdet", "målnivån", "nämndmålet", "målsättningen"];
/** Passive and perfect forms: "(målet) uppnås", "har uppnåtts", "kommer att nås". */
const REACHED = [
  "uppnås",
  "nås",
  "uppfylls",
  "uppnåddes",
  "nåddes",
  "uppfylldes",
  "uppnåtts",
  "nåtts",
  "uppfyllts",
  "uppnått",
  "uppfyllt",
  "kommer att uppnås",
  "kommer att nås",
  "kommer att uppfyllas",
];
/** Finite active forms: "(nämnden) når", "uppnådde". */
const REACHES = ["når", "uppnår", "klarar", "nådde", "uppnådde", "klarade"];
/** Infinitives: "(att) nå (målet)". */
const TO_REACH = ["nå", "uppnå", "klara"];
const NOT = ["inte", "ej"];
const NOT_FULLY = ["inte helt", "ej helt", "inte fullt ut", "ej fullt ut", "inte fullständigt"];

export const STATUS_CUES: readonly StatusCue[] = [
  {
    verdict: "partial",
    parts: [["delvis"], [...REACHED, ...REACHES, ...TO_REACH]],
    example: "Årsmålet delvis kommer att uppnås",
  },
  { verdict: "partial", parts: [[...REACHED, ...REACHES], ["delvis"]], example: "Målet uppnås delvis" },
  { verdict: "partial", parts: [NOT_FULLY, [...REACHED, ...TO_REACH]], example: "Målet har inte helt uppnåtts" },
  { verdict: "partial", parts: [[...REACHED, ...REACHES], NOT_FULLY], example: "Målet uppnås inte helt" },
  {
    verdict: "partial",
    parts: [NOT, REACHED, ["helt", "fullt ut", "fullständigt"]],
    example: "årsmålet inte kommer att uppnås helt",
  },
  {
    verdict: "uncertain",
    parts: [
      ["osäkert", "oklart", "tveksamt", "ovisst", "inte säkert", "ej säkert"],
      ["om", "att", "huruvida"],
      [...REACHED, ...REACHES, ...TO_REACH],
    ],
    example: "Det är osäkert om årsmålet kommer att nås",
  },
  {
    verdict: "uncertain",
    parts: [["riskerar", "risk", "risken"], NOT, [...REACHED, ...TO_REACH]],
    example: "Målet riskerar att inte uppnås",
  },
  { verdict: "negative", parts: [[...REACHED, ...REACHES], NOT], example: "Årsmålet uppnås ej" },
  { verdict: "negative", parts: [NOT, REACHED], example: "Målet är därmed inte uppnått" },
  { verdict: "negative", parts: [NOT, TO_REACH, GOAL], example: "Nämnden kommer troligen inte att nå målet" },
  {
    verdict: "uncertain",
    parts: [
      ["svårt att", "svårare att", "svårt för"],
      [...TO_REACH, ...REACHED],
    ],
    example: "det blir svårt att nå målet",
  },
  { verdict: "uncertain", parts: [["befaras", "befarar", "befarade"]], example: "Sjukfrånvaron befaras öka" },
  {
    verdict: "uncertain",
    parts: [
      ["osäkert", "oklart", "tveksamt"],
      ["om", "huruvida"],
    ],
    example: "Det är osäkert om insatsen räcker",
  },
  { verdict: "positive", parts: [GOAL, REACHED], example: "Förvaltningen bedömer att årsmålet kommer att uppnås" },
  {
    verdict: "positive",
    parts: [["räknar med att", "förväntas", "beräknas", "kommer att"], TO_REACH, GOAL],
    example: "Förvaltningen räknar med att nå målvärdet",
  },
  {
    verdict: "positive",
    parts: [["kommer att nås", "kommer att uppnås"]],
    example: "Prognosen är att det kommer att nås",
  },
];

export interface FoundCue {
  verdict: CueVerdict;
  /** The words that matched, as printed. */
  phrase: string;
  /** The clause that holds them, qualifiers included ("årsmålet inte kommer att uppnås helt"). */
  clause: string;
}

/** The first cue (in STATUS_CUES order) found in the text; null when none. */
export function findStatusCue(text: string | null): FoundCue | null {
  if (!text) return null;
  const sentences = splitSentences(text);
  for (const cue of STATUS_CUES) {
    for (const sentence of sentences) {
      const match = matchWordSequence(sentence, cue.parts);
      if (match) {
        return {
          verdict: cue.verdict,
          phrase: text.slice(match.start, match.end),
          clause: quoteClause(text, sentence, match),
        };
      }
    }
  }
  return null;
}

/**
 * Phrases in an indicator's Analys that state its status outright. They win over any comparison
 * (report-format §3.5). Checked in order: negations before the positive phrases they contain.
 * `verdict`: negative = the target will not be / was not reached, partial = only in part,
 * uncertain = the report doubts it, positive = it will be / was reached.
 */
export type CueVerdict = "negative" | "partial" | "uncertain" | "positive";

export const STATUS_CUES: readonly { pattern: RegExp; verdict: CueVerdict; example: string }[] = [
  {
    pattern: /delvis (kommer att |att )?(uppnås|nås)|uppnås delvis|nås delvis/,
    verdict: "partial",
    example: "Årsmålet bedöms delvis kommer att uppnås",
  },
  { pattern: /(års)?målet (uppnås|nås) (ej|inte)/, verdict: "negative", example: "Årsmålet uppnås ej" },
  { pattern: /uppnåddes (inte|ej)|nåddes (inte|ej)/, verdict: "negative", example: "Målet uppnåddes inte" },
  {
    pattern: /(inte|ej) (kommer|att) (att )?(uppnås|nås)/,
    verdict: "negative",
    example: "bedöms inte kommer att uppnås",
  },
  {
    pattern: /kommer (\S+ ){0,4}inte att nå/,
    verdict: "negative",
    example: "Nämnden kommer troligen inte att nå målet",
  },
  { pattern: /når inte (upp till )?(års)?mål/, verdict: "negative", example: "Resultatet når inte upp till målet" },
  {
    pattern: /inte att (års)?målet (\S+ ){0,4}(kommer att )?(uppnås|nås)/,
    verdict: "negative",
    example: "tror förvaltningen inte att årsmålet för 2021 kommer att uppnås",
  },
  { pattern: /är därmed inte uppnått|är inte uppnått/, verdict: "negative", example: "Målet är därmed inte uppnått" },
  {
    pattern: /uppnår (\S+ ){0,3}inte (uppsatt|sitt|årsmålet|målet)/,
    verdict: "negative",
    example: "Förvaltningen uppnår därmed inte uppsatt mål",
  },
  {
    pattern: /osäkert om|kan bli svårt att nå|befaras|riskerar att inte/,
    verdict: "uncertain",
    example: "Det är osäkert om årsmålet kan nås",
  },
  {
    pattern: /(års)?målet (uppnås|nås|har uppnåtts|är uppnått)|kommer att nås|räknar med att nå/,
    verdict: "positive",
    example: "Årsmålet uppnås",
  },
];

/** The first cue found in the text, with the words that matched; null when none. */
export function findStatusCue(text: string | null): { verdict: CueVerdict; phrase: string } | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const cue of STATUS_CUES) {
    const match = cue.pattern.exec(lower);
    if (match) return { verdict: cue.verdict, phrase: text.slice(match.index, match.index + match[0].length) };
  }
  return null;
}

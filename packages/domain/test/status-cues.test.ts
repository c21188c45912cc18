import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveStatus, findStatusCue, parseMeasure, STATUS_CUES } from "../src/index.ts";

/** Words that are no cue and no negation, as they stand between a cue's parts in real analyses. */
const FILLERS = ["trots", "detta", "sannolikt", "under", "året", "för", "helåret", "2021", "förvaltningen", "ändå"];

describe("findStatusCue", () => {
  it.each(STATUS_CUES.map((cue) => [cue.example, cue.verdict] as const))("%s → %s", (example, verdict) => {
    expect(findStatusCue(example)?.verdict).toBe(verdict);
  });

  it.each([
    ["Förvaltningen bedömer att årsmålet trots detta kommer att uppnås.", "positive"],
    ["Det blir svårt att nå målet på 40 %.", "uncertain"],
    ["Årsmålet kommer inte att uppnås helt.", "partial"],
    ["Målet nås inte fullt ut under året.", "partial"],
    ["Det är inte säkert att målet nås.", "uncertain"],
    ["Årsmålet riskerar att inte uppnås.", "uncertain"],
    ["Förvaltningen arbetar för att nå ut till fler.", null],
    ["Utfallet för tertialet. Målet nås ej.", "negative"],
    // a sentence end stops a match: "målet" and "nås" are in different sentences
    ["Arbetet med målet fortsätter. Nås av alla.", null],
  ] as const)("%s → %s", (text, verdict) => {
    expect(findStatusCue(text)?.verdict ?? null).toBe(verdict);
  });

  it("quotes the clause from its start to the sentence end, with the qualifiers", () => {
    const text = "Volymerna är låga, prognosen är att årsmålet inte kommer att uppnås helt. Nästa mening.";
    expect(findStatusCue(text)).toEqual({
      verdict: "partial",
      phrase: "inte kommer att uppnås helt",
      clause: "prognosen är att årsmålet inte kommer att uppnås helt",
    });
  });

  it("finds the same verdict with words inserted between a cue's parts", () => {
    const cueText = fc.constantFrom(...STATUS_CUES).chain((cue) =>
      fc.record({
        cue: fc.constant(cue),
        words: fc.tuple(...cue.parts.map((part) => fc.constantFrom(...part))),
        gaps: fc.array(fc.array(fc.constantFrom(...FILLERS), { maxLength: 3 }), {
          minLength: cue.parts.length,
          maxLength: cue.parts.length,
        }),
        before: fc.array(fc.constantFrom(...FILLERS), { maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(cueText, ({ cue, words, gaps, before }) => {
        const plain = [...before, ...words].join(" ");
        const inserted = [...before, ...words.flatMap((word, i) => (i === 0 ? [word] : [...(gaps[i] ?? []), word]))];
        expect(findStatusCue(`${plain}.`)?.verdict).toBe(cue.verdict);
        expect(findStatusCue(`${inserted.join(" ")}.`)?.verdict).toBe(cue.verdict);
      }),
      { numRuns: 500 },
    );
  });
});

describe("deriveStatus with numbers", () => {
  it("never calls a numeric forecast (or final outcome) worse than the årsmål on track, whatever the text says", () => {
    const swedish = (value: number): string => String(value).replace(".", ",");
    const analyses = [null, ...STATUS_CUES.map((cue) => `${cue.example}.`)];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.constantFrom("higher", "lower", "ceiling"),
        fc.constantFrom("T1", "T2", "VB"),
        fc.constantFrom(...analyses),
        fc.constantFrom(null, "◆"),
        fc.constantFrom("exact", "low"),
        (tenthsTarget, tenthsWorse, kind, reportKind, analysis, glyph, alignment) => {
          const target = tenthsTarget / 10;
          const worse =
            kind === "higher" ? (tenthsTarget - Math.min(tenthsWorse, tenthsTarget)) / 10 : target + tenthsWorse / 10;
          const value = `${swedish(worse)} %`;
          const result = deriveStatus({
            name: kind === "lower" ? "Sjukfrånvaro" : "Andel nöjda brukare",
            analysis,
            outcome: reportKind === "VB" ? parseMeasure(value) : null,
            forecast: parseMeasure(value),
            annualTarget: parseMeasure(kind === "ceiling" ? `Max ${swedish(target)} %` : `${swedish(target)} %`),
            period: reportKind === "VB" ? "VB 2021" : `Tertial 1 2021`,
            reportKind: reportKind as "T1" | "T2" | "VB",
            glyph,
            alignment: alignment as "exact" | "low",
          });
          expect(result.status).toBe(reportKind === "VB" ? "missed" : "off-track");
        },
      ),
      { numRuns: 500 },
    );
  });
});

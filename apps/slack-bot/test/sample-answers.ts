import type { Answer, AnswerItem } from "@tertial/engine";

/** An indicator item as the engine returns it (values printed, source cited). */
type IndicatorItem = Extract<AnswerItem, { kind: "indicator" }>;

export function indicatorItem(index: number, overrides: Partial<IndicatorItem> = {}): IndicatorItem {
  return {
    kind: "indicator",
    name: `Indikator ${index}`,
    report: { organisation: "Socialnämnden", unit: null, period: "T1 2020", file: "socialnamnden-t1-2020.txt" },
    status: "off-track",
    statusReason: "prognos 6,5 % < årsmål 7,0 % (högre är bättre)",
    values: { utfall: "5,4 %", prognos: "6,5 %", årsmål: "7,0 %" },
    source: { file: "socialnamnden-t1-2020.txt", line: 100 + index },
    facts: {
      outcome: { raw: "5,4 %", value: 5.4, unit: "%" },
      men: null,
      women: null,
      previous: null,
      previousLabel: null,
      forecast: { raw: "6,5 %", value: 6.5, unit: "%" },
      target: { raw: "7,0 %", value: 7, unit: "%" },
      kfTarget: null,
      period: "Tertial 1 2020",
      direction: "higher",
      alignment: "exact",
      goal: { code: "1.1", title: "Stockholmare arbetar" },
      rule: {
        kind: "numbers",
        basis: "forecast",
        compared: {
          value: { raw: "6,5 %", value: 6.5, unit: "%" },
          target: { raw: "7,0 %", value: 7, unit: "%" },
          relation: "below",
          reaches: false,
        },
        direction: "higher",
        outcomeShortOfTarget: null,
        alignedByRule: false,
      },
    },
    ...overrides,
  };
}

export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "Vilka indikatorer är försenade?",
    language: "sv",
    intent: "indicator-list",
    scope: { organisations: ["Socialnämnden"], periods: ["T1 2020"], periodIsDefault: true },
    answerText: "2 indikatorer når inte målet i Socialnämnden T1 2020.",
    items: [
      indicatorItem(1),
      indicatorItem(2, { status: "at-risk", values: { utfall: "12", årsmål: "20" }, statusReason: null }),
    ],
    suggestions: [],
    ...overrides,
  };
}

import type { Language } from "../answer.ts";
import { describeScope, latestPeriod } from "../scope.ts";
import type { AskContext, Draft } from "./context.ts";
import { reportItem } from "./items.ts";
import { t } from "./labels.ts";

/** Every loaded report, oldest first, with its counts. */
export function answerReports(ctx: AskContext): Draft {
  const reports =
    ctx.organisations.length === 0
      ? ctx.data.reports
      : ctx.data.reports.filter((r) => ctx.organisations.includes(r.organisation));
  const scope = describeScope(reports, ctx.organisations, false);
  const latest = latestPeriod(reports);
  const lead =
    reports.length === 0
      ? [
          t(
            ctx.language,
            "Inga rapporter är inlästa. Läs in dem med: npm run -s tertial -- load data/reports",
            "No reports are loaded. Load them with: npm run -s tertial -- load data/reports",
          ),
        ]
      : [
          t(
            ctx.language,
            `${reports.length} inlästa rapporter; senaste perioden är ${latest ?? "–"}:`,
            `${reports.length} loaded reports; the latest period is ${latest ?? "–"}:`,
          ),
        ];
  return {
    intent: "reports",
    scope,
    lead,
    items: reports.map((r) => reportItem(r, ctx.language)),
    notes: [],
    suggestions: [],
    subject: null,
  };
}

export const EXAMPLES: Readonly<Record<Language, readonly string[]>> = {
  sv: [
    "hur går det för Norrmalm? (eller bara: Norrmalm)",
    "vilka indikatorer är försenade denna tertial?",
    "vilka indikatorer riskerar att inte nås?",
    "vilka mål uppfylls bara delvis?",
    "vilka aktiviteter har avvikelse?",
    "vad är sjukfrånvaron i Socialnämnden T1 2020?",
    "prognos för feriejobb Norrmalm",
    "mål 1.2.1",
    "budgetavvikelse äldreomsorg",
    "vilka medel begär nämnden i förslag till beslut?",
    "sjukfrånvaro över tid",
    "jämför sjukfrånvaro mellan nämnderna",
    "varför är sjukfrånvaron hög? / varför? (rapportens analys)",
    "vad gör nämnden mot hemlöshet? (söker i namn och analystexter)",
    "vilka rapporter finns?",
    "och för Norrmalm? / och 2017? (följdfrågor)",
  ],
  en: [
    "how is Norrmalm doing? (or just: Norrmalm)",
    "which indicators are off track this tertial?",
    "which indicators are at risk?",
    "which goals are only partially met?",
    "which activities have a deviation?",
    "what is the sick leave in Socialnämnden T1 2020?",
    "forecast for feriejobb Norrmalm",
    "goal 1.2.1",
    "budget deviation äldreomsorg",
    "which money requests are in the proposal?",
    "sick leave over time",
    "compare sick leave between committees",
    "why is sick leave high? / why? (the report's analysis)",
    "what is being done about homelessness? (searches names and analysis texts)",
    "which reports are loaded?",
    "what about Norrmalm? / what about T2? (follow-ups)",
  ],
};

/** Example questions, and how scope and follow-ups work. */
export function answerHelp(ctx: AskContext, intro: string | null = null): Draft {
  const lead = [
    ...(intro === null ? [] : [intro]),
    t(
      ctx.language,
      "Jag svarar på frågor om de inlästa tertialrapporterna, med källa (fil och rad) för varje siffra. Exempel:",
      "I answer questions about the loaded tertial reports, with a source (file and line) for every number. Examples:",
    ),
    ...EXAMPLES[ctx.language].map((example) => `  – ${example}`),
    t(
      ctx.language,
      `"Denna tertial" betyder den senaste inlästa perioden${latestText(ctx)}; nämn en nämnd, period (T1 2020, VB 2021) eller ett år för att snäva in.`,
      `"This tertial" means the latest loaded period${latestText(ctx)}; name a committee, period (T1 2020, VB 2021) or year to narrow it.`,
    ),
  ];
  return {
    intent: "help",
    scope: describeScope([], ctx.organisations, false),
    lead,
    items: [],
    notes: [],
    suggestions: [],
    subject: null,
  };
}

function latestText(ctx: AskContext): string {
  const latest = latestPeriod(ctx.data.reports);
  return latest === null ? "" : ` (${latest})`;
}

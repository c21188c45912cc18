import { escapeMrkdwn } from "./escape.ts";
import { context, header, section, type SlackMessage } from "./slack-message.ts";

export const EXAMPLE_QUESTIONS = {
  sv: [
    "Hur går det för Norrmalm?",
    "Vilka indikatorer är försenade?",
    "Vilka mål uppfylls inte i Socialnämnden?",
    "Vilka aktiviteter har avvikelser i Norrmalm T2 2021?",
    "Hur ser budgeten ut för Norrmalm?",
    "Vilka rapporter finns?",
  ],
  en: [
    "How is Socialnämnden doing?",
    "Which indicators are off track?",
    "Which goals are only partly met in Socialnämnden?",
    "Which activities are delayed in Norrmalm?",
    "What is the budget deviation for Norrmalm T2 2021?",
    "Which reports are loaded?",
  ],
} as const;

/** "• Vilka indikatorer är försenade?" lines for one language. */
export function exampleLines(language: keyof typeof EXAMPLE_QUESTIONS): string {
  return EXAMPLE_QUESTIONS[language].map((question) => `• ${escapeMrkdwn(question)}`).join("\n");
}

/** `/tertial help`: how to ask, example questions in Swedish and English, and the commands. */
export function renderHelp(options: { digestHelp: string | null }): SlackMessage {
  const blocks = [
    header("Tertial – frågor om tertialrapporterna"),
    section(
      "Ställ en fråga med `/tertial <fråga>` (bara du ser svaret), `/tertial public <fråga>` (svaret syns i kanalen), " +
        "nämn mig i en kanal (`@tertial <fråga>`, svaret kommer i en tråd) eller skriv till mig direkt. " +
        "I en tråd minns jag sammanhanget: fråga sedan _och för T2?_",
    ),
    section(`*Exempel*\n${exampleLines("sv")}`),
    section(`*Examples (English works too)*\n${exampleLines("en")}`),
    context("Svaren bygger bara på de inlästa rapporterna och anger källa (fil:rad) för varje rad."),
  ];
  if (options.digestHelp !== null) blocks.push(section(options.digestHelp));
  return { text: `Tertial – exempel: ${EXAMPLE_QUESTIONS.sv.join(" · ")}`, blocks };
}

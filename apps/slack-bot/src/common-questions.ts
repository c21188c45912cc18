import { STOCKHOLM_DISTRICTS } from "@tertial/domain";
import type { OrganisationOverview } from "./report-overview.ts";

/** The questions App Home's buttons and the assistant's suggested prompts ask about one organisation. */
export type CommonQuestionKind = "off-track" | "budget" | "changes" | "overview";

export const COMMON_QUESTION_KINDS: readonly CommonQuestionKind[] = ["off-track", "budget", "changes", "overview"];

/** What the user reads (a button, a prompt's title) and what the engine is asked, in Swedish. */
const WORDING: Record<
  CommonQuestionKind,
  { label: string; title: (name: string) => string; question: (name: string) => string }
> = {
  "off-track": {
    label: "Ej i fas",
    title: (name) => `Ej i fas i ${name}`,
    question: (name) => `Vilka indikatorer är ej i fas för ${name}?`,
  },
  budget: {
    label: "Budgetresultat",
    title: (name) => `Budgetresultat för ${name}`,
    question: (name) => `Vad blir budgetresultatet för ${name}?`,
  },
  changes: {
    label: "Vad har ändrats?",
    title: (name) => `Ändringar i ${name}`,
    question: (name) => `Vad har ändrats i ${name} sedan förra rapporten?`,
  },
  overview: {
    label: "Översikt",
    title: (name) => `Läget i ${name}`,
    question: (name) => `Hur går det för ${name}?`,
  },
};

/** The question the engine is asked: "Vilka indikatorer är ej i fas för Norrmalm?". */
export function commonQuestion(kind: CommonQuestionKind, organisation: string): string {
  return WORDING[kind].question(shortName(organisation));
}

/** A button's text: "Ej i fas". */
export function commonQuestionLabel(kind: CommonQuestionKind): string {
  return WORDING[kind].label;
}

/** A suggested prompt's title: "Ej i fas i Norrmalm". */
export function commonQuestionTitle(kind: CommonQuestionKind, organisation: string): string {
  return WORDING[kind].title(shortName(organisation));
}

/**
 * The questions that have something to show for an organisation, so no button or prompt leads to an
 * empty answer: off-track only with off-track indicators, the budget only with budget rows, what changed
 * only with an earlier report to compare with; the overview always.
 */
export function questionsFor(organisation: OrganisationOverview): CommonQuestionKind[] {
  return COMMON_QUESTION_KINDS.filter((kind) => {
    switch (kind) {
      case "off-track":
        return organisation.offTrack > 0;
      case "budget":
        return organisation.budgetLines > 0;
      case "changes":
        return organisation.reportCount >= 2;
      case "overview":
        return true;
    }
  });
}

/**
 * The name people use: a stadsdelsnämnd by its district ("Norrmalm", "Rinkeby-Kista" rather than the part
 * "Kista"), any other organisation by its full name. The engine reads both.
 */
export function shortName(organisation: string): string {
  const districts = STOCKHOLM_DISTRICTS.filter(([, committee]) => committee === organisation).map(([name]) => name);
  return (
    districts.reduce<string | null>((best, name) => (best === null || name.length > best.length ? name : best), null) ??
    organisation
  );
}

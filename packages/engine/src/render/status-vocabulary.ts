import type { Status } from "@tertial/domain";
import type { Language } from "../answer.ts";

/**
 * The one status vocabulary every surface uses (CLI, Slack, digests): the words per language and
 * the emoji beside them. Slack shows `STATUS_EMOJI` as its shortcodes; a terminal shows `STATUS_SYMBOL`.
 */
export const STATUS_TEXT: Readonly<Record<Language, Readonly<Record<Status, string>>>> = {
  sv: {
    met: "uppnått",
    "on-track": "i fas",
    "at-risk": "risk",
    "off-track": "ej i fas",
    missed: "ej uppnått",
    unknown: "okänd status",
  },
  en: {
    met: "met",
    "on-track": "on track",
    "at-risk": "at risk",
    "off-track": "off track",
    missed: "missed",
    unknown: "status unknown",
  },
};

/** Slack emoji shortcodes, one per status. */
export const STATUS_EMOJI: Readonly<Record<Status, string>> = {
  met: ":white_check_mark:",
  "on-track": ":large_green_circle:",
  "at-risk": ":large_yellow_circle:",
  "off-track": ":red_circle:",
  missed: ":x:",
  unknown: ":white_circle:",
};

/** The same emoji as Unicode characters, for terminals and plain-text fallbacks. */
export const STATUS_SYMBOL: Readonly<Record<Status, string>> = {
  met: "✅",
  "on-track": "🟢",
  "at-risk": "🟡",
  "off-track": "🔴",
  missed: "❌",
  unknown: "⚪",
};

/** "🔴 ej i fas" (symbols) or ":red_circle: ej i fas" (Slack shortcodes). */
export function statusLabel(status: Status, language: Language, emoji: "symbol" | "slack" = "symbol"): string {
  const mark = emoji === "slack" ? STATUS_EMOJI[status] : STATUS_SYMBOL[status];
  return `${mark} ${STATUS_TEXT[language][status]}`;
}

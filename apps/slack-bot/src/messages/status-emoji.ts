import type { Status } from "@tertial/domain";
import type { Language } from "@tertial/engine";

export const STATUS_EMOJI: Record<Status, string> = {
  met: ":white_check_mark:",
  "on-track": ":large_green_circle:",
  "at-risk": ":large_yellow_circle:",
  "off-track": ":red_circle:",
  missed: ":x:",
  unknown: ":white_circle:",
};

export const STATUS_LABEL: Record<Language, Record<Status, string>> = {
  sv: {
    met: "uppnått",
    "on-track": "på väg",
    "at-risk": "osäkert",
    "off-track": "når inte målet",
    missed: "missat",
    unknown: "okänt",
  },
  en: {
    met: "met",
    "on-track": "on track",
    "at-risk": "at risk",
    "off-track": "off track",
    missed: "missed",
    unknown: "unknown",
  },
};

/** The emoji for a status; a bullet for items without one (budget rows, reports). */
export function statusEmoji(status: Status | null): string {
  return status === null ? "•" : STATUS_EMOJI[status];
}

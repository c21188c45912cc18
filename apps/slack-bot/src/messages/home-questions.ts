import type { types } from "@slack/bolt";
import {
  COMMON_QUESTION_KINDS,
  commonQuestionLabel,
  questionsFor,
  type CommonQuestionKind,
} from "../common-questions.ts";
import type { OrganisationOverview } from "../report-overview.ts";
import { escapeMrkdwn } from "./escape.ts";
import { section, type Block } from "./slack-message.ts";

/** App Home's question buttons: one action id per kind of question, the organisation in the value. */
export const HOME_QUESTION_ACTION_IDS: Readonly<Record<CommonQuestionKind, string>> = {
  "off-track": "tertial_home_off_track",
  budget: "tertial_home_budget",
  changes: "tertial_home_changes",
  overview: "tertial_home_overview",
};

/** Matches every question button's action id (app.action). */
export const HOME_QUESTION_ACTION = /^tertial_home_(?:off_track|budget|changes|overview)$/;

/** The kind of question behind a button's action id, or null for another action. */
export function homeQuestionKind(actionId: string): CommonQuestionKind | null {
  return COMMON_QUESTION_KINDS.find((kind) => HOME_QUESTION_ACTION_IDS[kind] === actionId) ?? null;
}

/**
 * One organisation's buttons: its name and latest period, then a button for each question that has
 * something to show for it (common-questions.ts). Two blocks.
 */
export function questionBlocks(organisation: OrganisationOverview): Block[] {
  const buttons: types.Button[] = questionsFor(organisation).map((kind) => ({
    type: "button",
    action_id: HOME_QUESTION_ACTION_IDS[kind],
    text: { type: "plain_text", text: commonQuestionLabel(kind) },
    value: organisation.organisation,
  }));
  return [
    section(`*${escapeMrkdwn(organisation.organisation)}* · senaste ${organisation.latestPeriod}`),
    { type: "actions", elements: buttons },
  ];
}

/** The view's private_metadata: the user's DM with the bot, where the buttons' answers go. */
export function homeMetadata(dmChannelId: string): string {
  return JSON.stringify({ dm: dmChannelId });
}

/** The DM channel id saved in a published Home view, or null when there is none. */
export function dmChannelOf(privateMetadata: string | undefined): string | null {
  try {
    const parsed: unknown = JSON.parse(privateMetadata ?? "");
    if (typeof parsed !== "object" || parsed === null || !("dm" in parsed)) return null;
    return typeof parsed.dm === "string" && /^D[A-Z0-9]+$/.test(parsed.dm) ? parsed.dm : null;
  } catch {
    return null;
  }
}

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { commonQuestion } from "../common-questions.ts";
import type { BotDeps } from "../deps.ts";
import { dmChannelOf, homeQuestionKind } from "../messages/home-questions.ts";
import { answerDirectQuestion } from "./direct-message.ts";

export type HomeQuestionArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * An App Home question button ("Ej i fas" for Norrmalm): asks its question in the user's DM with the bot,
 * as if they had typed it there. App Home cannot show a reply and has no thread; the DM keeps the answer
 * and its context, so a follow-up typed there ("och budgetresultatet?") keeps the organisation and period.
 * The DM's id comes from the view (app_home_opened carries it); without it, the user id, to which Slack
 * posts in the same DM.
 */
export function createHomeQuestionAction(deps: BotDeps) {
  return async ({ ack, body, action, client, context }: HomeQuestionArgs): Promise<void> => {
    await ack();
    const kind = homeQuestionKind(action.action_id);
    const organisation = action.value;
    if (kind === null || organisation === undefined || organisation === "") {
      deps.logger.warn(`ignoring App Home button ${action.action_id} without a question`);
      return;
    }
    const userId = body.user.id;
    await answerDirectQuestion(deps, client, {
      channel: dmChannelOf(body.view?.private_metadata) ?? userId,
      threadTs: undefined,
      userId,
      text: commonQuestion(kind, organisation),
      botUserId: context.botUserId,
    });
  };
}

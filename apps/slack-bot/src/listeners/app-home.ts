import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { describeSubscriptions } from "@tertial/digests";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { renderHomeRefusal, renderHomeView } from "../messages/home-view.ts";
import { readReportOverview } from "../report-overview.ts";

export type AppHomeArgs = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/**
 * App Home: publishes the loaded reports, the latest off-track counts, question buttons per organisation
 * (answered in the user's DM with the bot, whose id the event carries) and example questions; an admin
 * (TERTIAL_ADMIN_USERS) also sees the digest subscriptions.
 */
export function createAppHome(deps: BotDeps) {
  return async ({ event, client }: AppHomeArgs): Promise<void> => {
    if (event.tab !== "home") return;
    const view = isAllowed(deps.access, { userId: event.user, channelId: null })
      ? renderHomeView({
          overview: readReportOverview(deps.db),
          dmChannelId: event.channel,
          digests: deps.adminUserIds.includes(event.user) ? describeSubscriptions(deps.db, deps.now()) : null,
        })
      : renderHomeRefusal();
    await client.views.publish({ user_id: event.user, view });
  };
}

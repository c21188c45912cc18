import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { renderHomeRefusal, renderHomeView } from "../messages/home-view.ts";
import { readReportOverview } from "../report-overview.ts";

export type AppHomeArgs = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/** App Home: publishes the loaded reports, the latest off-track counts and example questions. */
export function createAppHome(deps: BotDeps) {
  return async ({ event, client }: AppHomeArgs): Promise<void> => {
    if (event.tab !== "home") return;
    const view = isAllowed(deps.access, { userId: event.user, channelId: null })
      ? renderHomeView(readReportOverview(deps.db))
      : renderHomeRefusal();
    await client.views.publish({ user_id: event.user, view });
  };
}

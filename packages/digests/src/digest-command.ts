import { matchOrganisations } from "@tertial/engine";
import { addDigestSubscription, listReports, removeDigestSubscription, type Db } from "@tertial/store";
import { digestMessages } from "./slack-messages/digest-messages.ts";
import { periodicDigest } from "./digest-content.ts";
import { describeSubscriptions } from "./subscription-list.ts";
import { DigestUsageError, parseDigestRequest, type DigestRequest } from "./parse-digest-request.ts";
import { DIGEST_TIMEZONE, formatLocalTime, nextSlot } from "./schedule.ts";
import { slackErrorCode, type DigestSlackClient } from "./slack-client.ts";

export interface DigestCommandDeps {
  db: Db;
  client: DigestSlackClient;
  /** Slack user ids that may add and remove digests (TERTIAL_ADMIN_USERS). */
  adminUserIds: readonly string[];
  now?: () => Date;
}

export interface DigestCommandArgs {
  /** The text after `/tertial`, with or without the leading "digest". */
  text: string;
  userId: string;
  channelId: string;
  respond: (message: {
    text: string;
    blocks?: unknown[];
    response_type?: "ephemeral" | "in_channel";
  }) => Promise<unknown>;
}

/** Slack lets a command respond five times through its response_url. */
const MAX_RESPONSES = 5;

export const DIGEST_HELP = [
  "*Digester* – sammanfattningar som skickas till en kanal på schema eller när en ny rapport har lästs in.",
  "• `/tertial digest add #kanal måndag 08:00 Norrmalm` – varje måndag kl. 08:00 (svensk tid); även `varje dag 07:30`, `vardagar 08:00`, engelska dagnamn.",
  "  Lägg till `ny-rapport` för att även skicka när en rapport läses in, `om-nytt` för att hoppa över när inget har ändrats. Utan organisation: alla.",
  "• `/tertial digest list` – alla digester, nästa utskick och misslyckade utskick",
  "• `/tertial digest remove 3` – ta bort digest nummer 3",
  "• `/tertial digest preview [organisation]` – visa digesten nu, bara för dig",
  "Bara administratörer (TERTIAL_ADMIN_USERS) får lägga till och ta bort.",
].join("\n");

/** The `/tertial digest …` handler: add, list, remove, preview, help. Always answers ephemerally. */
export function createDigestCommand(deps: DigestCommandDeps) {
  const clock = deps.now ?? (() => new Date());
  return async (args: DigestCommandArgs): Promise<void> => {
    const reply = (text: string) => args.respond({ text, response_type: "ephemeral" });
    let request: DigestRequest;
    try {
      request = parseDigestRequest(args.text);
    } catch (error) {
      if (error instanceof DigestUsageError) {
        await reply(error.message);
        return;
      }
      throw error;
    }
    switch (request.action) {
      case "help":
        await reply(DIGEST_HELP);
        return;
      case "list":
        await reply(listText(deps.db, clock()));
        return;
      case "preview":
        await preview(deps.db, request.organisation, args.respond);
        return;
      case "remove":
      case "add":
        if (!deps.adminUserIds.includes(args.userId)) {
          await reply(
            "Bara administratörer får lägga till och ta bort digester. Be någon i TERTIAL_ADMIN_USERS, eller använd `list` och `preview`.",
          );
          return;
        }
        await reply(
          request.action === "remove"
            ? removeText(deps.db, request.id)
            : await add(deps, request, args.userId, clock()),
        );
        return;
    }
  };
}

async function add(
  deps: DigestCommandDeps,
  request: Extract<DigestRequest, { action: "add" }>,
  userId: string,
  now: Date,
): Promise<string> {
  const known = [...new Set(listReports(deps.db).map((report) => report.organisation))].sort((a, b) =>
    a.localeCompare(b, "sv"),
  );
  const organisations: string[] = [];
  for (const query of request.organisations) {
    const matches = matchOrganisations(known, query);
    if (matches.length === 0)
      return `Ingen inläst organisation matchar "${query}". Inlästa: ${known.join(", ") || "inga"}.`;
    organisations.push(...matches.filter((name) => !organisations.includes(name)));
  }
  const channel = `<#${request.channelId}>`;
  if (!(await isBotMember(deps.client, request.channelId))) {
    return `Jag är inte medlem i ${channel}. Bjud in mig genom att skriva \`/invite @tertial\` i kanalen och försök sedan igen.`;
  }
  const subscription = addDigestSubscription(
    deps.db,
    {
      channelId: request.channelId,
      channelName: request.channelName,
      organisations,
      cron: request.schedule?.cron ?? null,
      scheduleText: request.schedule?.text ?? null,
      timezone: DIGEST_TIMEZONE,
      periodic: request.schedule !== null,
      newReport: request.newReport,
      skipUnchanged: request.skipUnchanged,
      createdBy: userId,
    },
    now,
  );
  const next = subscription.cron === null ? null : nextSlot(subscription.cron, subscription.timezone, now);
  const when = [
    ...(request.schedule === null
      ? []
      : [
          `${request.schedule.text}${next === null ? "" : ` (första ${formatLocalTime(next, subscription.timezone)})`}`,
        ]),
    ...(request.newReport ? ["när en ny rapport läses in"] : []),
  ].join(" och ");
  const scope = organisations.length === 0 ? "alla organisationer" : organisations.join(", ");
  return `Digest #${subscription.id} tillagd: ${channel}, ${when}, ${scope}.`;
}

async function isBotMember(client: DigestSlackClient, channel: string): Promise<boolean> {
  try {
    const info = await client.conversations.info({ channel });
    return info.channel?.is_member === true;
  } catch (error) {
    // A private channel the bot is not in looks like a missing channel.
    if (slackErrorCode(error) === "channel_not_found") return false;
    throw error;
  }
}

function listText(db: Db, now: Date): string {
  const subscriptions = describeSubscriptions(db, now);
  if (subscriptions.length === 0) return "Inga digester ännu. Lägg till med `/tertial digest add #kanal måndag 08:00`.";
  return subscriptions.join("\n");
}

function removeText(db: Db, id: number): string {
  return removeDigestSubscription(db, id)
    ? `Digest #${id} är borttagen.`
    : `Det finns ingen digest #${id}. Se \`/tertial digest list\`.`;
}

async function preview(db: Db, organisation: string | null, respond: DigestCommandArgs["respond"]): Promise<void> {
  if (organisation !== null) {
    const known = [...new Set(listReports(db).map((report) => report.organisation))];
    if (matchOrganisations(known, organisation).length === 0) {
      await respond({
        text: `Ingen inläst organisation matchar "${organisation}". Inlästa: ${known.join(", ") || "inga"}.`,
        response_type: "ephemeral",
      });
      return;
    }
  }
  const messages = digestMessages(periodicDigest(db, { organisations: organisation === null ? [] : [organisation] }));
  const shown = messages.length > MAX_RESPONSES ? messages.slice(0, MAX_RESPONSES - 1) : messages;
  for (const message of shown)
    await respond({ text: message.text, blocks: message.blocks, response_type: "ephemeral" });
  if (shown.length < messages.length) {
    await respond({
      text: `… och ${messages.length - shown.length} meddelanden till. Välj en organisation, eller kör \`npm run -s tertial -- digest --preview\`.`,
      response_type: "ephemeral",
    });
  }
}

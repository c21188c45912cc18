import { buildDigest, readDigestInputs, renderDigestText } from "@tertial/engine";
import { listDigestDeliveries, listDigestSubscriptions, openDatabase } from "@tertial/store";
import { type Command, UsageError } from "../command.ts";
import { ensureLoadedForCli } from "../ensure-loaded.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, resolveDbPath } from "../paths.ts";

export const digestCommand: Command = {
  name: "digest",
  summary: "Print the digest (--preview), or post the scheduled digests that are due (run-due)",
  usage: [
    "Usage: tertial digest --preview [--json] [--organisation <name>]… [--db <file>]",
    "       tertial digest run-due [--db <file>]",
    "       tertial digest list [--db <file>]",
    "",
    "  --preview             print the digest: per organisation its latest report's off-track and",
    "                        at-risk indicators, partly met goals, deviations, budget, and changes",
    "                        since the previous report; every figure with its file:line",
    "  --json                with --preview: the digest as JSON (title, organisations, each figure's source)",
    "  --organisation <name> only this organisation (part of the name is enough; repeatable)",
    "  run-due               post what is due now to Slack, once (for an external scheduler);",
    "                        needs SLACK_BOT_TOKEN; SLACK_API_URL and TERTIAL_DIGEST_CATCHUP_HOURS optional;",
    "                        read from the environment, then from .env at the repository root",
    "  list                  the subscriptions and their latest deliveries",
    DB_USAGE,
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseFlags({
      args,
      allowPositionals: true,
      options: {
        preview: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        organisation: { type: "string", multiple: true },
        ...DB_OPTION,
      },
    });
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra.join(" ")}".`);
    const dbPath = resolveDbPath(values.db, io.env);
    if (values.preview) {
      if (action !== undefined) throw new UsageError(`--preview takes no sub-command (got "${action}").`);
      if (values.db === undefined) await ensureLoadedForCli(io, dbPath);
      const db = openDatabase(dbPath, { readonly: true });
      try {
        const digest = buildDigest(readDigestInputs(db, { organisations: values.organisation ?? [] }));
        io.out(values.json ? JSON.stringify(digest, null, 2) : renderDigestText(digest));
      } finally {
        db.close();
      }
      return 0;
    }
    if (values.organisation !== undefined) throw new UsageError("--organisation goes with --preview.");
    if (values.json) throw new UsageError("--json goes with --preview.");
    if (action === "run-due") return runDue(dbPath, io);
    if (action === "list") return list(dbPath, io);
    throw new UsageError(
      action === undefined ? "say what to do: --preview, run-due or list." : `unknown sub-command "${action}".`,
    );
  },
};

async function runDue(dbPath: string, io: Parameters<Command["run"]>[1]): Promise<number> {
  // Loaded here, not at start: the Slack client (@slack/web-api) adds about 0.3 s to every other command.
  const { createDigestSlackClient, deliveryPolicyFromEnv, runDueDigests } = await import("@tertial/digests");
  const token = io.env["SLACK_BOT_TOKEN"];
  if (token === undefined || token === "") {
    io.err("error: SLACK_BOT_TOKEN is not set. Put the bot token (xoxb-…) in the environment to post digests.");
    return 1;
  }
  const apiUrl = io.env["SLACK_API_URL"];
  const client = createDigestSlackClient({
    token,
    clientOptions: apiUrl !== undefined && apiUrl !== "" ? { slackApiUrl: apiUrl } : {},
    onRateLimited: (seconds) => io.err(`Slack rate limit: waiting ${seconds} s (Retry-After), then trying again.`),
  });
  const policy = deliveryPolicyFromEnv(io.env);
  const db = openDatabase(dbPath);
  try {
    const summary = await runDueDigests(db, client, new Date(), policy);
    io.out(
      `Digests: ${summary.sent} sent, ${summary.skipped} skipped, ${summary.retrying} to retry, ${summary.failed} failed, ${summary.interrupted} interrupted.`,
    );
    // A delivery that failed or is left for a retry has not reached Slack: an external scheduler must see
    // that, so anything but every due digest delivered exits 1. (Interrupted deliveries were resumed;
    // their outcome is among these.)
    const undelivered = summary.failed + summary.retrying;
    if (undelivered > 0) io.err(`error: ${undelivered} digest(s) not delivered; "tertial digest list" shows why.`);
    return undelivered > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

function list(dbPath: string, io: Parameters<Command["run"]>[1]): number {
  const db = openDatabase(dbPath);
  try {
    const subscriptions = listDigestSubscriptions(db);
    if (subscriptions.length === 0)
      io.out("No digest subscriptions. Add one in Slack: /tertial digest add #kanal måndag 08:00");
    for (const subscription of subscriptions) {
      const when = [subscription.scheduleText, subscription.newReport ? "ny rapport" : null]
        .filter((part) => part !== null)
        .join(" + ");
      const scope = subscription.organisations.length === 0 ? "alla" : subscription.organisations.join(", ");
      io.out(`#${subscription.id}  ${subscription.channelName ?? subscription.channelId}  ${when}  ${scope}`);
      for (const delivery of listDigestDeliveries(db, { subscriptionId: subscription.id, limit: 5 })) {
        io.out(
          `    ${delivery.slot}  ${delivery.status}  attempts ${delivery.attempts}${delivery.error === null ? "" : `  ${delivery.error}`}`,
        );
      }
    }
    return 0;
  } finally {
    db.close();
  }
}

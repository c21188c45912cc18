import type { DigestDelivery, DigestSubscription } from "@tertial/store";
import { formatLocalTime, nextSlot } from "./schedule.ts";

const STATUS_TEXT: Readonly<Record<DigestDelivery["status"], string>> = {
  sending: "skickas",
  sent: "skickad",
  skipped: "hoppades över",
  retry: "misslyckades, försöker igen",
  failed: "MISSLYCKADES",
};

/** One subscription as `/tertial digest list` shows it: what, where, when, and its latest deliveries. */
export function formatSubscription(
  subscription: DigestSubscription,
  deliveries: readonly DigestDelivery[],
  now: Date,
): string {
  const what: string[] = [];
  if (subscription.periodic && subscription.cron !== null) {
    const next = nextSlot(subscription.cron, subscription.timezone, now);
    what.push(
      `${subscription.scheduleText ?? subscription.cron}${next === null ? "" : ` (nästa ${formatLocalTime(next, subscription.timezone)})`}`,
    );
  }
  if (subscription.newReport) what.push("vid ny rapport");
  if (subscription.skipUnchanged) what.push("hoppar över när inget är nytt");
  const scope = subscription.organisations.length === 0 ? "alla organisationer" : subscription.organisations.join(", ");
  const lines = [`*#${subscription.id}* <#${subscription.channelId}> · ${what.join(" · ")} · ${scope}`];
  const [latest] = deliveries;
  if (latest !== undefined) lines.push(`    senast: ${describe(latest, subscription.timezone)}`);
  for (const failure of deliveries.filter(
    (delivery) => delivery !== latest && (delivery.status === "failed" || delivery.status === "retry"),
  )) {
    lines.push(`    ${describe(failure, subscription.timezone)}`);
  }
  return lines.join("\n");
}

function describe(delivery: DigestDelivery, timezone: string): string {
  const slot = delivery.slot.startsWith("at:")
    ? formatLocalTime(new Date(delivery.slot.slice(3)), timezone)
    : `ny rapport (${formatLocalTime(new Date(delivery.claimedAt), timezone)})`;
  const attempts = delivery.attempts > 1 ? `, ${delivery.attempts} försök` : "";
  const error = delivery.error === null ? "" : `: ${delivery.error}`;
  const retry =
    delivery.status === "retry" && delivery.nextAttemptAt !== null
      ? `, nästa försök ${formatLocalTime(new Date(delivery.nextAttemptAt), timezone)}`
      : "";
  return `${slot} ${STATUS_TEXT[delivery.status]}${attempts}${retry}${error}`;
}

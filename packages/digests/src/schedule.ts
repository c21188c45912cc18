import { Cron } from "croner";

export const DIGEST_TIMEZONE = "Europe/Stockholm";

function job(cron: string, timezone: string): Cron {
  return new Cron(cron, { timezone, paused: true });
}

/** True when croner accepts the pattern. */
export function isValidCron(cron: string): boolean {
  try {
    job(cron, DIGEST_TIMEZONE);
    return true;
  } catch {
    return false;
  }
}

/**
 * The most recent scheduled time at or before `now` that is not before `since`, or null. Times are
 * evaluated in `timezone` (croner handles DST: a 02:30 run on the spring-forward day happens at
 * 03:00, and once on the fall-back day).
 */
export function latestDueSlot(cron: string, timezone: string, now: Date, since: Date): Date | null {
  // previousRuns excludes a run exactly at the reference instant, so look from 1 ms later.
  const [latest] = job(cron, timezone).previousRuns(1, new Date(now.getTime() + 1));
  return latest !== undefined && latest.getTime() >= since.getTime() ? latest : null;
}

/** The next scheduled time strictly after `after`, or null when the pattern never fires again. */
export function nextSlot(cron: string, timezone: string, after: Date): Date | null {
  return job(cron, timezone).nextRun(after);
}

/** "2024-04-01 08:00" in `timezone`. */
export function formatLocalTime(date: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

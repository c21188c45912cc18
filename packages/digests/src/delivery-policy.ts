export interface DeliveryPolicy {
  /** A scheduled digest missed while the process was down is still posted if it is at most this old. */
  catchupHours: number;
  /** Attempts per delivery before it is recorded as failed. */
  maxAttempts: number;
  /** Wait before attempt 2, 3, …; the last value repeats. */
  backoffMinutes: readonly number[];
  /** A delivery left "sending" this long belongs to a process that stopped mid-post. */
  staleMinutes: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  catchupHours: 12,
  maxAttempts: 4,
  backoffMinutes: [1, 5, 15],
  staleMinutes: 15,
};

/** The policy with TERTIAL_DIGEST_CATCHUP_HOURS applied (a non-negative number; anything else throws). */
export function deliveryPolicyFromEnv(env: NodeJS.ProcessEnv): DeliveryPolicy {
  const raw = env["TERTIAL_DIGEST_CATCHUP_HOURS"];
  if (raw === undefined || raw.trim() === "") return DEFAULT_DELIVERY_POLICY;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours < 0) {
    throw new Error(`TERTIAL_DIGEST_CATCHUP_HOURS must be a number of hours ≥ 0, got "${raw}".`);
  }
  return { ...DEFAULT_DELIVERY_POLICY, catchupHours: hours };
}

/** When attempt `attempts + 1` may run, or null when `attempts` used them all. */
export function retryTime(policy: DeliveryPolicy, attempts: number, now: Date): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const minutes = policy.backoffMinutes[Math.min(attempts - 1, policy.backoffMinutes.length - 1)] ?? 1;
  return new Date(now.getTime() + minutes * 60_000);
}

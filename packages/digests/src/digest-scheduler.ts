import { Cron } from "croner";
import type { Db } from "@tertial/store";
import { deliverNewReportDigests } from "./deliver-new-report-digests.ts";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./delivery-policy.ts";
import { runDueDigests, type DigestRunSummary } from "./run-due-digests.ts";
import { DIGEST_TIMEZONE } from "./schedule.ts";
import type { DigestSlackClient } from "./slack-client.ts";

export interface DigestSchedulerDeps {
  db: Db;
  client: DigestSlackClient;
  policy?: DeliveryPolicy;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  /** Called with an error a tick threw (a database failure); Slack errors are recorded, not thrown. */
  onError?: (error: unknown) => void;
}

export interface DigestScheduler {
  /** Runs what is due now (or at `at`). */
  tick(at?: Date): Promise<DigestRunSummary>;
  /** Posts new-report digests; call after a load added or replaced reports. */
  afterLoad(at?: Date): Promise<void>;
  /** Ticks at the start of every minute until stop(); an overrunning tick is not started twice. */
  start(): void;
  stop(): void;
  isRunning(): boolean;
}

/** The bot's digest clock: one croner job each minute that calls runDueDigests. */
export function createDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const policy = deps.policy ?? DEFAULT_DELIVERY_POLICY;
  const clock = deps.now ?? (() => new Date());
  let job: Cron | null = null;
  const tick = (at?: Date) => runDueDigests(deps.db, deps.client, at ?? clock(), policy);
  return {
    tick,
    async afterLoad(at) {
      await deliverNewReportDigests(deps.db, deps.client, at ?? clock(), policy);
    },
    start() {
      if (job !== null) return;
      job = new Cron(
        "* * * * *",
        { timezone: DIGEST_TIMEZONE, protect: true, catch: (error) => deps.onError?.(error) },
        async () => {
          await tick();
        },
      );
    },
    stop() {
      job?.stop();
      job = null;
    },
    isRunning() {
      return job !== null;
    },
  };
}

import { saveReport, type Db } from "@tertial/store";
import { WebClient } from "@slack/web-api";
import { makeReport, type ReportSpec } from "../../../packages/engine/test/digest-fixture.ts";
import type { DigestSlackClient } from "../src/index.ts";

export { NORRMALM_2021, TEST_2019, TEST_2020, makeReport } from "../../../packages/engine/test/digest-fixture.ts";

export function saveReports(db: Db, specs: readonly ReportSpec[]): void {
  for (const spec of specs) saveReport(db, makeReport(spec));
}

/** A real WebClient pointed at the fake server, with its own retries off (the digests retry). */
export function webClient(url: string): DigestSlackClient {
  return new WebClient("xoxb-test-not-a-token", { slackApiUrl: url, retryConfig: { retries: 0 } });
}

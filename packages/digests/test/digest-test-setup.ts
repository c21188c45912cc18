import { saveReport, type Db } from "@tertial/store";
import { makeReport, type ReportSpec } from "../../../packages/engine/test/digest-fixture.ts";
import { createDigestSlackClient, type DigestSlackClient } from "../src/index.ts";

export { NORRMALM_2021, TEST_2019, TEST_2020, makeReport } from "../../../packages/engine/test/digest-fixture.ts";

export function saveReports(db: Db, specs: readonly ReportSpec[]): void {
  for (const spec of specs) saveReport(db, makeReport(spec));
}

/** The digests' real client (WebClients) pointed at the fake server, with a test token made at run time. */
export function webClient(url: string): DigestSlackClient {
  return createDigestSlackClient({
    token: ["xoxb", "test", "not", "a", "token"].join("-"),
    clientOptions: { slackApiUrl: url },
  });
}

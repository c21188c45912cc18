import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listReports } from "@tertial/store";
import { readEngineData } from "../src/engine-data.ts";
import { findPassages, findPassagesPerReport } from "../src/execute/find-passages.ts";
import { runContext } from "../src/execute/run-context.ts";
import { parseQuery } from "../src/query/parse-query.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

let real: Awaited<ReturnType<typeof openRealReportsDb>>;
beforeAll(async () => {
  real = await openRealReportsDb();
});
afterAll(() => real.close());

describe("findPassagesPerReport on the real reports", () => {
  it.each([
    [
      "vad skriver rapporterna om hemlöshet?",
      ["norrmalm-t2-2021.txt:943", "norrmalm-t2-2021.txt:668", "socialnamnden-t1-2020.txt:1607"],
      ["socialnamnden-t1-2020.txt:601", "socialnamnden-t1-2017.txt:5565", "socialnamnden-t1-2017.txt:953"],
    ],
    [
      "vad gör nämnden mot våld i nära relationer?",
      ["norrmalm-t2-2021.txt:901", "norrmalm-t2-2021.txt:890", "socialnamnden-t1-2020.txt:1503"],
      ["socialnamnden-t1-2020.txt:1909", "socialnamnden-t1-2017.txt:5471", "socialnamnden-t1-2017.txt:4491"],
    ],
    [
      "sjukfrånvaro",
      ["norrmalm-t2-2021.txt:1502", "norrmalm-t2-2021.txt:2008", "socialnamnden-t1-2020.txt:1468"],
      ["socialnamnden-t1-2020.txt:106", "socialnamnden-t1-2017.txt:3928", "socialnamnden-t1-2017.txt:3918"],
    ],
  ])("quotes, in one query, what each report alone gives: %s", (question, first, rest) => {
    const data = readEngineData(real.db);
    const ctx = runContext(real.db, data, "sv", parseQuery(question, data.organisations, "sv").query);
    const ids = listReports(real.db)
      .map((report) => report.id)
      .reverse();
    const oneByOne = ids.flatMap((id) => findPassages(ctx, [id], 2));
    const perReport = findPassagesPerReport(ctx, ids, 2);
    expect(perReport).toEqual(oneByOne);
    expect(perReport.map((hit) => `${hit.source.file}:${hit.source.line}`)).toEqual([...first, ...rest]);
  });
});

// Writes schema/*.schema.json from the compiled zod schemas (run after tsc, by `npm run build`), for
// tools in other languages. Each file is z.toJSONSchema of one exported schema, as the data is output.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";
import * as domain from "../dist/index.js";

const SCHEMAS = {
  "parsed-report": domain.ParsedReport,
  report: domain.Report,
  goal: domain.Goal,
  indicator: domain.Indicator,
  activity: domain.Activity,
  "budget-line": domain.BudgetLine,
  "budget-request": domain.BudgetRequest,
  measure: domain.Measure,
  source: domain.Source,
  "parse-warning": domain.ParseWarning,
};

const dir = new URL("../schema/", import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const json = { ...z.toJSONSchema(schema, { io: "output" }), title: name };
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(json, null, 2)}\n`);
}

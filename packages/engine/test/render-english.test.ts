import { describe, expect, it } from "vitest";
import { renderText } from "../src/index.ts";
import { useRealReportsEngine } from "./real-reports-db.ts";

const engine = useRealReportsEngine();

describe("renderText in English on the real reports", () => {
  it("gives a goal its status rule in English and quotes the report's Swedish assessment", () => {
    const text = renderText(engine.ask("which goals are partly met?").answer);
    const assessed = text.split("\n").filter((line) => /uppfylls/i.test(line));
    expect(assessed.length).toBeGreaterThan(0);
    for (const line of assessed) expect(line).toMatch(/^ {2}partially met \("[^"]*Uppfylls delvis"\)$/);
  });
});

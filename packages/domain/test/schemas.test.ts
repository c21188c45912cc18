import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Goal, Indicator, Report } from "../src/index.ts";

const report = {
  organisation: "Socialnämnden",
  unit: null,
  kind: "T1",
  year: 2020,
  date: "2020-05-26",
  sourceFile: "socialnamnden-t1-2020.txt",
  checksum: "a".repeat(64),
  identitySource: "header",
};

describe("Report", () => {
  it("accepts a header-identified report", () => {
    expect(Report.parse(report)).toEqual(report);
  });

  it("names every bad field in a readable message", () => {
    const result = Report.safeParse({ ...report, kind: "T3", date: "26/5/2020", checksum: "xyz" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual(["kind", "date", "checksum"]);
      expect(z.prettifyError(result.error)).toContain("→ at kind");
    }
  });
});

describe("Goal", () => {
  const goal = {
    id: "g1",
    level: "committee",
    code: "1.1.1",
    title: "Stockholmare arbetar och är självförsörjande",
    parentId: "g0",
    assessment: "helt",
    assessmentRaw: "Uppfylls helt",
    description: null,
    expectedResult: null,
    analysis: null,
    source: { file: "socialnamnden-t1-2020.txt", line: 229 },
  };

  it("accepts a numbered nämndmål", () => {
    expect(Goal.parse(goal).code).toBe("1.1.1");
  });

  it.each([["1.1."], [""], ["a.1"]])("rejects the code %j (trailing dots are stripped by the parser)", (code) => {
    expect(Goal.safeParse({ ...goal, code }).success).toBe(false);
  });

  it("rejects an assessment outside helt/delvis/ej/none-given", () => {
    expect(Goal.safeParse({ ...goal, assessment: "fully" }).success).toBe(false);
  });
});

describe("Indicator", () => {
  it("requires a source line on every fact", () => {
    const result = Indicator.safeParse({ name: "Sjukfrånvaro", source: { file: "x.txt", line: 0 } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.some((issue) => issue.path.join(".") === "source.line")).toBe(true);
  });
});

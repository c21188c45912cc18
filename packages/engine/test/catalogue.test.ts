import { describe, expect, it } from "vitest";
import { createNameIndex } from "../src/catalogue/name-index.ts";
import { resolveOrganisation } from "../src/catalogue/resolve-organisation.ts";
import { sparkline } from "../src/render/sparkline.ts";

const ORGANISATIONS = [
  "Socialnämnden",
  "Norrmalms stadsdelsnämnd",
  "Älvsjö stadsdelsnämnd",
  "Hägersten-Älvsjö stadsdelsnämnd",
  "Enskede-Årsta-Vantörs stadsdelsnämnd",
  "Stockholms stads kommunstyrelse",
  "Miljö- och hälsoskyddsnämnden",
];

describe("resolveOrganisation", () => {
  it.each([
    ["Norrmalm", ["Norrmalms stadsdelsnämnd"]],
    ["norrmalms sdn", ["Norrmalms stadsdelsnämnd"]],
    ["Normalm", ["Norrmalms stadsdelsnämnd"]],
    ["soc", ["Socialnämnden"]],
    ["socialnamnden", ["Socialnämnden"]],
    ["socialförvaltningen", ["Socialnämnden"]],
    ["Älvsjö", ["Älvsjö stadsdelsnämnd"]],
    ["Hägersten", ["Hägersten-Älvsjö stadsdelsnämnd"]],
    ["årsta", ["Enskede-Årsta-Vantörs stadsdelsnämnd"]],
    ["ks", ["Stockholms stads kommunstyrelse"]],
    ["miljö- och hälsoskyddsnämnden", ["Miljö- och hälsoskyddsnämnden"]],
    ["Socialnämnden och Norrmalm", ["Socialnämnden", "Norrmalms stadsdelsnämnd"]],
    ["sjukfrånvaro", []],
    ["normal", []],
  ])("%s → %j", (text, expected) => expect(resolveOrganisation(ORGANISATIONS, text)).toEqual(expected));
});

describe("createNameIndex", () => {
  const index = createNameIndex([
    "Sjukfrånvaro",
    "Sjukfrånvaro dag 1-14",
    "Ekonomiskt bistånd",
    "Andel vuxna med långvarigt ekonomiskt bistånd",
    "Äldreomsorg",
    "Myndighetsutövning äldreomsorg",
  ]);
  const names = (query: string) => index.search(query, 3).map((hit) => hit.name);
  it.each([
    ["sjukfranvaron", ["Sjukfrånvaro", "Sjukfrånvaro dag 1-14"]],
    ["ekonomiskt bistånd", ["Ekonomiskt bistånd", "Andel vuxna med långvarigt ekonomiskt bistånd"]],
    ["aldreomsorg", ["Äldreomsorg", "Myndighetsutövning äldreomsorg"]],
    ["ekonomsikt bistand", ["Ekonomiskt bistånd", "Andel vuxna med långvarigt ekonomiskt bistånd"]],
    ["zzzz", []],
    ["franvaro", ["Sjukfrånvaro", "Sjukfrånvaro dag 1-14"]],
    ["äldreomsorgen", ["Äldreomsorg", "Myndighetsutövning äldreomsorg"]],
  ])("%s → %j", (query, expected) => expect(names(query)).toEqual(expected));

  it.each([
    ["morgon", "Stöd till utomstående organisationer"],
    ["helåret", "Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg"],
    ["förra", "Andel nöjda föräldrar till barn i förskolan"],
    ["mer", "Andel legitimerade förskollärare"],
  ])("does not match %s to %s (letters scattered, or inside a word)", (query, name) => {
    expect(createNameIndex([name]).search(query)).toEqual([]);
  });

  it("marks an exact folded name and ranks the å/ä/ö spelling first", () => {
    const twins = createNameIndex(["Mal", "Mål"]);
    expect(twins.search("mål", 2)).toEqual([
      { name: "Mål", score: 0, exact: true },
      { name: "Mal", score: 0.001, exact: true },
    ]);
  });
});

describe("sparkline", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"],
    [[5.4, 6.2], "▁█"],
    [[3, null, 3], "▄ ▄"],
    [[null], ""],
  ])("%j → %s", (values, expected) => expect(sparkline(values)).toBe(expected));
});

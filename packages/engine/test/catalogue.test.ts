import { describe, expect, it } from "vitest";
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

describe("sparkline", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"],
    [[5.4, 6.2], "▁█"],
    [[3, null, 3], "▄ ▄"],
    [[null], ""],
  ])("%j → %s", (values, expected) => expect(sparkline(values)).toBe(expected));
});

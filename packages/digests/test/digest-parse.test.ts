import { describe, expect, it } from "vitest";
import { DigestUsageError, parseDigestRequest } from "../src/index.ts";

describe("parseDigestRequest", () => {
  it.each([
    ["måndag 08:00", "0 8 * * 1", "måndagar 08:00"],
    ["Monday 8:05", "5 8 * * 1", "måndagar 08:05"],
    ["fredagar 16.30", "30 16 * * 5", "fredagar 16:30"],
    ["sön 23:59", "59 23 * * 0", "söndagar 23:59"],
    ["lordag 07:00", "0 7 * * 6", "lördagar 07:00"],
    ["varje dag 07:30", "30 7 * * *", "varje dag 07:30"],
    ["every day 07:30", "30 7 * * *", "varje dag 07:30"],
    ["daily 06:00", "0 6 * * *", "varje dag 06:00"],
    ["vardagar 08:00", "0 8 * * 1-5", "vardagar 08:00"],
    ["09:15", "15 9 * * *", "varje dag 09:15"],
  ])("reads the schedule %j", (schedule, cron, text) => {
    const request = parseDigestRequest(`digest add <#C123|ekonomi> ${schedule}`);
    expect(request).toMatchObject({
      action: "add",
      channelId: "C123",
      channelName: "ekonomi",
      schedule: { cron, text },
    });
  });

  it("reads organisations, all, new-report and skip flags", () => {
    expect(parseDigestRequest("add <#C9> måndag 08:00 Norrmalm")).toEqual({
      action: "add",
      channelId: "C9",
      channelName: null,
      schedule: { cron: "0 8 * * 1", text: "måndagar 08:00" },
      organisations: ["Norrmalm"],
      newReport: false,
      skipUnchanged: false,
    });
    expect(parseDigestRequest("add <#C9|x> ny-rapport om-nytt Socialnämnden, Norrmalms stadsdelsnämnd")).toMatchObject({
      schedule: null,
      organisations: ["Socialnämnden", "Norrmalms stadsdelsnämnd"],
      newReport: true,
      skipUnchanged: true,
    });
    expect(parseDigestRequest("add <#C9|x> daily 08:00 alla")).toMatchObject({ organisations: [] });
  });

  it.each([
    ["list", { action: "list" }],
    ["digest lista", { action: "list" }],
    ["remove 3", { action: "remove", id: 3 }],
    ["ta-bort #12", { action: "remove", id: 12 }],
    ["preview", { action: "preview", organisation: null }],
    ["preview Norrmalms stadsdelsnämnd", { action: "preview", organisation: "Norrmalms stadsdelsnämnd" }],
    ["", { action: "help" }],
    ["digest", { action: "help" }],
  ])("reads %j", (text, request) => {
    expect(parseDigestRequest(text)).toEqual(request);
  });

  it.each([
    ["add #ekonomi måndag 08:00", /Börja med kanalen/],
    ["add <#C1> måndag", /Ange en tid för måndagar/],
    ["add <#C1> Norrmalm", /Ange när digesten ska skickas/],
    ["add <#C1> måndag tisdag 08:00", /bara en dag/],
    ["add <#C1> 08:00 09:00", /bara en tid/],
    ["add <#C1> 24:00", /Ange när/],
    ["remove", /Ange numret/],
    ["remove tre", /Ange numret/],
    ["skicka", /Okänt kommando "skicka"/],
  ])("refuses %j with a hint", (text, message) => {
    expect(() => parseDigestRequest(text)).toThrow(DigestUsageError);
    expect(() => parseDigestRequest(text)).toThrow(message);
  });
});

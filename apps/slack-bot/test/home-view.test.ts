import { describe, expect, it } from "vitest";
import { renderHomeView } from "../src/messages/home-view.ts";
import type { OrganisationOverview, ReportOverview } from "../src/report-overview.ts";
import { outline, type SentBlock } from "./sent-blocks.ts";

/** Slack's limits for a Home tab: 100 blocks, 3,000 characters per section, 75 per button, 3,000 of metadata. */
function organisation(i: number): OrganisationOverview {
  return {
    organisation: `Nämnd nummer ${String(i).padStart(2, "0")} med ett långt namn för att fylla raden`,
    reportCount: 2,
    latestPeriod: "T2 2021",
    offTrack: i,
    budgetLines: 10,
    latestRank: 20212,
  };
}

const CITY: ReportOverview = {
  reportCount: 120,
  organisations: Array.from({ length: 60 }, (_, i) => organisation(i + 1)),
};
const SUBSCRIPTIONS = Array.from(
  { length: 200 },
  (_, i) =>
    `*#${i + 1}* <#C0000${i}> · måndag 08:00 (nästa 2026-12-07 08:00) · alla organisationer\n    senast: 2026-11-30 08:00 skickad`,
);

function blocksOf(view: { blocks: unknown[] }): SentBlock[] {
  return view.blocks as SentBlock[];
}

describe("renderHomeView within Slack's limits", () => {
  it("gives 60 organisations and 200 digests at most 100 blocks, keeping the digests and examples", () => {
    const view = renderHomeView({ overview: CITY, dmChannelId: "D0000BIG", digests: SUBSCRIPTIONS });
    const lines = outline(view as unknown as Record<string, unknown>);
    expect(view.blocks).toHaveLength(99);
    const actions = lines.filter((line) => line.startsWith("actions: "));
    // What the list, the digests and the examples leave: two blocks per organisation.
    expect(actions).toHaveLength(37);
    expect(lines).toContain(
      "context: …och 23 nämnder till: fråga mig under *Meddelanden*, till exempel _Hur går det för &lt;nämnd&gt;?_",
    );
    expect(lines).toContain("header: Digester (200)");
    expect(lines).toContain("context: …och fler. Se hela listan med `/tertial digest list`.");
    expect(lines.at(-1)).toMatch(/^section: \*In English\*\n/);
    for (const block of blocksOf(view)) {
      if (block.text !== undefined) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      for (const element of block.elements ?? []) {
        if (typeof element.text !== "string") expect(element.text.text.length).toBeLessThanOrEqual(75);
        if (element.value !== undefined) expect(element.value.length).toBeLessThanOrEqual(2000);
      }
    }
    expect(view.private_metadata).toBe('{"dm":"D0000BIG"}');
  });

  it("shows every organisation's buttons when they fit, and none of the digests to a non-admin", () => {
    const view = renderHomeView({
      overview: { reportCount: 20, organisations: CITY.organisations.slice(0, 10) },
      dmChannelId: "D0000SML",
      digests: null,
    });
    const lines = outline(view as unknown as Record<string, unknown>);
    expect(lines.filter((line) => line.startsWith("actions: "))).toHaveLength(10);
    expect(lines.filter((line) => line.includes("nämnder till"))).toEqual([]);
    expect(lines.filter((line) => line.includes("Digester"))).toEqual([]);
  });

  it("says nothing is loaded, with no buttons, when there are no reports", () => {
    const view = renderHomeView({
      overview: { reportCount: 0, organisations: [] },
      dmChannelId: "D0000NON",
      digests: [],
    });
    expect(outline(view as unknown as Record<string, unknown>).slice(0, 9)).toEqual([
      "header: Tertial",
      expect.stringMatching(/^section: Fråga mig/),
      "divider: ",
      "header: Inlästa rapporter (0)",
      "section: Inga rapporter är inlästa ännu. En administratör lägger dem i `data/reports` och startar om boten.",
      "divider: ",
      "header: Digester (0)",
      expect.stringMatching(/^context: Bara administratörer/),
      "section: Inga digester ännu.",
    ]);
  });
});

import { STOCKHOLM_DISTRICTS } from "@tertial/domain";

/**
 * Mentions of a Stockholm district in a report's prose, for inferring the nämnd of a unit-level
 * report (docs/report-format.md §2.3). A named mention ties a district from STOCKHOLM_DISTRICTS
 * to a district word: "Skärholmens SDF", "Bromma stadsdelsförvaltning", "stadsdelsområdet Kista".
 * A bare mention is the district's name alone ("i Skärholmen"); it only counts in a report that also
 * speaks of its own district ("i stadsdelsområdet", "stadsdelsförvaltningen", "SDF").
 */
export interface DistrictMention {
  committee: string;
  /** The words as printed: "Skärholmens SDF", "Skärholmen". */
  mention: string;
  named: boolean;
}

/** A district word in the singular: plural "stadsdelsförvaltningar" speaks of the city's districts. */
const DISTRICT_WORD = String.raw`(?:[Ss]tadsdels(?:förvaltning(?:en|ens|s)?|nämnd(?:en|ens|s)?|område(?:t|ts|s)?)(?!ar)|SDF|SDN)`;
const NAMES = [...STOCKHOLM_DISTRICTS.map(([district]) => district)].sort((a, b) => b.length - a.length).join("|");
const COMMITTEE_OF: ReadonlyMap<string, string> = new Map(STOCKHOLM_DISTRICTS);
const MENTION = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?<before>${DISTRICT_WORD})\s+(?:i\s+)?)?(?<name>${NAMES})s?(?![\p{L}-])(?:\s+(?<after>${DISTRICT_WORD})(?!\p{L}))?`,
  "gu",
);
/** The report speaking of its own district without naming it: "i stadsdelsområdet", "SDF". */
const OWN_DISTRICT =
  /(?<!\p{L})(?:[Ss]tadsdels(?:förvaltningen|förvaltningens|nämnden|nämndens|området|områdets)|SDF|SDN)(?!\p{L})/u;

export function districtMentions(text: string): DistrictMention[] {
  const mentions: DistrictMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const groups = match.groups ?? {};
    const committee = COMMITTEE_OF.get(groups["name"] ?? "");
    if (committee === undefined) continue;
    mentions.push({
      committee,
      mention: match[0],
      named: groups["before"] !== undefined || groups["after"] !== undefined,
    });
  }
  return mentions;
}

export function speaksOfOwnDistrict(text: string): boolean {
  return OWN_DISTRICT.test(text);
}

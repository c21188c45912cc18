import { foldKey } from "../text/normalise.ts";

/** Short names people use for a nämnd, folded, mapped to a folded part of its full name. */
const MANUAL_ALIASES: readonly [alias: string, namePart: string][] = [
  ["soc", "socialnamnden"],
  ["sof", "socialnamnden"],
  ["socialtjansten", "socialnamnden"],
  ["ks", "kommunstyrelse"],
  ["stadsledningskontoret", "kommunstyrelse"],
  ["amn", "arbetsmarknadsnamnden"],
  ["utbildningsforvaltningen", "utbildningsnamnden"],
];

export interface OrganisationAlias {
  /** Folded alias, one or more words. */
  alias: string;
  organisation: string;
}

/**
 * Every alias of every organisation: the full name, and for "X stadsdelsnämnd" the district ("norrmalm",
 * "norrmalms", each part of "Enskede-Årsta-Vantörs"), "X sdn" and "X stadsdelsförvaltning"; for
 * "Xnämnden" the stem ("social"), "Xnämnd" and "Xförvaltningen"; plus a small manual table ("soc", "ks").
 */
export function organisationAliases(organisations: readonly string[]): OrganisationAlias[] {
  const aliases: OrganisationAlias[] = [];
  const weak: OrganisationAlias[] = [];
  const add = (alias: string, organisation: string, list = aliases) => {
    if (alias.length >= 2 && !list.some((a) => a.alias === alias && a.organisation === organisation))
      list.push({ alias, organisation });
  };
  for (const organisation of organisations) {
    const key = foldKey(organisation);
    add(key, organisation);
    const district = /^(.+?)s? stadsdelsnamnd(?:en)?$/.exec(key);
    if (district?.[1] !== undefined) {
      const base = district[1];
      for (const form of [base, `${base}s`]) {
        add(form, organisation);
        add(`${form} sdn`, organisation);
        add(`${form} stadsdelsforvaltning`, organisation);
        add(`${form} stadsdelsnamnd`, organisation);
      }
      if (base.includes("-"))
        for (const part of base.split("-")) if (part.length >= 4) add(part.replace(/s$/, ""), organisation, weak);
    }
    const committee = /^([a-z-]+?)(?:- och [a-z]+)?namnden$/.exec(key);
    if (committee?.[1] !== undefined) {
      const stem = committee[1].replace(/-$/, "");
      add(key.replace(/en$/, ""), organisation);
      add(`${stem}forvaltningen`, organisation);
      if (stem.length >= 6) add(stem.replace(/s$/, ""), organisation);
    }
    if (key.endsWith("kommunstyrelse")) {
      add("kommunstyrelse", organisation);
      add("kommunstyrelsen", organisation);
    }
    for (const [alias, part] of MANUAL_ALIASES) if (key.includes(part)) add(alias, organisation);
  }
  // Parts of double names ("Älvsjö" in "Hägersten-Älvsjö") come last, so a nämnd's own name wins.
  return [...aliases, ...weak];
}

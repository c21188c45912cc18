import { foldKey } from "../text/normalise.ts";

/** English (and colloquial) subject words → the Swedish words the reports use, folded. */
const SYNONYMS: readonly [from: string, to: string][] = [
  ["sick leave", "sjukfranvaro"],
  ["sickness absence", "sjukfranvaro"],
  ["absence", "sjukfranvaro"],
  ["summer jobs", "feriejobb"],
  ["summer job", "feriejobb"],
  ["feriearbete", "feriejobb"],
  ["financial assistance", "ekonomiskt bistand"],
  ["social assistance", "ekonomiskt bistand"],
  ["welfare", "ekonomiskt bistand"],
  ["income support", "ekonomiskt bistand"],
  ["forsorjningsstod", "ekonomiskt bistand"],
  ["elderly care", "aldreomsorg"],
  ["care of the elderly", "aldreomsorg"],
  ["homeless", "hemlosa"],
  ["homelessness", "hemloshet"],
  ["evictions", "vrakningar"],
  ["preschool", "forskola"],
  ["disability", "funktionsnedsattning"],
  ["administration", "administration"],
  ["children and youth", "barn och ungdom"],
  ["employee engagement", "aktivt medskapandeindex"],
  ["ami", "aktivt medskapandeindex"],
  ["medarbetarindex", "aktivt medskapandeindex"],
  ["medarbetarenkat", "aktivt medskapandeindex"],
  ["medarbetarenkaten", "aktivt medskapandeindex"],
];

/** Rewrites English or colloquial subject words into the reports' Swedish, on the folded subject. */
export function translateSubject(subject: string): string {
  let key = ` ${foldKey(subject)} `;
  let changed = false;
  for (const [from, to] of SYNONYMS) {
    if (key.includes(` ${from} `)) {
      key = key.replace(` ${from} `, ` ${to} `);
      changed = true;
    }
  }
  return changed ? key.trim() : subject;
}

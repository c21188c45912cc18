import { STOCKHOLM_DISTRICTS } from "@tertial/domain";
import { foldKey } from "../text/normalise.ts";

/** The committee of a question word naming a district ("kungsholmen", "kungsholmens" → "Kungsholmens stadsdelsnämnd"), else null. */
export function knownDistrict(word: string): string | null {
  const key = foldKey(word);
  for (const [district, committee] of STOCKHOLM_DISTRICTS) {
    const folded = foldKey(district);
    if (key === folded || key === `${folded}s`) return committee;
  }
  return null;
}

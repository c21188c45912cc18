import { foldKey } from "../text/normalise.ts";

/**
 * Stockholm's stadsdelsnämnder (district committees), old and current, by the district name people use.
 * Only used to say that a committee someone names has no loaded report, instead of "not understood".
 */
const DISTRICTS: readonly [district: string, committee: string][] = [
  ["Rinkeby-Kista", "Rinkeby-Kista stadsdelsnämnd"],
  ["Spånga-Tensta", "Spånga-Tensta stadsdelsnämnd"],
  ["Hässelby-Vällingby", "Hässelby-Vällingby stadsdelsnämnd"],
  ["Bromma", "Bromma stadsdelsnämnd"],
  ["Kungsholmen", "Kungsholmens stadsdelsnämnd"],
  ["Norrmalm", "Norrmalms stadsdelsnämnd"],
  ["Östermalm", "Östermalms stadsdelsnämnd"],
  ["Södermalm", "Södermalms stadsdelsnämnd"],
  ["Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs stadsdelsnämnd"],
  ["Skarpnäck", "Skarpnäcks stadsdelsnämnd"],
  ["Farsta", "Farsta stadsdelsnämnd"],
  ["Älvsjö", "Älvsjö stadsdelsnämnd"],
  ["Hägersten-Liljeholmen", "Hägersten-Liljeholmens stadsdelsnämnd"],
  ["Hägersten-Älvsjö", "Hägersten-Älvsjö stadsdelsnämnd"],
  ["Skärholmen", "Skärholmens stadsdelsnämnd"],
  // The parts of a double name, as people say them.
  ["Rinkeby", "Rinkeby-Kista stadsdelsnämnd"],
  ["Kista", "Rinkeby-Kista stadsdelsnämnd"],
  ["Spånga", "Spånga-Tensta stadsdelsnämnd"],
  ["Tensta", "Spånga-Tensta stadsdelsnämnd"],
  ["Hässelby", "Hässelby-Vällingby stadsdelsnämnd"],
  ["Vällingby", "Hässelby-Vällingby stadsdelsnämnd"],
  ["Enskede", "Enskede-Årsta-Vantörs stadsdelsnämnd"],
  ["Årsta", "Enskede-Årsta-Vantörs stadsdelsnämnd"],
  ["Vantör", "Enskede-Årsta-Vantörs stadsdelsnämnd"],
  ["Liljeholmen", "Hägersten-Liljeholmens stadsdelsnämnd"],
  ["Hägersten", "Hägersten-Älvsjö stadsdelsnämnd"],
];

/** The committee of a question word naming a district ("kungsholmen", "kungsholmens" → "Kungsholmens stadsdelsnämnd"), else null. */
export function knownDistrict(word: string): string | null {
  const key = foldKey(word);
  for (const [district, committee] of DISTRICTS) {
    const folded = foldKey(district);
    if (key === folded || key === `${folded}s`) return committee;
  }
  return null;
}

/**
 * Stockholm's stadsdelsnämnder (district committees), old and current, by the district names people
 * write: the full names and the parts of a double name ("Kista" → Rinkeby-Kista stadsdelsnämnd).
 * The engine uses it to tell a committee with no loaded report from a question it did not
 * understand; the parser to infer a unit-level report's nämnd from its prose.
 */
export const STOCKHOLM_DISTRICTS: readonly (readonly [district: string, committee: string])[] = [
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

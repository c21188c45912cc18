import type { Language } from "../answer.ts";
import { en } from "./en.ts";
import type { PhrasePack } from "./phrase-pack.ts";
import { sv } from "./sv.ts";

/** The phrase pack of each language: every renderer picks its words here by the answer's language. */
export const PHRASES: Readonly<Record<Language, PhrasePack>> = { sv, en };

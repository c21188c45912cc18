import type { Assessment, Status } from "@tertial/domain";
import { sv } from "../render/sv.ts";

/** Swedish status words as the digest prints them: the shared vocabulary's. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = sv.status;

/** Swedish assessment words: the Swedish phrase pack's. */
export const ASSESSMENT_LABEL: Readonly<Record<Assessment, string>> = sv.assessment;

/** "socialnamnden-t1-2020.txt:206", or "…:3872–3875" for a fact printed over several lines (the domain's). */
export { formatSource } from "@tertial/domain";

/** One decimal, decimal comma, space thousands and an explicit sign: "+25,9", "-0,7", "±0,0". */
export function formatSignedAmount(amount: number): string {
  const [whole = "0", decimals = "0"] = Math.abs(amount).toFixed(1).split(".");
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${decimals}`;
  if (text === "0,0") return "±0,0";
  return `${amount > 0 ? "+" : "-"}${text}`;
}

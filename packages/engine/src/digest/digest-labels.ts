import type { Assessment, Source, Status } from "@tertial/domain";
import { STATUS_TEXT } from "../render/status-vocabulary.ts";

/** Swedish status words as the digest prints them: the shared vocabulary's. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = STATUS_TEXT.sv;

export const ASSESSMENT_LABEL: Readonly<Record<Assessment, string>> = {
  helt: "uppfylls helt",
  delvis: "uppfylls delvis",
  ej: "uppfylls ej",
  "none-given": "ingen bedömning",
};

/** "socialnamnden-t1-2020.txt:206". */
export function formatSource(source: Source): string {
  return `${source.file}:${source.line}`;
}

/** One decimal, decimal comma, space thousands and an explicit sign: "+25,9", "-0,7", "±0,0". */
export function formatSignedAmount(amount: number): string {
  const [whole = "0", decimals = "0"] = Math.abs(amount).toFixed(1).split(".");
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${decimals}`;
  if (text === "0,0") return "±0,0";
  return `${amount > 0 ? "+" : "-"}${text}`;
}

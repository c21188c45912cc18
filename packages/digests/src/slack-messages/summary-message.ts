import {
  formatSignedAmount,
  formatSource,
  STATUS_EMOJI,
  STATUS_TEXT,
  type Digest,
  type OrganisationDigest,
} from "@tertial/engine";
import type { DigestBlock, DigestMessage } from "../slack-client.ts";
import { chunkLines, escapeMrkdwn, SLACK_LIMITS, truncate } from "./slack-limits.ts";

/**
 * The digest's one top-level message: a header, then one line per organisation (off track, at risk,
 * what changed since the previous report, the budget result after adjustments with its file:line),
 * in as few section blocks as the 3,000-character limit allows. The details follow in the thread.
 */
export function summaryMessage(digest: Digest, hasDetails: boolean): DigestMessage {
  const lines = digest.organisations.map((part) => `• ${organisationLine(part)}`);
  const blocks: DigestBlock[] = [
    { type: "header", text: { type: "plain_text", text: truncate(digest.title, SLACK_LIMITS.headerChars) } },
  ];
  if (lines.length === 0) blocks.push(section("Det finns inga inlästa rapporter för urvalet."));
  // Room for the header, the legend and a last "… och N till" section within Slack's 50 blocks.
  const room = SLACK_LIMITS.blocksPerMessage - 3;
  const chunks = chunkLines(lines, SLACK_LIMITS.textChars);
  for (const chunk of chunks.slice(0, room)) blocks.push(section(chunk));
  if (chunks.length > room) {
    const shown = chunks.slice(0, room).reduce((n, chunk) => n + chunk.split("\n").length, 0);
    blocks.push(section(`… och ${lines.length - shown} organisationer till; välj färre organisationer i digesten.`));
  }
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: legend(hasDetails) }] });
  return { text: fallback(digest, hasDetails), blocks };
}

/** "*Norrmalms stadsdelsnämnd* T2 2021: :red_circle: 13 ej i fas · … · resultat +20,5 mnkr (fil:rad)". */
export function organisationLine(part: OrganisationDigest): string {
  const { report, previous } = part;
  const name = report.unit === null ? report.organisation : `${report.organisation}, ${report.unit}`;
  const missed = part.offTrack.filter((indicator) => indicator.status === "missed").length;
  const counts = [
    count("off-track", part.offTrack.length - missed),
    ...(missed > 0 ? [count("missed", missed)] : []),
    count("at-risk", part.atRisk.length),
  ].join(" · ");
  const since = previous === null ? "ingen tidigare rapport" : `sedan ${previous.period}: ${changeText(part)}`;
  const result = part.budgetResult;
  const budget =
    result === null
      ? `budgetresultat saknas (${report.file})`
      : `resultat ${formatSignedAmount(result.final.amount)} ${result.unit} (${formatSource(result.final.source)})`;
  return `*${escapeMrkdwn(name)}* ${report.period}: ${counts} · ${escapeMrkdwn(since)} · ${escapeMrkdwn(budget)}`;
}

function count(status: "off-track" | "missed" | "at-risk", n: number): string {
  return `${STATUS_EMOJI[status]} ${n} ${STATUS_TEXT.sv[status]}`;
}

function changeText(part: OrganisationDigest): string {
  const changes = part.changes;
  if (changes === null) return "";
  const items = [
    [changes.becameOffTrack.length, "ny ej i fas", "nya ej i fas"],
    [changes.newRisks.length, "ny risk", "nya risker"],
    [changes.recovered.length, "återhämtad", "återhämtade"],
    [changes.assessmentChanges.length, "ändrad målbedömning", "ändrade målbedömningar"],
    [changes.newDeviations.length, "ny avvikelse", "nya avvikelser"],
  ] as const;
  const said = items.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const movement = changes.budgetMovement;
  if (movement !== null && movement.change !== 0)
    said.push(`prognos ${formatSignedAmount(movement.change)} ${movement.unit}`);
  return said.length === 0 ? "inga ändringar" : said.join(", ");
}

function legend(hasDetails: boolean): string {
  return [
    "Varje organisations senaste rapport jämförs med den förra.",
    "Resultat = budgetavvikelsen efter justeringar (positivt är överskott), samma regel som budgetsvaren.",
    hasDetails ? "Indikatorer med regel och källa, mål, avvikelser och budget finns i tråden." : "",
  ]
    .filter((text) => text !== "")
    .join(" ");
}

function fallback(digest: Digest, hasDetails: boolean): string {
  if (digest.organisations.length === 0) return `${digest.title}: inga rapporter`;
  const off = digest.organisations.reduce((n, part) => n + part.offTrack.length, 0);
  const risk = digest.organisations.reduce((n, part) => n + part.atRisk.length, 0);
  const text = `${digest.title}: ${digest.organisations.length} ${digest.organisations.length === 1 ? "organisation" : "organisationer"}, ${off} indikatorer ej i fas eller ej uppnådda, ${risk} med risk.${hasDetails ? " Detaljer i tråden." : ""}`;
  return truncate(text, SLACK_LIMITS.textChars);
}

function section(text: string): DigestBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

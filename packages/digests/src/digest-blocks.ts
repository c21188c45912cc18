import { digestParts, type Digest, type DigestPart } from "@tertial/engine";
import type { DigestBlock, DigestMessage } from "./slack-client.ts";

export interface MessageLimits {
  /** Blocks per message; Slack allows 50. */
  maxBlocks: number;
  /** Characters per section text; Slack allows 3,000. */
  maxSectionChars: number;
  /** Characters of block text per message, to keep each message readable. */
  maxMessageChars: number;
}

export const SLACK_LIMITS: MessageLimits = { maxBlocks: 50, maxSectionChars: 3000, maxMessageChars: 12_000 };

const HEADER_MAX = 150;

/**
 * The digest as Slack messages: a header per organisation, each table in monospace code blocks
 * split by lines so no section exceeds the limit, and a new message whenever one would exceed the
 * block or character budget. Continuation messages say "(forts. n/m)".
 */
export function digestMessages(digest: Digest, limits: MessageLimits = SLACK_LIMITS): DigestMessage[] {
  const blocks = digestParts(digest).flatMap((part) => partBlocks(part, limits.maxSectionChars));
  const pages: DigestBlock[][] = [];
  let page: DigestBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const size = blockChars(block);
    // Leave room for the "(forts.)" context block that continuation pages start with.
    if (page.length > 0 && (page.length + 1 >= limits.maxBlocks || chars + size > limits.maxMessageChars)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(block);
    chars += size;
  }
  if (page.length > 0) pages.push(page);
  return pages.map((blocks, index) => {
    const label = pages.length > 1 ? ` (${index + 1}/${pages.length})` : "";
    const withNote: DigestBlock[] =
      index === 0
        ? blocks
        : [
            { type: "context", elements: [{ type: "mrkdwn", text: escapeMrkdwn(`${digest.title} forts.${label}`) }] },
            ...blocks,
          ];
    return { text: `${digest.title}${label}: ${fallbackText(digest)}`, blocks: withNote };
  });
}

function partBlocks(part: DigestPart, maxChars: number): DigestBlock[] {
  if (part.kind === "title") return [header(part.heading)];
  if (part.kind === "organisation") {
    return [
      { type: "divider" },
      header(part.heading),
      { type: "context", elements: [{ type: "mrkdwn", text: escapeMrkdwn(part.lines.join("\n")) }] },
    ];
  }
  const heading = `*${escapeMrkdwn(part.heading)}*`;
  if (!part.table) return [section(truncate(`${heading}\n${escapeMrkdwn(part.lines.join("\n"))}`, maxChars))];
  const fence = "```";
  const out: DigestBlock[] = [];
  let lines: string[] = [];
  let prefix = `${heading}\n`;
  const flush = () => {
    if (lines.length === 0) return;
    out.push(section(`${prefix}${fence}\n${lines.join("\n")}\n${fence}`));
    lines = [];
    prefix = "";
  };
  for (const raw of part.lines) {
    const overhead = prefix.length + 2 * fence.length + 2;
    const line = truncate(escapeMrkdwn(raw), maxChars - overhead - 1);
    const length = lines.reduce((sum, l) => sum + l.length + 1, 0);
    if (lines.length > 0 && overhead + length + line.length > maxChars) flush();
    lines.push(line);
  }
  flush();
  return out;
}

function header(text: string): DigestBlock {
  return { type: "header", text: { type: "plain_text", text: truncate(text, HEADER_MAX) } };
}

function section(text: string): DigestBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function blockChars(block: DigestBlock): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case "divider":
      return 0;
  }
}

function fallbackText(digest: Digest): string {
  if (digest.organisations.length === 0) return "inga rapporter";
  return truncate(
    digest.organisations.map((part) => `${part.report.organisation} ${part.report.period}`).join(", "),
    300,
  );
}

/** Slack's three control characters; everything else is literal inside a code block. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

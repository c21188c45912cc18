/** Longer questions are refused before they reach the engine (a real question is a sentence or two). */
export const MAX_QUESTION_LENGTH = 500;

export type CleanQuestion =
  | { kind: "question"; text: string }
  | { kind: "empty" }
  | { kind: "no-words" }
  | { kind: "too-long"; length: number };

/**
 * Turns Slack message text into a plain question: drops mentions of the bot, turns other mentions, channel
 * links and URLs into their plain labels (`<@U1|anna>` → "@anna", `<!channel>` → "@channel",
 * `<https://x|x>` → "x"), then decodes Slack's &amp; &lt; &gt;. The result is plain text: anything echoed
 * back must be escaped again (escapeMrkdwn).
 */
export function cleanQuestion(raw: string, botUserId: string | undefined): CleanQuestion {
  const text = raw
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => plainLink(inner, botUserId))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return { kind: "empty" };
  if (text.length > MAX_QUESTION_LENGTH) return { kind: "too-long", length: text.length };
  const withoutEmoji = text.replace(/:[a-z0-9_+'-]+:/gi, "");
  if (!/[\p{L}\p{N}]/u.test(withoutEmoji)) return { kind: "no-words" };
  return { kind: "question", text };
}

function plainLink(inner: string, botUserId: string | undefined): string {
  const [target = "", label] = inner.split("|", 2);
  if (target.startsWith("@")) {
    if (botUserId !== undefined && target === `@${botUserId}`) return " ";
    return `@${label ?? target.slice(1)}`;
  }
  if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
  if (target.startsWith("!")) {
    const name = target.slice(1).split("^", 1)[0] ?? "";
    return `@${label ?? name}`;
  }
  return label ?? target;
}

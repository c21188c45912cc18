/** A WORD JOINER (U+2060): invisible, and keeps Slack from reading "@here" as a mention. */
const WORD_JOINER = "\u2060";

/**
 * Escapes text for Slack mrkdwn and plain `text` fields: &, < and > become entities, so nothing echoed
 * from a user or a report can become a live mention (<!channel>, <@U…>, <#C…>) or a link; and a typed
 * @channel, @here or @everyone, which Slack turns into a mention in text sent without verbatim, gets an
 * invisible word joiner after the @, so it reads the same and notifies no one.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[@＠](?=(?:channel|here|everyone)(?![\p{L}\p{N}_]))/giu, (at) => `${at}${WORD_JOINER}`);
}

/** Cuts `text` to at most `max` characters, ending with "…" when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Escapes, then cuts to `max` without splitting an entity such as &amp;. */
export function escapeAndTruncate(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  const cut = escaped.slice(0, Math.max(0, max - 1)).replace(/&[a-z]{0,3}$/, "");
  return `${cut.trimEnd()}…`;
}

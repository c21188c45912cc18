/**
 * Escapes text for Slack mrkdwn and plain `text` fields: &, < and > become entities, so nothing echoed
 * from a user or a report can become a live mention (<!channel>, <@U…>, <#C…>) or a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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

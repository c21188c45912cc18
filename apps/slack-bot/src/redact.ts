/** Slack tokens: bot/user/app-level (xoxb-, xoxp-, xoxa-, xoxe-, xoxs-, xoxr-…) and app tokens (xapp-). */
const TOKEN_PATTERN = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;

/**
 * Replaces anything shaped like a Slack token, and each of `secrets` (the signing secret, say), with a
 * marker that keeps only the prefix: "xoxb-[redacted]". Secrets shorter than 6 characters are ignored.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let result = text.replace(TOKEN_PATTERN, (_match, prefix: string) => `${prefix}-[redacted]`);
  for (const secret of secrets) {
    if (secret.length >= 6) result = result.split(secret).join("[redacted]");
  }
  return result;
}

import type { AskResult, ConversationState } from "./engine-types.ts";

/**
 * The most recent answers, keyed by the question and the conversation state it was asked in. The
 * engine is deterministic, so while the reports are unchanged a repeated question ("vilka indikatorer
 * är försenade?" asked by a whole management team after a digest) needs no new work. The engine clears
 * the cache whenever the reports change. Cached results are shared: callers treat them as read-only.
 */
export class AnswerCache {
  private readonly entries = new Map<string, AskResult>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  key(question: string, state: ConversationState): string {
    return `${JSON.stringify(state)}\u0000${question}`;
  }

  get(key: string): AskResult | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, result: AskResult): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, result);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

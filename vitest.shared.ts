/**
 * Tests run the workspaces' TypeScript sources, never their dist/: the `tertial-source` export
 * condition (as in tsconfig.base.json and `tsx --conditions=tertial-source`), before Node's own.
 */
const conditions = ["tertial-source", "node", "development|production"];

export const sourceResolve = { resolve: { conditions }, ssr: { resolve: { conditions } } };

/**
 * No test may depend on the machine's speed (CI shares 2 cores): 30 s per test and 60 s per hook
 * instead of vitest's 5 s and 10 s. Tests that do heavy work (parse workers, every real report)
 * state their own, longer timeouts.
 */
export const testTimeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

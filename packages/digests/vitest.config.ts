import { defineProject } from "vitest/config";
import { sourceResolve, testTimeouts } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceResolve,
  test: { ...testTimeouts, environment: "node", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

import { defineConfig } from "vitest/config";

/*
 * Tests of the built server (`npm run build` first; `npm run test:server` does
 * both): each starts dist/server.js as a process on a free port, with a
 * stand-in for Kratos where it needs one. Slow (a minute), so not in test:unit.
 */
export default defineConfig({
  test: {
    include: ["test/server/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Golden files are written only by `vitest -u` locally; in CI a missing or changed one fails.
    update: false,
    testTimeout: 30_000,
  },
});

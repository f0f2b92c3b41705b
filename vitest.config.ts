import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'readers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'office-addin/**/*.test.ts', 'apps-script/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

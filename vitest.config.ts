import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'readers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'office-addin/**/*.test.ts', 'apps-script/**/*.test.ts'],
    // A cap against hangs, not a performance check: the 50,000-row fake-host tests take minutes on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Lives in tests/ to keep the project root to the files authors need to see.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    globalSetup: ['tests/global-setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    // The build test runs real `astro build`s; give it room on a 2-core machine.
    testTimeout: 240_000,
    // Two test files at once: a browser waits on Chromium's own processes, a build on its
    // files, often enough that the second core has work. On the 2-core CI machine the whole
    // run took 558 s this way against about 830 s one file at a time (Vitest's default
    // there). Astro itself runs one at a time (tests/helpers/astro-lock.ts: every build and
    // dev server writes the project's .astro/ folder), each build with a cache of its own.
    maxWorkers: 2,
    hookTimeout: 240_000,
    // SOURCE_DATE_EPOCH pins "now" (2026-11-25) for code that reads the build's clock,
    // so review-due warnings on fixtures do not appear as the calendar moves on.
    env: { ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', SOURCE_DATE_EPOCH: '1795564800' },
  },
});

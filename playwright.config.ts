import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  // A busy CI machine is slow, but a missing element should fail with its step, not the test timeout.
  expect: { timeout: 15_000 },
  use: { actionTimeout: 20_000 },
});

// The fault suite: real processes killed, paused and racing over real folders. `--mode short`
// is the quick form the full test run uses; without it, the long form (500 kills).
import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => ({
  test: {
    include: ['electron/notebook/faults/**/*.fault.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The scenarios start and kill processes; run one file at a time so timings stay honest.
    fileParallelism: false,
    env: { FAULT_KILLS: process.env.FAULT_KILLS ?? (mode === 'short' ? '50' : '500') },
  },
}));

import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two projects: pure logic runs in node, components in jsdom.
export default defineConfig({
  plugins: [preact()],
  test: {
    testTimeout: 30_000,
    setupFiles: ['./src/test/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts', './src/test/setupDom.ts'],
          include: ['src/**/*.test.tsx'],
        },
      },
    ],
  },
});

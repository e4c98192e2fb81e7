// Builds the three Electron targets (with the notebook's utility process) plus the Node hosts
// (browser host, CLI) that share the core.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'web-server': resolve(__dirname, 'electron/web/server.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          'import-worker': resolve(__dirname, 'electron/notebook/import/worker.ts'),
          // The desktop runs the notebook in a utility process forked from this file.
          'notebook-process': resolve(__dirname, 'electron/notebook/utility-entry.ts'),
        },
        output: {
          // `package.json` names out/main/cli.js as the `dossier` command.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

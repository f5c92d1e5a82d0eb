import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// npm links the `newsroom` bin before out/ exists, so the built CLI must make itself executable.
const executableCli = {
  name: 'newsroom-executable-cli',
  writeBundle() {
    chmodSync(resolve('out/main/cli.js'), 0o755);
  },
};

// V8's explicit compile hint, first in every chunk (after Vite's preamble it is not honoured): each
// function is compiled off the main thread as the chunk streams in, not on the main thread at its
// first call, which was about a fifth of the main thread's work from an article's arrival to its
// first keystroke.
const compileHints: Plugin = {
  name: 'newsroom-compile-hints',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  },
};

export default defineConfig({
  main: {
    plugins: [executableCli],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          main: resolve('electron/main.ts'),
          cli: resolve('electron/cli.ts'),
          // Full-text search runs in a worker thread; SearchService loads it from beside main.js.
          'search-worker': resolve('electron/search/search-worker.ts'),
          // A missing or stale library index is reread in worker threads (electron/store/library-workers.ts).
          'library-worker': resolve('electron/store/library-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), compileHints],
    // The spelling worker is a module worker (renderer/src/spelling/spelling-service.ts).
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a smaller bundle starts the editor sooner.
      minify: true,
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // The libraries in their own chunks: the browser fetches and compiles them in parallel
          // (off the main thread) instead of one 670 KB script in sequence.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              // On its own: at load it reads an Error's stack, which makes V8 re-parse the whole
              // chunk it is in for source positions (≈ 50 ms when it shared one with all of ProseMirror).
              {
                name: 'prosemirror-model',
                test: /node_modules[\\/](prosemirror-model|orderedmap)[\\/]/,
                priority: 1,
              },
              {
                name: 'prosemirror',
                test: /node_modules[\\/](prosemirror-[^\\/]+|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
              },
              {
                name: 'tiptap',
                test: /node_modules[\\/](@tiptap[\\/][^\\/]+|linkifyjs)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});

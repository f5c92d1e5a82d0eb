import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '.bench/**', '.tmp-*/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain stays pure: no Electron, no disk, no DOM.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', 'fs', 'path', 'react', 'react-dom'] },
      ],
    },
  },
  {
    // Only the shell may touch Electron: main.ts, electron/app/ (its pieces) and preload.ts.
    files: [
      'renderer/**/*.{ts,tsx}',
      'tests/**/*.ts',
      'electron/store/**/*.ts',
      'electron/shell/**/*.ts',
      'electron/photos/**/*.ts',
      'electron/export/**/*.ts',
      'electron/search/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/ipc/**/*.ts',
      'electron/cli.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // The window reaches the shell only through window.newsroom: of electron/ it may read the IPC
    // contract's types, and nothing else (the rooms' tsconfigs keep Node types out as well).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)electron/ipc/contract$',
              allowTypeImports: true,
              message: 'The renderer takes only types from the IPC contract (import type).',
            },
            {
              regex: '(^|/)electron/(?!ipc/contract$)',
              message: 'The renderer talks to the shell only through window.newsroom.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every disk call of the store goes through store-fs.ts, where tests inject failures; the
    // library's worker threads read with node:fs (nothing there can be injected across threads).
    files: ['electron/store/**/*.ts'],
    ignores: ['electron/store/store-fs.ts', 'electron/store/library-read.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'fs', 'fs/promises', 'node:fs', 'node:fs/promises'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);

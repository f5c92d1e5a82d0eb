import { existsSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { benchDir, repoRoot } from '../workload/cache';

const pageDir = path.join(repoRoot, 'tests', 'bench', 'page');
export const pagesDir = path.join(benchDir, 'pages');
export const probeFile = path.join(pagesDir, 'probe', 'probe.js');
export const floorDir = path.join(pagesDir, 'floor');
export const regressionRendererDir = path.join(benchDir, 'renderer-rerender');
export const appRendererDir = path.join(repoRoot, 'out', 'renderer');

/** Builds the in-page probe (IIFE) and the floor pages (bare ProseMirror, alone and over a relay; blank page) into .bench/pages. */
export async function buildBenchPages(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.dirname(probeFile),
      emptyOutDir: true,
      lib: {
        entry: path.join(pageDir, 'probe.ts'),
        formats: ['iife'],
        name: 'benchProbe',
        fileName: () => 'probe.js',
      },
    },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: pageDir,
    base: './',
    build: {
      outDir: floorDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          floor: path.join(pageDir, 'floor.html'),
          'floor-desk': path.join(pageDir, 'floor-desk.html'),
          blank: path.join(pageDir, 'blank.html'),
        },
      },
    },
  });
}

/** Builds the production renderer with the deliberate re-render-per-transaction regression. */
export async function buildRegressionRenderer(): Promise<string> {
  const regression = path.join(pageDir, 'rerender-regression.ts');
  let injected = false;
  // A renamed hook or import would otherwise build a healthy renderer and "catch" nothing.
  const mustInject = {
    name: 'bench-regression-must-inject',
    load(id: string) {
      if (id === regression) injected = true;
      return null;
    },
    buildEnd() {
      if (!injected)
        throw new Error(
          'the typing regression was not built in: nothing imports ../hooks/use-body-editor any more',
        );
    },
  };
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(repoRoot, 'renderer'),
    base: './',
    plugins: [react(), mustInject],
    resolve: {
      alias: [{ find: /^\.\.\/hooks\/use-body-editor$/, replacement: regression }],
    },
    build: { outDir: regressionRendererDir, emptyOutDir: true },
  });
  return regressionRendererDir;
}

/** Throws unless `npm run build` has produced the renderer. */
export function assertRendererBuilt(dir: string): void {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`no renderer build in ${dir}: run npm run build first`);
}

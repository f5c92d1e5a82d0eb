import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

// Trace events that run page JavaScript; nested ones are counted once, through their outermost.
const scriptEvents = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'EvaluateScript',
  'V8.Execute',
]);

/** CPU time (thread time, so other processes' load does not inflate it) of the page's main thread, ms. */
export interface MainThreadCpu {
  /** Outermost JavaScript events. */
  script: number;
  /** Every top-level task: script, style, layout, paint. */
  total: number;
}

/** Records a Chromium trace around `run` and sums main-thread CPU time from it. */
export async function traceCpu(page: Page, run: () => Promise<void>): Promise<MainThreadCpu> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await run();
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('trace: no renderer main thread');
  const onMain = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let script = 0;
  let scriptEnd = -1;
  let total = 0;
  let taskEnd = -1;
  for (const e of onMain) {
    const cpu = e.tdur ?? e.dur!;
    if (e.name === 'RunTask' && e.ts >= taskEnd) {
      total += cpu;
      taskEnd = e.ts + e.dur!;
    }
    if (scriptEvents.has(e.name) && e.ts >= scriptEnd) {
      script += cpu;
      scriptEnd = e.ts + e.dur!;
    }
  }
  return { script: script / 1000, total: total / 1000 };
}

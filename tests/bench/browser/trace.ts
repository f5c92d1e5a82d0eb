import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
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

/**
 * Records a Chromium trace around `run` and sums main-thread CPU time from it: all of it, or up to
 * the page's `console.timeStamp(until)` when given. Returns that and what `run` returned.
 */
export async function traceCpu<T>(
  page: Page,
  run: () => Promise<T>,
  until?: string,
): Promise<{ cpu: MainThreadCpu; result: T }> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const result = await run();
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('trace: no renderer main thread');
  const end = until === undefined ? Infinity : stampTime(traceEvents, until);
  const onMain = traceEvents
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.ts < end,
    )
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
  return { cpu: { script: script / 1000, total: total / 1000 }, result };
}

/** The trace time of the page's `console.timeStamp(message)`. */
function stampTime(traceEvents: TraceEvent[], message: string): number {
  const stamp = traceEvents.find(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === message,
  );
  if (!stamp) throw new Error(`trace: no console.timeStamp('${message}')`);
  return stamp.ts;
}

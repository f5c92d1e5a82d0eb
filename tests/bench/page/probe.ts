// Injected into every bench page (app and floors) before its own scripts: measures in the page,
// so Playwright's round trips never enter the figures.

interface KeySample {
  key: string;
  /** keydown event time → the end of the next frame (rAF, then a task after it), ms. */
  latency: number;
  /** performance.now() at the end of that frame. */
  end: number;
  /** The keydown on the clock every page of the browser shares (performance.timeOrigin + time), ms. */
  keyAt: number;
}

/** A frame in which others' typing showed: how many characters had arrived, and when it was drawn. */
interface Arrival {
  chars: number;
  /** End of that frame, performance.timeOrigin + performance.now(), ms. */
  at: number;
}
const arrivals: Arrival[] = [];

const samples: KeySample[] = [];

/** The first keystroke the editor accepted, for the open and cold-start scenarios. */
interface FirstKey {
  /** performance.now() when the editor first showed text (and was focused by the probe). */
  readyAt: number;
  /** keydown event time of the first key that reached the editor. */
  keyAt: number;
  /** End of the frame after that key. */
  frameEnd: number;
}
let firstKey: FirstKey | null = null;
let reactCommits = 0;

// A minimal React DevTools hook: React (production builds too) reports every commit to it, so the
// typing scenario can show how many React renders each keystroke causes (0 when the editor is right).
Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
  configurable: true,
  value: {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      if (recording) reactCommits++;
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  },
});
let readyAt: number | null = null;
let armedEditor: HTMLElement | null = null;
// Between the first accepted key and the end of its frame: keys queued behind it are swallowed.
let measuringFirstKey = false;

let recording = false;
let longestFrame = 0;
let framesOver50 = 0;

document.addEventListener(
  'keydown',
  (event) => {
    if (measuringFirstKey) {
      // The first-key scenarios keep keys queued; the measured frame holds that one key's work only.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (
      armedEditor &&
      !firstKey &&
      readyAt !== null &&
      armedEditor.contains(event.target as Node)
    ) {
      const keyAt = event.timeStamp;
      const ready = readyAt;
      armedEditor = null;
      measuringFirstKey = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          firstKey = { readyAt: ready, keyAt, frameEnd: performance.now() };
          measuringFirstKey = false;
        };
        channel.port2.postMessage(null);
      });
    }
    if (!recording) return;
    const start = event.timeStamp;
    const key = event.key;
    requestAnimationFrame(() => {
      // The message runs after the frame the rAF belongs to has been rendered.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        samples.push({ key, latency: end - start, end, keyAt: performance.timeOrigin + start });
      };
      channel.port2.postMessage(null);
    });
  },
  true,
);

// Frames are counted by when they started, so one reported after recording stops still counts.
let recordedFrom = Infinity;
let recordedTo = Infinity;
function countFrames(entries: PerformanceEntryList): void {
  for (const entry of entries) {
    if (entry.startTime < recordedFrom || entry.startTime >= recordedTo) continue;
    longestFrame = Math.max(longestFrame, entry.duration);
    if (entry.duration > 50) framesOver50++;
  }
}
let frames: PerformanceObserver | null = null;
try {
  frames = new PerformanceObserver((list) => countFrames(list.getEntries()));
  frames.observe({ type: 'long-animation-frame', buffered: false });
} catch {
  // Long Animation Frames are Chromium 123+; key latencies still catch long frames.
}

function find(selector: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(selector);
  return el && (el.textContent ?? '').length > 0 ? el : null;
}

// Armed by an init script that sets window.__benchFirstKey to the editor's selector: focus the editor
// the moment it shows text, and time the first key that reaches it.
const armSelector = (window as unknown as { __benchFirstKey?: string }).__benchFirstKey;
if (armSelector) {
  const tryArm = (): boolean => {
    const editor = find(armSelector);
    if (!editor) return false;
    readyAt = performance.now();
    armedEditor = editor;
    editor.focus();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (tryArm()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

const bench = {
  /** The first accepted keystroke, once it has been rendered. */
  firstKey(): FirstKey | null {
    return firstKey;
  },

  /** Resolves with performance.now() once `selector` matches an element with text. */
  whenReady(selector: string): Promise<number> {
    return new Promise((resolve) => {
      const found = find(selector);
      if (found) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!find(selector)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  },

  /** Focuses the editor and puts the caret in the middle of its middle paragraph with text, scrolled into view. */
  caretMid(selector: string): string {
    const editor = document.querySelector<HTMLElement>(selector)!;
    editor.focus();
    // Empty paragraphs left out: the app keeps one after a final figure that the floor has not.
    const paragraphs = [...editor.querySelectorAll('p')].filter((p) => p.textContent !== '');
    const p = paragraphs[Math.floor(paragraphs.length / 2)]!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, Math.floor(text.length / 2));
    range.collapse(true);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    p.scrollIntoView({ block: 'center' });
    return text.data.slice(0, 40);
  },

  /** Focuses the editor with the caret at its start (for the first-key scenarios). */
  caretStart(selector: string): void {
    const editor = document.querySelector<HTMLElement>(selector)!;
    editor.focus();
  },

  record(on: boolean): void {
    if (on) {
      samples.length = 0;
      reactCommits = 0;
      longestFrame = 0;
      framesOver50 = 0;
      recordedFrom = performance.now();
      recordedTo = Infinity;
    } else {
      recordedTo = performance.now();
      countFrames(frames?.takeRecords() ?? []);
    }
    recording = on;
  },

  results(): {
    samples: KeySample[];
    longestFrame: number;
    framesOver50: number;
    reactCommits: number;
  } {
    return { samples: [...samples], longestFrame, framesOver50, reactCommits };
  },

  /** Resolves with the end of the first frame in which `selector` matches at least `count` elements. */
  whenCount(selector: string, count: number): Promise<number> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        if (document.querySelectorAll(selector).length < count) return false;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
        return true;
      };
      if (check()) return;
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  },

  /**
   * Records, from now on, every frame in which the editor's text grew (others' keys arriving): the
   * characters added since this call and the end of that frame. Carets of others carry no text.
   */
  watchArrivals(selector: string): void {
    const editor = document.querySelector<HTMLElement>(selector)!;
    const base = (editor.textContent ?? '').length;
    arrivals.length = 0;
    let scheduled = false;
    new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const chars = (editor.textContent ?? '').length - base;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          arrivals.push({ chars, at: performance.timeOrigin + performance.now() });
        };
        channel.port2.postMessage(null);
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  },

  arrivals(): Arrival[] {
    return [...arrivals];
  },

  /** The clock every page of the browser shares: performance.timeOrigin + performance.now(), ms. */
  clock(): number {
    return performance.timeOrigin + performance.now();
  },

  /** performance.now() of a mark, or null. */
  mark(name: string): number | null {
    return performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  },

  /** Whether the editor's text contains `text` (did the typed keys land?). */
  contains(selector: string, text: string): boolean {
    return (document.querySelector(selector)?.textContent ?? '').includes(text);
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
export type BenchProbe = typeof bench;

import { Window, type Document, type Element } from 'happy-dom';

let shared: Window | undefined;

/** The one window every import parses in: making a window costs more than parsing an article. */
function htmlWindow(): Window {
  shared ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  return shared;
}

/**
 * Parses HTML in a DOM where nothing runs or loads: no script, no style sheet, no frame, no
 * navigation. `use` must not keep the document: each call parses into a fresh one.
 */
export function withHtmlDocument<T>(html: string, use: (document: Document) => T): T {
  return use(new (htmlWindow().DOMParser)().parseFromString(html, 'text/html'));
}

/** The shared window's own document, to make detached elements in without parsing a page. */
export const blankHtmlDocument = (): Document => htmlWindow().document;

/**
 * Parses a fragment (no page around it) into a detached element of the shared window, as safely
 * as a page and without making a document for it; its nodes may outlive the call.
 */
export function parseHtmlFragment(html: string): Element {
  const holder = blankHtmlDocument().createElement('div');
  holder.innerHTML = html;
  return holder;
}

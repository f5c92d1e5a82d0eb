import { Window, type Document } from 'happy-dom';

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

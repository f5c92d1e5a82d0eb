import { Window, type Document } from 'happy-dom';

/**
 * Parses HTML in a DOM where nothing runs or loads: no script, no style sheet, no frame, no
 * navigation. `use` must not keep the document: the window is closed when it returns.
 */
export function withHtmlDocument<T>(html: string, use: (document: Document) => T): T {
  const window = new Window({
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
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return use(document);
  } finally {
    window.happyDOM.abort();
    void window.happyDOM.close();
  }
}

import { describe, expect, it } from 'vitest';
import { mainWindowOptions, minimumWindowSize } from '../../../../electron/shell/window-options';

const options = mainWindowOptions({
  preloadPath: '/app/out/preload/preload.cjs',
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  devTools: false,
});

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page with no Node and web security on', () => {
    const web = options.webPreferences;
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('sets nothing that weakens Electron defaults', () => {
    expect(Object.keys(options.webPreferences)).not.toContain('enableBlinkFeatures');
    expect(Object.keys(options.webPreferences)).not.toContain('additionalArguments');
    expect(Object.keys(options.webPreferences)).not.toContain('enableRemoteModule');
  });

  it('opens hidden at the restored bounds, with devtools only when asked', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    expect(options.minWidth).toBe(minimumWindowSize.width);
    expect(options.webPreferences.devTools).toBe(false);
    const dev = mainWindowOptions({
      preloadPath: 'p',
      bounds: { x: 0, y: 0, width: 1, height: 1 },
      devTools: true,
    });
    expect(dev.webPreferences.devTools).toBe(true);
  });
});

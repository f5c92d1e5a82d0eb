import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../../electron/shell/permissions';
import { isAppPageUrl } from '../../../../electron/shell/sender-check';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies %s', (permission) => {
    expect(
      isPermissionGranted(permission, 'app://newsroom/index.html', (u) => isAppPageUrl(u)),
    ).toBe(false);
  });

  it('lets the app page alone reach a desk on this computer or the local network', () => {
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      const check = (url: string) => isPermissionGranted(permission, url, (u) => isAppPageUrl(u));
      expect(check('app://newsroom/index.html')).toBe(true);
      expect(check('https://evil.example/')).toBe(false);
    }
  });

  it('grants writing plain text to the clipboard to the app page only', () => {
    const check = (url: string | undefined) =>
      isPermissionGranted('clipboard-sanitized-write', url, (u) => isAppPageUrl(u));
    expect(check('app://newsroom/index.html')).toBe(true);
    expect(check('app://newsroom')).toBe(true);
    expect(check('https://evil.example/')).toBe(false);
    expect(check(undefined)).toBe(false);
  });
});

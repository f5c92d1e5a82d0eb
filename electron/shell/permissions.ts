/**
 * Web permissions the renderer may get. Spell checking needs none (Electron runs it in the
 * browser process), so this stays empty except for writing plain text to the clipboard.
 */
export const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Whether a permission request (camera, notifications, geolocation…) is granted: almost never. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isAppPage: (url: string) => boolean,
): boolean {
  return (
    grantedPermissions.has(permission) && requestingUrl !== undefined && isAppPage(requestingUrl)
  );
}

/**
 * Web permissions the renderer may get. Spell checking needs none (Electron runs it in the
 * browser process): writing plain text to the clipboard, and reaching a desk on this computer or
 * the newsroom's network (Local Network Access; the CSP and the request filter admit only the desk).
 */
export const grantedPermissions: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'local-network-access',
  'local-network',
  'loopback-network',
]);

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

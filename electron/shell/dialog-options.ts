/** open-dialog properties the handlers may ask for; anything else is dropped. */
export const openDialogProperties = [
  'openFile',
  'openDirectory',
  'multiSelections',
  'createDirectory',
  'promptToCreate',
  'dontAddToRecent',
] as const;
export type OpenDialogProperty = (typeof openDialogProperties)[number];

/** Keeps only the known open-dialog properties, defaulting to picking one file. */
export function toOpenDialogProperties(
  properties: readonly string[] | undefined,
): OpenDialogProperty[] {
  const known = (properties ?? []).filter((p): p is OpenDialogProperty =>
    (openDialogProperties as readonly string[]).includes(p),
  );
  return known.length > 0 ? known : ['openFile'];
}

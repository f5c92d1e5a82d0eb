/** What an Awareness `update` or `change` event reports (y-protocols). */
export interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Every client an awareness event touched. */
export const changedClients = ({ added, updated, removed }: AwarenessChanges): number[] => [
  ...added,
  ...updated,
  ...removed,
];

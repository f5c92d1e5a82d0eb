import { attachPhotoCommand } from './attach-photo-command';
import type { Command } from './command';
import { deskCommand } from './desk-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { listCommand } from './list-command';
import { newCommand } from './new-command';
import { photoInfoCommand } from './photo-info-command';
import { serveCommand } from './serve-command';
import { syncCommand } from './sync-command';

/** Every `newsroom` sub-command; each lives in its own file beside this one. */
export const commands: Command[] = [
  listCommand,
  newCommand,
  importCommand,
  exportCommand,
  attachPhotoCommand,
  photoInfoCommand,
  serveCommand,
  syncCommand,
  deskCommand,
];

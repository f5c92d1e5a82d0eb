import type { Command } from './command';

/** Every `newsroom` sub-command; each lives in its own file beside this one. */
export const commands: Command[] = [];

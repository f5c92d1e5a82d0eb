import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Wrong arguments: the CLI prints usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad input (missing file, invalid article…): the CLI prints the message on one line and exits 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One `newsroom` sub-command. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /**
   * `out` is stdout; a command that streams many lines awaits it, so output waits for the reader
   * (a pipe) instead of piling up in memory. `err` is stderr: warnings and progress that must not
   * mix with machine output.
   */
  run(
    argv: string[],
    out: (line: string) => void | Promise<void>,
    err: (line: string) => void,
  ): Promise<void>;
}

/** parseArgs that turns its errors into UsageError. */
export function parseCommandArgs<
  const T extends NonNullable<ParseArgsConfig['options']>,
  const P extends boolean = false,
>(argv: string[], options: T, allowPositionals?: P) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

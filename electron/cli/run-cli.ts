import { UsageError, type Command } from './command';
import { commands } from './commands';

function usage(): string {
  return [
    'usage: newsroom <command> [options]',
    '',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
  ].join('\n');
}

/** Runs the CLI and returns its exit code: 0 ok, 1 bad input (one line on stderr), 2 usage. */
export async function runCli(
  argv: string[],
  out: (line: string) => void | Promise<void> = (line) => writeLine(process.stdout, line),
  err = (line: string) => void process.stderr.write(line + '\n'),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    (name ? out : err)(usage());
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    err(`newsroom: unknown command "${name}"`);
    return 2;
  }
  try {
    await command.run(rest, out, err);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`newsroom ${name}: ${error.message} (usage: ${command.usage})`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`newsroom ${name}: ${message.replace(/\s*\n[\s\S]*$/, '')}`);
    return 1;
  }
}

/** Writes a line; when the stream's buffer is full, resolves once the reader has taken it. */
export function writeLine(stream: NodeJS.WritableStream, line: string): void | Promise<void> {
  if (stream.write(line + '\n')) return;
  return new Promise((resolve) => stream.once('drain', resolve));
}

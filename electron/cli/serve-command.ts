import path from 'node:path';
import { startDeskServer } from '../desk-server/desk-server';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';

/** `newsroom serve`: runs a desk server on a workspace folder until SIGTERM or SIGINT. */
export const serveCommand: Command = {
  name: 'serve',
  usage:
    'newsroom serve --data DIR [--host 127.0.0.1] [--port 1234] [--redis redis://HOST:PORT] [--users FILE]',
  summary:
    'Serve the articles of DIR to the team desk; prints the URL, flushes everything on SIGTERM.',
  async run(argv, out, err) {
    const { values } = parseCommandArgs(argv, {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      redis: { type: 'string' },
      users: { type: 'string' },
    });
    if (!values.data) throw new UsageError('--data DIR is required');
    const port = Number(values.port ?? 1234);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    if (values.redis && !/^rediss?:\/\/[^/\s]+$/.test(values.redis))
      throw new UsageError(`--redis must look like redis://HOST:PORT, not "${values.redis}"`);
    const users = values.users ?? path.join(values.data, '.newsroom', 'desk-users.json');
    // A hook or Redis failing later is logged; it must never bring the desk down.
    const onUnhandled = (reason: unknown) => err(`newsroom serve: ${String(reason)}`);
    process.on('unhandledRejection', onUnhandled);
    const server = await startDeskServer({
      data: values.data,
      users,
      host: values.host ?? '127.0.0.1',
      port,
      ...(values.redis ? { redis: values.redis } : {}),
    }).catch((error: Error) => {
      process.off('unhandledRejection', onUnhandled);
      throw new InputError(error.message);
    });
    out(server.url);
    err(`newsroom serve: serving ${path.resolve(values.data)} to the users in ${users}`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    await server.stop();
    process.off('unhandledRejection', onUnhandled);
  },
};

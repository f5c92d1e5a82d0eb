#!/usr/bin/env node
import { runCli } from './cli/run-cli';
import { endExifTool } from './photos/exiftool-process';

// A reader that stops early (`newsroom list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(async (code) => {
  await endExifTool();
  process.exitCode = code;
});

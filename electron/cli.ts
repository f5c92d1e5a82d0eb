#!/usr/bin/env node
import { runCli } from './cli/run-cli';
import { endExifTool } from './photos/exiftool-process';

runCli(process.argv.slice(2)).then(async (code) => {
  await endExifTool();
  process.exitCode = code;
});

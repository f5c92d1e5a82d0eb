import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpdateLog, decodeLog } from '../../../../electron/desk/update-log';
import { tempDir } from '../store/temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-desk-log-')));
afterEach(() => cleanup());

const bytes = (...values: number[]) => new Uint8Array(values);

describe('UpdateLog', () => {
  it('reads back what was appended, in order, after a reopen', async () => {
    const file = path.join(dir, 'desk', 'a.updates');
    const { log, read } = await UpdateLog.open(file, 'the test log');
    expect(read.records).toEqual([]);
    await Promise.all([
      log.append('local', bytes(1, 2)),
      log.append('remote', bytes(3), false),
      log.append('confirmed', bytes()),
    ]);
    await log.close();
    const again = await UpdateLog.open(file, 'the test log');
    expect(again.read).toEqual({
      records: [
        { kind: 'local', bytes: bytes(1, 2) },
        { kind: 'remote', bytes: bytes(3) },
        { kind: 'confirmed', bytes: bytes() },
      ],
      damagedTail: 0,
    });
    await again.log.close();
  });

  it('drops a torn last record on open and rewrites the file without it', async () => {
    const file = path.join(dir, 'a.updates');
    const { log } = await UpdateLog.open(file, 'the test log');
    await log.append('local', bytes(7, 7, 7));
    await log.close();
    const whole = await readFile(file);
    // A crash in the middle of the next record: its header promises more than was written.
    await appendFile(file, Buffer.from([1, 200, 0, 0, 0, 9, 9]));
    const reopened = await UpdateLog.open(file, 'the test log');
    expect(reopened.read.records).toEqual([{ kind: 'local', bytes: bytes(7, 7, 7) }]);
    expect(reopened.read.damagedTail).toBe(7);
    expect(await readFile(file)).toEqual(whole);
    await reopened.log.append('local', bytes(8));
    await reopened.log.close();
    const last = await UpdateLog.open(file, 'the test log');
    expect(last.read.records.map((r) => r.bytes)).toEqual([bytes(7, 7, 7), bytes(8)]);
    await last.log.close();
  });

  it('stops at a record whose checksum fails', async () => {
    const file = path.join(dir, 'a.updates');
    const { log } = await UpdateLog.open(file, 'the test log');
    await log.append('local', bytes(1));
    await log.append('local', bytes(2));
    await log.close();
    const data = await readFile(file);
    data.writeUInt8(data.readUInt8(data.length - 1) ^ 0xff, data.length - 1);
    expect(decodeLog(data, 'x').records).toEqual([{ kind: 'local', bytes: bytes(1) }]);
  });

  it('refuses a file that is not a desk log, naming it', async () => {
    const file = path.join(dir, 'a.updates');
    await writeFile(file, '{"not":"a log"}');
    await expect(UpdateLog.open(file, 'the log of "a"')).rejects.toThrow(
      'the log of "a" is not a Newsroom desk update log',
    );
  });

  it('replace keeps appends asked for before it in the old file and later ones in the new', async () => {
    const file = path.join(dir, 'a.updates');
    const { log } = await UpdateLog.open(file, 'the test log');
    const first = log.append('local', bytes(1));
    const replaced = log.replace([{ kind: 'state', bytes: bytes(9) }]);
    const after = log.append('local', bytes(2));
    await Promise.all([first, replaced, after]);
    await log.close();
    const { read } = await UpdateLog.open(file, 'the test log');
    expect(read.records).toEqual([
      { kind: 'state', bytes: bytes(9) },
      { kind: 'local', bytes: bytes(2) },
    ]);
  });
});

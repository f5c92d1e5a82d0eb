import type { Adapter } from 'lowdb';
import { atomicWrite } from './atomic-write';
import type { StoreFs } from './store-fs';

/** A lowdb adapter that writes through atomicWrite and reads an unreadable file as "missing". */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse((await this.fs.readFile(this.file)).toString('utf8')) as T;
    } catch {
      return null;
    }
  }

  async write(data: T): Promise<void> {
    await atomicWrite(this.file, JSON.stringify(data) + '\n', { fs: this.fs });
  }
}

import { StoreError } from './store-error';

/** Whether a workspace may still be read (not closed) and written (not read-only); refusals say why. */
export class WorkspaceAccess {
  private closed = false;

  constructor(
    private readonly root: string,
    /** Why the workspace is read-only, as a sentence fragment (null when writable). */
    readonly readOnlyReason: string | null,
  ) {}

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
  }

  assertOpen(): void {
    if (this.closed) throw new StoreError(`workspace "${this.root}" is closed`);
  }

  assertWritable(action: string): void {
    this.assertOpen();
    if (this.readOnlyReason !== null)
      throw new StoreError(
        `cannot ${action}: workspace "${this.root}" is read-only because ${this.readOnlyReason}`,
      );
  }
}

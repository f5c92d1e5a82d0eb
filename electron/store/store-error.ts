/** A workspace problem meant for the user: the message names the file and what went wrong. */
export class StoreError extends Error {
  override name = 'StoreError';
  /** The underlying system error code (ENOSPC, EACCES…) when there was one. */
  readonly code: string | undefined;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = options?.code ?? errorCode(options?.cause);
  }
}

/** The `code` of a Node system error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

const plainReasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is busy (another program is using it)',
  ENOENT: 'it does not exist',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
};

/** A short human reason for a system error, with its code: "the disk is full (ENOSPC)". */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code && plainReasons[code]) return `${plainReasons[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

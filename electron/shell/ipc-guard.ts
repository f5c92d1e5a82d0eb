import type { Envelope } from '../ipc/contract';

/** The answer an untrusted sender gets; the handler is never called for it. */
export const refusedEnvelope: Envelope<never> = {
  ok: false,
  error: 'Refused: the request did not come from the Newsroom window.',
};

/**
 * Wraps a handler so it runs only for trusted senders; others get `refusedEnvelope` and are
 * logged. Handler errors become an error envelope instead of a rejected promise.
 */
export function guardHandler<E>(
  channel: string,
  handler: (payload: unknown) => Promise<Envelope<unknown>>,
  deps: { isTrusted(event: E): boolean; log(message: string): void },
): (event: E, payload?: unknown) => Promise<Envelope<unknown>> {
  return async (event, payload) => {
    if (!deps.isTrusted(event)) {
      deps.log(`Ignored ${channel} from an unknown sender`);
      return refusedEnvelope;
    }
    try {
      return await handler(payload);
    } catch (error) {
      deps.log(
        `${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

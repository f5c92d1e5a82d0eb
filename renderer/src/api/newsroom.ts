import type {
  Channel,
  EventName,
  Events,
  NewsroomApi,
  Request,
  Response,
} from '../../../electron/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the test harness (Chromium). */
    newsroom: NewsroomApi;
  }
}

/** A failure reported by the main process, with a message meant for the user. */
export class ApiError extends Error {
  override name = 'ApiError';
}

type Args<C extends Channel> = Request<C> extends undefined ? [] : [Request<C>];

/** Calls a channel and unwraps its envelope; throws ApiError with the user-readable message on failure. */
export async function call<C extends Channel>(channel: C, ...args: Args<C>): Promise<Response<C>> {
  const invoke = window.newsroom[channel] as (...a: Args<C>) => ReturnType<NewsroomApi[C]>;
  const envelope = await invoke(...args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as Response<C>;
}

/** Subscribes to an event pushed by the main process; returns the unsubscribe function. */
export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: Events[E]) => void,
): () => void {
  return window.newsroom.on(event, listener);
}

/** The message of anything thrown, for showing to the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { rendererCspFor, socketOrigin } from './csp';

/**
 * Which desk the window's page may connect to itself: the one its Content-Security-Policy named
 * when the page was served. A desk chosen later is reached through the main process until the
 * page loads again.
 */
export class WindowDeskReach {
  private served: string | null = null;

  /** `deskSocket`: the socket URL of the desk the workspace works with now (null when solo). */
  constructor(private readonly deskSocket: () => string | null) {}

  /** The policy for a page served now, naming the current desk. */
  pagePolicy(): string {
    const socket = this.deskSocket();
    this.served = socket === null ? null : socketOrigin(socket);
    return rendererCspFor(socket);
  }

  /** True when `url` is a socket on the desk the page's policy names. */
  allows(url: string): boolean {
    return this.served !== null && socketOrigin(url) === this.served;
  }
}

import WebSocket from 'ws';

/**
 * A `ws` socket whose errors never go unheard. The provider takes its listeners off a socket before
 * closing it, and when the desk dies between opening a socket and its first message, a second
 * reconnection loop closes the socket the first is still opening: ws then emits an 'error' nobody
 * hears, which would end the main process. The provider still hears each error while it listens.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

// The Web APIs that both Node and the window provide: the only globals the domain may use
// beyond the language. Declared here because the core room loads neither the DOM nor Node types.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
}

declare const crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };

/** What the app:// protocol answers: plain data, turned into a fetch Response by main.ts. */
export interface ProtocolResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Headers every app:// answer carries: no MIME sniffing, no caching of workspace files. */
export const baseHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A short plain-text error answer. */
export function errorResponse(status: number, message: string): ProtocolResponse {
  return {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    body: new TextEncoder().encode(message),
  };
}

/** A file answer with the given content type. */
export function fileResponse(
  body: Uint8Array,
  contentType: string,
  extra: Record<string, string> = {},
): ProtocolResponse {
  return { status: 200, headers: { ...baseHeaders, 'Content-Type': contentType, ...extra }, body };
}

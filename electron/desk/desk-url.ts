/** The desk's websocket address and its http origin (photos, the article list) from what the user typed. */
export function deskAddresses(url: string): { socket: string; http: string } {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'wss:' || parsed.protocol === 'https:';
  const base = `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  return {
    socket: `${secure ? 'wss' : 'ws'}://${base}`,
    http: `${secure ? 'https' : 'http'}://${base}`,
  };
}

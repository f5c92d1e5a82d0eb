/**
 * The renderer's Content-Security-Policy as renderer/index.html carries it in its meta tag (a unit
 * test keeps the two equal): sockets may go to a desk, which the header policy names.
 */
export const rendererCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self' ws: wss:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/**
 * The policy the app:// protocol sends with the page: the meta tag's, its sockets narrowed to the
 * desk socket at `deskSocket` (none when null). A page obeys both, so the narrower one rules.
 */
export function rendererCspFor(deskSocket: string | null): string {
  const origin = deskSocket === null ? null : socketOrigin(deskSocket);
  return rendererCsp.replace(
    "connect-src 'self' ws: wss:",
    origin ? `connect-src 'self' ${origin}` : "connect-src 'self'",
  );
}

/** ws(s)://host:port of a desk socket URL; null for anything else. */
export function socketOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'ws:' || parsed.protocol === 'wss:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Parses a CSP string into directive → source list (directive names lower-cased). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // Per CSP3 the first occurrence of a directive wins.
    if (!directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What makes a policy weaker than Newsroom's rules; [] when it is strict enough. */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const defaultSrc = csp.get('default-src');
  if (!defaultSrc || defaultSrc.join(' ') !== "'none'") problems.push("default-src must be 'none'");
  const scriptSrc = csp.get('script-src') ?? defaultSrc ?? [];
  for (const bad of [
    "'unsafe-inline'",
    "'unsafe-eval'",
    "'unsafe-hashes'",
    "'wasm-unsafe-eval'",
    '*',
    'data:',
    'blob:',
    'http:',
    'https:',
  ]) {
    if (scriptSrc.includes(bad)) problems.push(`script-src must not allow ${bad}`);
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  const baseUri = csp.get('base-uri')?.join(' ');
  if (baseUri !== "'none'" && baseUri !== "'self'")
    problems.push("base-uri must be 'none' or 'self'");
  for (const [name, sources] of csp) {
    if (sources.includes('*') || sources.some((s) => /^https?:/i.test(s))) {
      problems.push(`${name} must not load from the network`);
    }
  }
  return problems;
}

/** Finds the policy in an HTML document's CSP meta tag, or null when there is none. */
export function cspFromHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content)
      return (content[1] ?? content[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
  }
  return null;
}

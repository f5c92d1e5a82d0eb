import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspFromHtml,
  cspProblems,
  parseCsp,
  rendererCsp,
  rendererCspFor,
} from '../../../../electron/shell/csp';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

describe('renderer CSP', () => {
  it('renderer/index.html carries the same policy the protocol sends', () => {
    const html = readFileSync(path.join(repoRoot, 'renderer/index.html'), 'utf8');
    const meta = cspFromHtml(html);
    expect(meta, 'renderer/index.html has no CSP meta tag').not.toBeNull();
    expect(parseCsp(meta!)).toEqual(parseCsp(rendererCsp));
  });

  it('is strict: default-src none, no inline or eval script, no plugins, fixed base', () => {
    expect(cspProblems(rendererCsp)).toEqual([]);
    const csp = parseCsp(rendererCsp);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('the page’s header policy lets sockets reach one desk only, or none when solo', () => {
    const desk = parseCsp(rendererCspFor('wss://desk.example.org/newsroom'));
    expect(desk.get('connect-src')).toEqual(["'self'", 'wss://desk.example.org']);
    expect(parseCsp(rendererCspFor('ws://127.0.0.1:1234')).get('connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:1234',
    ]);
    expect(parseCsp(rendererCspFor(null)).get('connect-src')).toEqual(["'self'"]);
    // Anything but a socket address names nothing.
    expect(parseCsp(rendererCspFor('https://evil.example')).get('connect-src')).toEqual(["'self'"]);
    for (const url of ['wss://desk.example.org', null])
      expect(cspProblems(rendererCspFor(url))).toEqual([]);
    // Everything else is the meta tag's policy.
    const rest = (policy: string) =>
      [...parseCsp(policy)].filter(([name]) => name !== 'connect-src');
    expect(rest(rendererCspFor('wss://desk.example.org'))).toEqual(rest(rendererCsp));
  });

  it('the built page, when present, keeps the policy', () => {
    const built = path.join(repoRoot, 'out/renderer/index.html');
    if (!existsSync(built)) return;
    const meta = cspFromHtml(readFileSync(built, 'utf8'));
    expect(meta && cspProblems(meta)).toEqual([]);
  });

  it.each([
    [
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
      "default-src must be 'none'",
    ],
    [
      "default-src 'none'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'",
      "script-src must not allow 'unsafe-inline'",
    ],
    [
      "default-src 'none'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'",
      "script-src must not allow 'unsafe-eval'",
    ],
    ["default-src 'none'; script-src 'self'; base-uri 'none'", "object-src must be 'none'"],
    [
      "default-src 'none'; script-src 'self'; object-src 'none'",
      "base-uri must be 'none' or 'self'",
    ],
    [
      "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; img-src https:",
      'img-src must not load from the network',
    ],
  ])('flags %s', (policy, problem) => {
    expect(cspProblems(policy)).toContain(problem);
  });

  it('reads the meta tag whatever the attribute order and quoting', () => {
    expect(
      cspFromHtml(`<meta content="default-src 'none'" http-equiv="Content-Security-Policy">`),
    ).toBe("default-src 'none'");
    expect(cspFromHtml('<meta charset="utf-8">')).toBeNull();
  });
});

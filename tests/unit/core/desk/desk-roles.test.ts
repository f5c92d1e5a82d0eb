import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../../core/body/schema';
import { photoRoleRefusal } from '../../../../core/desk/desk-roles';
import { formatDeskLogEntry, parseDeskLog } from '../../../../core/desk/desk-history';
import { sampleArticle } from '../export/sample-article';

const figure = (caption: string) => ({
  type: 'figure',
  attrs: {
    src: 'a.jpg',
    caption,
    credit: '',
    photographer: '',
    copyright: '',
    alt: '',
    width: null,
    height: null,
  },
});
const body = (caption: string, text = 'Water rose.'): BodyJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, figure(caption)],
});

describe('the photo role', () => {
  const before = sampleArticle({ body: body('old') });

  it('may change the lead photo and figure attributes', () => {
    const after = {
      ...before,
      body: body('new caption'),
      leadPhoto: { ...before.leadPhoto!, caption: 'A new caption', credit: 'Reuters' },
    };
    expect(photoRoleRefusal(before, after)).toBeNull();
    expect(photoRoleRefusal(before, { ...before, leadPhoto: null })).toBeNull();
  });

  it('may not change text, status or dates, naming what it tried', () => {
    expect(photoRoleRefusal(before, { ...before, headline: 'x' })).toMatch(/headline/);
    expect(photoRoleRefusal(before, { ...before, language: 'ar' })).toMatch(/language/);
    expect(
      photoRoleRefusal(before, {
        ...before,
        status: before.status === 'ready' ? 'draft' : 'ready',
      }),
    ).toMatch(/status/);
    expect(photoRoleRefusal(before, { ...before, body: body('old', 'Water fell.') })).toMatch(
      /body text/,
    );
    expect(
      photoRoleRefusal(before, {
        ...before,
        body: { type: 'doc', content: [figure('old'), ...before.body.content!] },
      }),
    ).toMatch(/body text/);
  });
});

describe('the desk log', () => {
  it('reads back what it wrote and skips a torn last line', () => {
    const entry = {
      time: '2026-01-01T00:00:00.000Z',
      user: 'Ana',
      role: 'photo' as const,
      update: new Uint8Array([1, 2, 3]),
    };
    const text = `${formatDeskLogEntry(entry)}\n${formatDeskLogEntry(entry).slice(0, 20)}`;
    expect(parseDeskLog(text)).toEqual([entry]);
    expect(parseDeskLog('{"time":"x","user":"a","role":"admin","update":""}\n')).toEqual([]);
  });
});

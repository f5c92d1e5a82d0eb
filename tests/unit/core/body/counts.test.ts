import { describe, expect, it } from 'vitest';
import { countBody, countText } from '../../../../core/body/counts';
import { renderBody } from '../../../../core/export/body-html';
import { isSafeLinkUrl } from '../../../../core/body/safe-url';

describe('counts', () => {
  it('counts words like a copy desk', () => {
    expect(countText("The mayor's 2.5% rise — well-known, isn't it?").words).toBe(7);
    expect(countText('').words).toBe(0);
  });

  it('counts a body across blocks', () => {
    const body = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One two' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'three' }] },
      ],
    };
    expect(countBody(body)).toEqual({ words: 3, characters: 12 });
  });

  it('takes a line break inside a paragraph as a word boundary, not a character', () => {
    const body = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'end of line' },
            { type: 'hardBreak' },
            { type: 'text', text: 'next line' },
          ],
        },
      ],
    };
    expect(countBody(body)).toEqual({ words: 5, characters: 20 });
    // The exporters count as they render: the same answer.
    expect(renderBody(body, { mode: 'canonical', photoHref: (f) => f }).counts).toEqual({
      words: 5,
      characters: 20,
    });
  });
});

describe('link safety', () => {
  it.each(['https://example.com', 'http://a.b/c?d', 'mailto:desk@paper.example'])(
    'allows %s',
    (url) => expect(isSafeLinkUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:x',
    'data:text/html,<b>',
    'vbscript:x',
    '/relative',
    'ftp://x',
  ])('refuses %s', (url) => expect(isSafeLinkUrl(url)).toBe(false));
});

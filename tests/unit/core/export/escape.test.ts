import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml } from '../../../../core/export/escape';

const reference = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('escaping', () => {
  it('escapes & < > in text, returning text with none of them as it is (property)', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", 'é', '&amp;'), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const value = parts.join('');
        expect(escapeHtml(value)).toBe(reference(value));
        expect(escapeAttribute(value)).toBe(
          reference(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
        );
      }),
      { numRuns: 2000 },
    );
    expect(escapeHtml('</p><script>&')).toBe('&lt;/p&gt;&lt;script&gt;&amp;');
  });
});

import { describe, expect, it } from 'vitest';
import { createLatestRequest } from '../../../../renderer/src/core/latest-request';

describe('createLatestRequest', () => {
  it('keeps only the request begun last current, whatever order the answers come in', async () => {
    const requests = createLatestRequest();
    const shown: string[] = [];
    const open = async (name: string, delay: number) => {
      const current = requests.begin();
      await new Promise((done) => setTimeout(done, delay));
      if (current()) shown.push(name);
    };
    // The first answer arrives last: it must not replace the second.
    await Promise.all([open('new article', 20), open('Leeks and onions', 1)]);
    expect(shown).toEqual(['Leeks and onions']);
    await open('alone', 0);
    expect(shown).toEqual(['Leeks and onions', 'alone']);
  });
});

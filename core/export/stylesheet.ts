/** The built-in stylesheet of exported pages: readable on screen, sensible in print, no external fonts. */
export const exportStylesheet = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.kicker { margin: 0 0 .5rem; font: 700 .8rem/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #a4161a; }
h1 { margin: 0 0 .75rem; font-size: 2.25rem; line-height: 1.15; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 .5rem; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
.standfirst { margin: 0 0 1rem; font-size: 1.3rem; line-height: 1.45; color: #333; }
.byline, .meta { margin: 0; font: .9rem/1.4 system-ui, sans-serif; color: #555; }
.byline { font-weight: 600; color: #1a1a1a; }
.meta { margin-bottom: 1.5rem; }
.dateline { text-transform: uppercase; letter-spacing: .04em; }
figure { margin: 1.5rem 0; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: .4rem; font: .85rem/1.4 system-ui, sans-serif; color: #444; }
.credit, .copyright { color: #666; }
.credit { text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #a4161a; font-style: italic; }
a { color: #0b4f9c; }
@media print {
  body { font-size: 11pt; color: #000; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
  figure, blockquote, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

/** CSP source for the stylesheet above; a unit test recomputes it, so edit both together. */
export const exportStylesheetHash = "'sha256-UqXJzdDn3yyUfgIjEgzs/fpMKKyJEHfgnVME1qqx7Dc='";

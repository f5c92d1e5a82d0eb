import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { Figure } from './figure';
import { BodyLink } from './link';
import { isSafeLinkUrl } from './safe-url';

/** The one body schema: the editor, the exporters and the importers all build from this list. */
export const bodyExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
  BodyLink.configure({
    openOnClick: false,
    autolink: true,
    protocols: ['http', 'https', 'mailto'],
    defaultProtocol: 'https',
    isAllowedUri: (url) => isSafeLinkUrl(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  }),
  Figure,
];

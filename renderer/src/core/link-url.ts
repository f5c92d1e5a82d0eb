import { isSafeLinkUrl } from '../../../core/body/safe-url';

export type LinkInput = { ok: true; url: string } | { ok: false; message: string };

/** Reads what someone typed as a link target: a bare domain becomes https://, anything but http(s)/mailto is refused. */
export function parseLinkInput(input: string): LinkInput {
  const text = input.trim();
  if (text === '')
    return { ok: false, message: 'Type a web address (https://…) or mailto: address.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const url = hasScheme
    ? text
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)
      ? `mailto:${text}`
      : `https://${text}`;
  if (!isSafeLinkUrl(url)) {
    return { ok: false, message: 'Only http, https and mailto links are allowed.' };
  }
  return { ok: true, url };
}

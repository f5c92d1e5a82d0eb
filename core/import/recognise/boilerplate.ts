// Page furniture that is not the story: sign-ups, share buttons, "Related" lists, cookie notices.

/** Short lines that are only page furniture, whole. */
const furnitureLine =
  /^(?:subscribe(?: now| today| here)?|sign up|sign in|log ?in|register|share(?: this)?(?: article| story| page| on \w+)?|share via|tweet|email|e-mail|print|copy link|comments?(?: \(\d+\))?|advertisement|advert|sponsored(?: content)?|read more|see more|show more|load more|continue reading|more on this story|more from \w+|related(?: articles| stories| content| topics| coverage| news)?|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|you may also like|you might also like|follow us(?: on [\w ,&]+)?|skip to (?:main )?content|back to top|top stories|facebook|twitter|linkedin|whatsapp|pinterest|reddit|x|image|video|listen(?: to this article)?|\d+ min(?:ute)?s? read|previous|next|close|menu|search|home)\s*[:.!»›>|]*$/i;

/** Longer lines whose wording gives them away. */
const furnitureSentence: [RegExp, string][] = [
  [
    /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|briefing|updates|inbox|alerts?|digest|e-?mails?)\b/i,
    'a newsletter sign-up',
  ],
  [/\bnewsletter\b.{0,80}\b(?:sign up|subscribe|inbox|delivered|free)\b/i, 'a newsletter sign-up'],
  [/\b(?:enter your e-?mail|your e-?mail address)\b/i, 'a newsletter sign-up'],
  [/\bsubscribe\b.{0,60}\b(?:to|for|now|today|from)\b/i, 'a subscription offer'],
  [
    /\bcookies?\b.{0,120}\b(?:accept|consent|agree|use|policy|settings|preferences)\b/i,
    'a cookie notice',
  ],
  [/\b(?:accept|manage)\b.{0,20}\bcookies?\b/i, 'a cookie notice'],
  [/^(?:share|follow us) (?:on|via)\b/i, 'share buttons'],
  [/^(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b.{0,120}$/i, 'a copyright footer'],
  [/\ball rights reserved\b/i, 'a copyright footer'],
  [/^(?:click|tap) here\b/i, 'a link prompt'],
  [/\b(?:download|get) (?:our|the) app\b/i, 'an app prompt'],
  [/\bjavascript\b.{0,40}\b(?:enable|disabled|required)\b/i, 'a browser notice'],
];

/** Class and id names of page furniture. */
const furnitureHint =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|cookie|consent|gdpr|related|recommend|promo|advert|ad-slot|outbrain|taboola|comments|paywall|breadcrumbs?|footer|sidebar)(?:$|[\s_-])/i;

/** Why a block is boilerplate, or null when it is not. */
export function boilerplateReason(text: string, hint = ''): string | null {
  if (hint && furnitureHint.test(hint)) {
    const name = furnitureHint
      .exec(hint)![0]
      .trim()
      .replace(/^[_-]|[_-]$/g, '');
    return `page furniture (marked "${name}")`;
  }
  if (text.length <= 60 && furnitureLine.test(text)) return `page furniture ("${text}")`;
  if (text.length > 400) return null;
  for (const [pattern, reason] of furnitureSentence) if (pattern.test(text)) return reason;
  return null;
}

/** A heading that opens a block of links to other stories: it and the short lines after it go. */
export function opensRelatedBlock(text: string): boolean {
  return /^(?:related|read more|more on this|more from|recommended|most read|most popular|see also|also read|read also|you may also like|you might also like|trending)\b.{0,40}$/i.test(
    text,
  );
}

/** A line after which the rest is for editors, not readers (wire copy's notes and contacts). */
export function endsStory(text: string): string | null {
  if (/not (?:intended )?for publication/i.test(text)) return 'wire notes not for publication';
  if (/^#*\s*(?:notebook|note(?:s)? to editors|editorial contacts?)\s*$/i.test(text))
    return 'wire notes to editors';
  if (/^(?:\*\s*){3,}$/.test(text)) return 'the end-of-story mark and what follows';
  return null;
}

/** A wire service's transmission header ("ecp0007 4 s 850  dpa-tns 0908"). */
export function isWireHeader(text: string): boolean {
  return /^[a-z]{2,4}\d{3,5}\s+\d\s+[a-z]{1,3}\s+\d{2,5}\b/i.test(text);
}

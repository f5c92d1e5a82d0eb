// The state of one recognition: fields found so far, the lines above the story, the body, and
// the rules that place a block in a field.
import { emptyBody, type BodyJSON } from '../../body/schema';
import { blocksBody } from './blocks-body';
import { isDatelineLine, leadingDateline } from './dateline';
import { creditLine, splitCaptionCredit } from './photo-caption';
import type { Placement, RecognisedFields, RecognisedPhoto } from './placement';
import { parsePublicationTime } from './publication-time';
import { words, type SourceBlock } from './source-block';

/** Parts the source states outright (a web page's metadata), each with why it is trusted. */
export type KnownParts = Partial<{
  [K in keyof RecognisedFields]: { value: NonNullable<RecognisedFields[K]>; reason: string };
}> & { leadPhoto?: RecognisedPhoto & { reason: string } };

// The article schema's limits: a longer line is not that field.
const limits = { kicker: 500, headline: 1_000, standfirst: 5_000, byline: 500, dateline: 500 };

const sameText = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'base', ignorePunctuation: true }) === 0;
const endsSentence = (text: string) => /[.!?…]["”’»)]?$/.test(text);
const isKickerShape = (text: string) =>
  words(text) <= 6 && text.length <= 60 && !endsSentence(text);
const isHeading = (block: SourceBlock) => /^h[1-6]$/.test(block.tag ?? '');
const hinted = (block: SourceBlock, pattern: RegExp) => pattern.test(block.hint ?? '');

/** Places blocks one at a time; `recogniseBlocks` drives it. */
export class Recogniser {
  readonly fields: RecognisedFields = {
    kicker: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    published: null,
  };
  photo: RecognisedPhoto | null = null;
  readonly placements: Placement[] = [];
  readonly header: SourceBlock[] = [];
  readonly body: SourceBlock[] = [];
  private readonly known = new Set<string>();
  private readonly captions: string[] = [];
  private metaAfterTitle = false;

  constructor(private readonly now: Date) {}

  place(field: Placement['field'], text: string, reason: string): void {
    this.placements.push({ field, text, reason });
  }

  drop(text: string, reason: string): void {
    this.place('dropped', text, reason);
  }

  setField(field: keyof typeof limits, text: string, reason: string): boolean {
    const value = text.trim();
    if (!value || value.length > limits[field]) return false;
    this.fields[field] = value;
    this.place(field, value, reason);
    return true;
  }

  takeKnown(known: KnownParts): void {
    for (const field of Object.keys(limits) as (keyof typeof limits)[]) {
      const part = known[field];
      if (part && this.setField(field, part.value, part.reason)) this.known.add(field);
    }
    if (known.published) {
      this.fields.published = known.published.value;
      this.place('published', known.published.value, known.published.reason);
      this.known.add('published');
    }
    if (known.leadPhoto) {
      const { reason, ...photo } = known.leadPhoto;
      this.photo = photo;
      if (photo.image) this.place('photo', photo.image.alt || photo.image.src, reason);
      if (photo.caption) {
        this.place('caption', photo.caption, reason);
        this.captions.push(photo.caption);
      }
      if (photo.credit) this.place('credit', photo.credit, reason);
    }
  }

  /** A block the metadata already holds (the headline printed above the story) is not kept twice. */
  repeatsKnown(text: string): string | null {
    for (const field of ['headline', 'standfirst', 'byline', 'kicker'] as const)
      if (this.known.has(field) && sameText(text, this.fields[field]))
        return `the ${field} again (already taken from the page's metadata)`;
    if (this.known.has('byline') && sameText(text.replace(/^by\s+/i, ''), this.fields.byline))
      return `the byline again (already taken from the page's metadata)`;
    return null;
  }

  /** Handles a photo, a caption or a credit line; true when the block was one. */
  photoPart(block: SourceBlock, inBody: boolean): boolean {
    if (block.image) {
      if (!this.photo?.image) {
        this.photo = { caption: '', credit: '', ...this.photo, image: block.image };
        this.place('photo', block.image.alt || block.image.src, 'the first photo of the story');
      } else
        this.drop(
          block.image.alt || block.image.src,
          'another photo (only the lead photo is taken)',
        );
      if (!block.text) return true;
    }
    const { text } = block;
    const markedCaption = block.tag === 'figcaption' || hinted(block, /caption|credit/i);
    if (this.captions.some((seen) => sameText(seen, text) || text.startsWith(seen + ' ('))) {
      this.drop(text, 'the caption again (printed twice)');
      return true;
    }
    const credit = creditLine(text);
    if (credit && credit.length <= 1_000) {
      if (this.photo?.credit) {
        this.drop(text, 'the photo credit again');
        return true;
      }
      // "Photo: …" under a short line: that line was the caption.
      const list = inBody ? this.body : this.header;
      const above = list.at(-1);
      if (!this.photo?.caption && above && above.text.length <= 300 && !isHeading(above)) {
        list.pop();
        this.photo = { credit: '', image: null, ...this.photo, caption: above.text };
        this.place('caption', above.text, 'the line above a "Photo:" credit');
      }
      this.photo = { caption: '', image: null, ...this.photo, credit };
      this.place('credit', credit, 'a "Photo:" line');
      return true;
    }
    const split = text.length <= (inBody ? 300 : 600) ? splitCaptionCredit(text) : null;
    if (!split && !(markedCaption && text.length <= 2_000)) return false;
    const caption = split ? split.caption : text;
    if (this.photo?.caption) {
      this.drop(text, 'the caption of another photo (only the lead photo is taken)');
    } else {
      this.photo = { credit: '', image: null, ...this.photo, caption };
      this.place(
        'caption',
        caption,
        split ? 'a photo caption ending in its credit' : 'a caption in the markup',
      );
      if (split) {
        this.photo.credit = split.credit;
        this.place('credit', split.credit, `the credit at the end of the caption`);
      }
    }
    this.captions.push(text, caption);
    if (!inBody) this.metaAfterTitle = this.header.length > 0;
    return true;
  }

  /** Handles a byline, a time or a dateline line above the story; true when the block was one. */
  metadataLine(block: SourceBlock): boolean {
    const { text } = block;
    for (const part of text.split(/\s+[|•·]\s+/)) {
      const time = parsePublicationTime(part, this.now);
      if (!time) continue;
      if (text !== part && !/^by\s/i.test(text)) continue;
      if (!this.fields.published && !time.update) {
        this.fields.published = time.iso;
        this.place(
          'published',
          part,
          time.zoned
            ? 'a publication time, with its time zone'
            : 'a publication time without a time zone: taken as UTC',
        );
      } else if (!this.fields.published) {
        this.fields.published = time.iso;
        this.place('published', part, 'the only time given (an update time)');
      } else
        this.drop(
          part,
          this.known.has('published')
            ? 'a time (the page metadata gives it)'
            : 'another time (an update)',
        );
      if (text === part) {
        this.metaAfterTitle = this.header.length > 0;
        return true;
      }
    }
    const byline = /^by\s+(.{2,200})$/i.exec(text.split(/\s+[|•·]\s+/)[0]!)?.[1];
    const markedByline =
      !byline && text.length <= 120 && hinted(block, /byline|author/i) && !endsSentence(text);
    if (byline || markedByline) {
      const name = (byline ?? text).replace(/\s*=+\s*$/, '').trim();
      if (this.fields.byline) this.drop(text, 'another byline');
      else
        this.setField('byline', name, byline ? 'a line starting "By"' : 'a byline in the markup');
      this.metaAfterTitle = this.header.length > 0;
      return true;
    }
    if (this.header.length > 0 && !this.fields.dateline && isDatelineLine(text)) {
      this.setField('dateline', text, 'a place name alone on a line');
      this.metaAfterTitle = true;
      return true;
    }
    return false;
  }

  /** True when a block above the story is already its text rather than a headline or standfirst. */
  startsBody(block: SourceBlock): boolean {
    if (isHeading(block) || block.tag === 'h1') return false;
    const count = words(block.text);
    if (count >= 45) return true;
    if (this.header.length === 0) return count >= 20 || (count >= 12 && endsSentence(block.text));
    if (this.metaAfterTitle)
      return count >= 12 || endsSentence(block.text) || block.text.length > 80;
    return count >= 25 && this.header.length >= 2;
  }

  /** Headline, kicker and standfirst from the lines above the story. */
  assignTitles(): void {
    const list = this.header;
    if (!list.length) return;
    let at = list.findIndex((block) => block.tag === 'h1' || hinted(block, /headline|title/i));
    if (at === -1)
      at =
        list.length >= 2 &&
        isKickerShape(list[0]!.text) &&
        list[0]!.text.length < list[1]!.text.length
          ? 1
          : 0;
    const titled = this.known.has('headline');
    if (
      !titled &&
      !this.setField(
        'headline',
        list[at]!.text,
        list[at]!.tag === 'h1' ? "the page's main heading" : 'the first line of the article',
      )
    ) {
      this.body.unshift(...list);
      return;
    }
    if (titled)
      this.drop(list[at]!.text, "the headline again (already taken from the page's metadata)");
    list.slice(0, at).forEach((block, index) => {
      if (index === at - 1 && !this.fields.kicker && isKickerShape(block.text))
        this.setField(
          'kicker',
          block.text.replace(/^[/\s]+|[/\s]+$/g, ''),
          'a short line above the headline',
        );
      else this.drop(block.text, 'above the headline (navigation)');
    });
    const after = list.slice(at + 1);
    const first = after.shift();
    if (first && !this.fields.standfirst) {
      if (!this.setField('standfirst', first.text, 'the text between the headline and the story'))
        after.unshift(first);
    } else if (first) after.unshift(first);
    this.body.unshift(...after);
  }

  /** The dateline opening the first paragraph, moved to its field. */
  datelineInBody(): void {
    const at = this.body.findIndex((block) => !block.figure);
    const first = this.body[at];
    if (!first || this.fields.dateline) return;
    const found = leadingDateline(first.text);
    if (
      !found ||
      !this.setField('dateline', found.dateline, 'the place and agency opening the first paragraph')
    )
      return;
    // The paragraph keeps its markup only when it has no links to lose; else it becomes its text.
    this.body[at] = { ...first, text: found.rest, markup: undefined };
  }

  bodyJson(): BodyJSON {
    if (!this.body.length) return emptyBody();
    for (const block of this.body)
      this.place(
        'body',
        block.figure ? block.text || block.figure.alt || 'a photo' : block.text,
        block.figure
          ? `a photo in the story${block.text ? ', with its caption' : ''}`
          : isHeading(block)
            ? 'a heading in the story'
            : 'a paragraph of the story',
      );
    if (this.body.every((block) => block.markup === undefined))
      return {
        type: 'doc',
        content: this.body.map((block) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: block.text }],
        })),
      };
    return blocksBody(this.body);
  }
}

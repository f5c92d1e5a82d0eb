// Takes a pasted or imported article apart: which blocks are its kicker, headline, standfirst,
// byline, dateline, time, lead photo caption and credit, which its body, and which page furniture.
import { endsStory, isWireHeader, opensRelatedBlock, boilerplateReason } from './boilerplate';
import { Recogniser, type KnownParts } from './block-recogniser';
import { placedFields, type Placement, type RecognisedArticle } from './placement';
import { words, type SourceBlock } from './source-block';

export type { KnownParts } from './block-recogniser';

/** Recognises an article in a list of source blocks; `known` are parts the page's metadata states. */
export function recogniseBlocks(
  blocks: SourceBlock[],
  options: { now: Date; known?: KnownParts },
): RecognisedArticle {
  const r = new Recogniser(options.now);
  if (options.known) r.takeKnown(options.known);
  let inBody = false;
  let ended: string | null = null;
  let related = false;
  const aboveStory: SourceBlock[] = [];
  blocks.forEach((block, index) => {
    const { text } = block;
    if (!text && !block.image && !block.figure) return;
    if (ended) return r.drop(text || block.figure?.alt || 'a photo', ended);
    // A figure or table above the story opens it, after what of the header is not headline or standfirst.
    if (block.figure || block.bodyOnly) return void (inBody ? r.body : aboveStory).push(block);
    if (index < 3 && isWireHeader(text))
      return r.drop(text, "a wire service's transmission header");
    ended = endsStory(text);
    if (ended) return r.drop(text, ended);
    if (related) {
      if (words(text) <= 15 || block.tag === 'li') return r.drop(text, 'part of a "Related" block');
      related = false;
    }
    if (text.length <= 50 && opensRelatedBlock(text)) {
      related = true;
      return r.drop(text, 'a "Related" block');
    }
    const furniture = boilerplateReason(text, block.hint);
    if (furniture) return r.drop(text, furniture);
    const repeated = r.repeatsKnown(text);
    if (repeated) return r.drop(text, repeated);
    if (r.photoPart(block, inBody)) return;
    if (!inBody) {
      if (r.metadataLine(block)) return;
      if (!r.startsBody(block)) return void r.header.push(block);
      inBody = true;
    }
    r.body.push(block);
  });
  r.body.unshift(...aboveStory);
  r.assignTitles();
  r.datelineInBody();
  const body = r.bodyJson();
  // Listed in the order of the article's fields, the body and then what was left out.
  const order = (field: Placement['field']) => placedFields.indexOf(field);
  return {
    fields: r.fields,
    leadPhoto: r.photo,
    body,
    placements: [...r.placements].sort((a, b) => order(a.field) - order(b.field)),
    isArticle: r.fields.headline !== '' && r.body.length > 0,
  };
}

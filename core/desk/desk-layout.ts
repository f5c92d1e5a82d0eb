import type * as Y from 'yjs';

/** The article's plain-text fields, each a root `Y.Text` of the same name. */
export const deskTextFields = ['kicker', 'headline', 'standfirst', 'byline', 'dateline'] as const;
export type DeskTextField = (typeof deskTextFields)[number];

/** Name of the body's root `Y.XmlFragment`; the Collaboration extension takes it as `field`. */
export const DESK_BODY_FIELD = 'body';
/** Root `Y.Map` of plain values: language, keywords, status, published, created. */
export const DESK_META = 'meta';
/** Root `Y.Map` of the lead photo; empty means no lead photo. */
export const DESK_LEAD_PHOTO = 'leadPhoto';

/** Keys of the meta map. */
export const deskMetaKeys = ['language', 'keywords', 'status', 'published', 'created'] as const;
/** Plain keys of the lead photo map; the photo's text fields are nested `Y.Text`. */
export const deskLeadPhotoPlainKeys = ['file', 'width', 'height', 'fromFile'] as const;

/** The body fragment of an article's document. */
export function deskBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DESK_BODY_FIELD);
}

/** One of the article's plain-text fields. */
export function deskText(doc: Y.Doc, field: DeskTextField): Y.Text {
  return doc.getText(field);
}

/** The meta map (language, keywords, status, published, created). */
export function deskMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DESK_META);
}

/** The lead photo map (plain file/width/height/fromFile, `Y.Text` caption…altText). */
export function deskLeadPhoto(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DESK_LEAD_PHOTO);
}

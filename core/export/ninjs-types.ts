/** The parts of an IPTC ninjs 3.1 document that Newsroom writes (the schema defines many more). */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  title?: string;
  width?: number;
  height?: number;
}

export interface NinjsInfoSource {
  name?: string;
  role?: string;
  uri?: string;
}

export interface NinjsAssociation {
  name: string;
  uri: string;
  type: 'picture';
  descriptions?: NinjsText[];
  by?: string;
  copyrightNotice?: string;
  infoSources?: NinjsInfoSource[];
  renditions?: NinjsRendition[];
}

export interface NinjsDocument {
  uri: string;
  standard: { name: string; version: string; schema: string };
  type: 'text';
  representationType: 'full';
  firstCreated: string;
  versionCreated: string;
  embargoedUntil?: string;
  pubStatus: 'usable' | 'withheld';
  language: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  by?: string;
  located?: string;
  /** The article's keywords, each by name (ninjs 3 has subjects where 2.x had keywords). */
  subjects?: { name: string }[];
  bodies: NinjsBody[];
  associations?: NinjsAssociation[];
}

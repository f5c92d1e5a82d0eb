import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDocument } from './search-document';
import { tokenize } from './tokenize';

/** The indexed fields, most telling first. */
export const searchFields = ['headline', 'standfirst', 'byline', 'body'] as const;
type Field = (typeof searchFields)[number];

// Field codes stored in each posting; a word found in several fields counts where it tells most.
const fieldCode: Record<Field, number> = { body: 0, byline: 1, standfirst: 2, headline: 3 };
const fieldWeight = [1, 2, 2, 4];
const PREFIX_WEIGHT = 0.5;
const MAX_TF = 63;
const MAX_DOCS = 1 << 24;
const RANK_BUCKETS = 16_384;
// 1 + log(tf) for every term frequency a posting can hold.
const tfWeight = Array.from({ length: MAX_TF + 1 }, (_, tf) => (tf === 0 ? 0 : 1 + Math.log(tf)));

/** A growable list of postings, each `docNo << 8 | field << 6 | min(tf, 63)`, in docNo order. */
interface Postings {
  data: Uint32Array;
  length: number;
}

/**
 * Full-text index over headline, standfirst, byline and body: every query word must match, as a
 * whole word or (from two letters on) as the start of one; results are ranked by field and rarity.
 * Postings are packed typed arrays, so a query over 10,000 long articles touches flat memory only;
 * MiniSearch's radix tree (SearchableMap) holds the vocabulary for prefix lookups.
 */
export class SearchIndex {
  private ids: (string | null)[] = [];
  private readonly docNos = new Map<string, number>();
  private readonly termNos = new Map<string, number>();
  private readonly vocabulary = new SearchableMap<number>();
  private postings: Postings[] = [];
  private dead = 0;

  /** Number of documents in the index. */
  get size(): number {
    return this.docNos.size;
  }

  has(id: string): boolean {
    return this.docNos.has(id);
  }

  /** Adds the document, or replaces the one with the same id. */
  put(doc: SearchDocument): void {
    this.remove(doc.id);
    if (this.ids.length >= MAX_DOCS) this.compact();
    if (this.ids.length >= MAX_DOCS)
      throw new RangeError('search index is full (16 million documents)');
    const terms = new Map<string, number>();
    for (const field of searchFields) {
      const code = fieldCode[field] << 6;
      for (const term of tokenize(doc[field])) {
        const seen = terms.get(term);
        if (seen === undefined) terms.set(term, code | 1);
        else
          terms.set(
            term,
            (Math.max(seen & 0xc0, code) | Math.min((seen & 0x3f) + 1, MAX_TF)) >>> 0,
          );
      }
    }
    const no = this.ids.length;
    this.ids.push(doc.id);
    this.docNos.set(doc.id, no);
    for (const [term, packed] of terms) this.append(this.termNo(term), ((no << 8) | packed) >>> 0);
  }

  /** Removes a document if present. */
  remove(id: string): void {
    const no = this.docNos.get(id);
    if (no === undefined) return;
    this.docNos.delete(id);
    this.ids[no] = null;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.docNos.size / 4) this.compact();
  }

  /** Ids of the documents matching every word of the query, best first; [] for a query with no words. */
  query(query: string, limit = Infinity): string[] {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return [];
    const n = this.ids.length;
    let total: Float64Array | null = null;
    for (const word of words) {
      const scores = new Float64Array(n);
      const exact = this.termNos.get(word);
      if (exact !== undefined) this.score(exact, 1, scores);
      if (word.length > 1) {
        for (const [term, termNo] of this.vocabulary.atPrefix(word))
          if (term !== word) this.score(termNo, PREFIX_WEIGHT, scores);
      }
      if (total === null) total = scores;
      else
        for (let i = 0; i < n; i++)
          total[i] = scores[i]! > 0 && total[i]! > 0 ? total[i]! + scores[i]! : 0;
    }
    return this.ranked(total!, limit);
  }

  /**
   * The index as flat parts for saving: live documents numbered densely, each term's postings in
   * `postings` from `offsets[termNo]` to `offsets[termNo + 1]`.
   */
  parts(): { ids: string[]; terms: string[]; offsets: Uint32Array; lists: Uint32Array[] } {
    if (this.dead > 0) this.compact();
    const terms = new Array<string>(this.postings.length);
    for (const [term, no] of this.termNos) terms[no] = term;
    const offsets = new Uint32Array(terms.length + 1);
    const lists = this.postings.map((list, no) => {
      offsets[no + 1] = offsets[no]! + list.length;
      return list.data.subarray(0, list.length);
    });
    return { ids: this.ids as string[], terms, offsets, lists };
  }

  /** An index from saved parts (see parts()); the postings are used in place, not copied. */
  static fromParts(
    ids: string[],
    terms: string[],
    offsets: Uint32Array,
    postings: Uint32Array,
  ): SearchIndex {
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== postings.length)
      throw new RangeError('search index parts do not fit together');
    const index = new SearchIndex();
    index.ids = ids;
    ids.forEach((id, no) => index.docNos.set(id, no));
    if (index.docNos.size !== ids.length) throw new RangeError('search index has duplicate ids');
    for (let no = 0; no < terms.length; no++) {
      const from = offsets[no]!;
      const to = offsets[no + 1]!;
      if (to < from) throw new RangeError('search index offsets go backwards');
      index.termNos.set(terms[no]!, no);
      index.vocabulary.set(terms[no]!, no);
      index.postings.push({ data: postings.subarray(from, to), length: to - from });
    }
    if (index.termNos.size !== terms.length)
      throw new RangeError('search index has duplicate terms');
    return index;
  }

  /** Copies every term's postings into one exact-size buffer, dropping the room left for growth. */
  pack(): void {
    const { offsets, lists } = this.parts();
    const all = new Uint32Array(offsets[offsets.length - 1]!);
    lists.forEach((list, no) => {
      all.set(list, offsets[no]!);
      this.postings[no] = {
        data: all.subarray(offsets[no]!, offsets[no + 1]!),
        length: list.length,
      };
    });
  }

  private termNo(term: string): number {
    let no = this.termNos.get(term);
    if (no === undefined) {
      no = this.postings.length;
      this.termNos.set(term, no);
      this.vocabulary.set(term, no);
      this.postings.push({ data: new Uint32Array(4), length: 0 });
    }
    return no;
  }

  private append(termNo: number, posting: number): void {
    const list = this.postings[termNo]!;
    if (list.length === list.data.length) {
      const grown = new Uint32Array(Math.max(4, list.data.length * 2));
      grown.set(list.data);
      list.data = grown;
    }
    list.data[list.length++] = posting;
  }

  // Adds weight × field weight × (1 + log tf) × idf for every live document holding the term.
  private score(termNo: number, weight: number, scores: Float64Array): void {
    const list = this.postings[termNo]!;
    const idf = Math.log(1 + this.docNos.size / Math.max(1, list.length));
    const byField = fieldWeight.map((w) => weight * idf * w);
    const data = list.data;
    const ids = this.ids;
    for (let i = 0; i < list.length; i++) {
      const posting = data[i]!;
      const docNo = posting >>> 8;
      if (ids[docNo] === null) continue;
      scores[docNo]! += byField[(posting >>> 6) & 3]! * tfWeight[posting & 0x3f]!;
    }
  }

  // Counting sort on scores quantized to 1/16384 of the best one: linear time, no comparator calls.
  private ranked(scores: Float64Array, limit: number): string[] {
    let best = 0;
    let hits = 0;
    for (let docNo = 0; docNo < scores.length; docNo++) {
      const score = scores[docNo]!;
      if (score > 0) {
        hits++;
        if (score > best) best = score;
      }
    }
    if (hits === 0) return [];
    const scale = (RANK_BUCKETS - 1) / best;
    const starts = new Uint32Array(RANK_BUCKETS + 1);
    for (let docNo = 0; docNo < scores.length; docNo++) {
      const score = scores[docNo]!;
      if (score > 0) starts[RANK_BUCKETS - 1 - Math.floor(score * scale)]!++;
    }
    for (let b = 0, sum = 0; b <= RANK_BUCKETS; b++) {
      const count = starts[b]!;
      starts[b] = sum;
      sum += count;
    }
    const order = new Uint32Array(hits);
    for (let docNo = 0; docNo < scores.length; docNo++) {
      const score = scores[docNo]!;
      if (score > 0) order[starts[RANK_BUCKETS - 1 - Math.floor(score * scale)]!++] = docNo;
    }
    const count = Math.min(limit, hits);
    const out = new Array<string>(count);
    for (let i = 0; i < count; i++) out[i] = this.ids[order[i]!]!;
    return out;
  }

  // Drops postings of removed documents and renumbers the rest densely, once enough have piled up.
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, no) => {
      if (id === null) return;
      renumber[no] = ids.length;
      this.docNos.set(id, ids.length);
      ids.push(id);
    });
    for (const list of this.postings) {
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        const posting = list.data[i]!;
        const to = renumber[posting >>> 8]!;
        if (to >= 0) list.data[kept++] = ((to << 8) | (posting & 0xff)) >>> 0;
      }
      list.length = kept;
    }
    this.ids = ids;
    this.dead = 0;
  }
}

import { decodePostings, PostingsEncoder } from './postings-codec';
import { CorruptSearchIndexError, memoryPostings, type PostingsSource } from './postings-source';
import type { SearchDocument } from './search-document';
import { tokenize } from './tokenize';

/** The indexed fields, most telling first. */
export const searchFields = ['headline', 'standfirst', 'byline', 'body'] as const;
type Field = (typeof searchFields)[number];

// Field codes stored in each posting; a word found in several fields counts where it tells most.
const fieldCode: Record<Field, number> = { body: 0, byline: 1, standfirst: 2, headline: 3 };
const fieldWeight = [1, 2, 2, 4];
const PREFIX_WEIGHT = 0.5;
/**
 * A prefix expands to its most frequent terms until their postings would pass this many (the most
 * frequent always counts): "co" must not read every posting of every word starting with "co".
 */
export const PREFIX_POSTINGS = 1 << 16;

export interface SearchIndexOptions {
  /** Postings a prefix may expand to (PREFIX_POSTINGS unless set). */
  prefixPostings?: number;
}
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

/** A frozen index as saved: live documents numbered densely, terms in sorted order. */
export interface FrozenIndex {
  ids: string[];
  terms: string[];
  /** Postings per term. */
  counts: Uint32Array;
  /** The compressed postings of each term. */
  source: PostingsSource;
}

/** Documents matching the words so far, in docNo order, with their scores. */
interface Hits {
  docs: Uint32Array;
  scores: Float64Array;
  length: number;
}

/** The terms one query word reads, with their weights. */
interface Plan {
  terms: number[];
  weights: number[];
  postings: number;
}

/**
 * Full-text index over headline, standfirst, byline and body: every query word must match, as a
 * whole word or (from two letters on) as the start of one; results are ranked by field and rarity.
 * Most of the index is frozen: terms sorted (prefixes by binary search) with compressed postings
 * that may stay in the saved file until a query reads them; documents added since sit in packed
 * typed arrays until the next pack(). A query starts from its rarest word and only intersects.
 */
export class SearchIndex {
  private ids: (string | null)[] = [];
  private docNoMap: Map<string, number> | null = new Map();
  private live = 0;
  private dead = 0;
  private frozenTerms: string[] = [];
  private frozenCounts: Uint32Array = new Uint32Array(0);
  private source: PostingsSource = memoryPostings(new Uint8Array(0), new Float64Array(1));
  // Terms first seen since the last pack: term numbers from frozenTerms.length on.
  private extraTerms: string[] = [];
  private readonly extraNos = new Map<string, number>();
  private readonly overlay = new Map<number, Postings>();
  // Scratch reused across queries: one decoded list, and per-document sums and marks.
  private list = new Uint32Array(1024);
  private sums = new Float64Array(0);
  private marks = new Int32Array(0);
  private scratch: Hits = { docs: new Uint32Array(0), scores: new Float64Array(0), length: 0 };
  private buckets = new Uint16Array(0);
  private readonly starts = new Uint32Array(RANK_BUCKETS + 1);
  private generationNo = 0;
  private readonly prefixPostings: number;

  constructor(options: SearchIndexOptions = {}) {
    this.prefixPostings = options.prefixPostings ?? PREFIX_POSTINGS;
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.docNos().has(id);
  }

  /** Adds the document, or replaces the one with the same id. */
  put(doc: SearchDocument): void {
    this.remove(doc.id);
    if (this.ids.length >= MAX_DOCS) this.pack();
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
    this.docNos().set(doc.id, no);
    this.live++;
    for (const [term, packed] of terms) this.append(this.termNo(term), ((no << 8) | packed) >>> 0);
  }

  /** Removes a document if present. */
  remove(id: string): void {
    const docNos = this.docNos();
    const no = docNos.get(id);
    if (no === undefined) return;
    docNos.delete(id);
    this.ids[no] = null;
    this.live--;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live / 4) this.pack();
  }

  /** Ids of the documents matching every word of the query, best first; [] for a query with no words. */
  query(query: string, limit = Infinity): string[] {
    return Array.from(this.queryDocNos(query, limit), (no) => this.ids[no]!);
  }

  /** Like query, as document numbers of the current generation (see idsFrom). */
  queryDocNos(query: string, limit = Infinity): Uint32Array<ArrayBuffer> {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return new Uint32Array(0);
    const plans = words.map((word) => this.plan(word));
    if (plans.some((plan) => plan.terms.length === 0)) return new Uint32Array(0);
    plans.sort((a, b) => a.postings - b.postings);
    let hits = this.union(plans[0]!);
    for (let i = 1; i < plans.length && hits.length > 0; i++)
      hits = this.intersect(hits, plans[i]!);
    return this.ranked(hits, limit);
  }

  /** Changes whenever documents are renumbered; a document's number holds until then. */
  get generation(): number {
    return this.generationNo;
  }

  /** Document numbers handed out so far in this generation. */
  get numbered(): number {
    return this.ids.length;
  }

  /** The ids of documents numbered `from` on, in order ('' for removed ones). */
  idsFrom(from: number): string[] {
    return this.ids.slice(from).map((id) => id ?? '');
  }

  /**
   * Folds documents added or removed since the last pack into the frozen part: live documents
   * numbered densely, every term's postings compressed into one buffer in memory.
   */
  pack(): void {
    if (this.dead === 0 && this.overlay.size === 0 && this.extraTerms.length === 0) return;
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, no) => {
      if (id === null) return;
      renumber[no] = ids.length;
      ids.push(id);
    });
    const terms: string[] = [];
    const counts: number[] = [];
    const offsets: number[] = [0];
    const encoder = new PostingsEncoder();
    for (const termNo of this.termsInOrder()) {
      const list = this.postingsOf(termNo);
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        const posting = list[i]!;
        const to = renumber[posting >>> 8]!;
        if (to >= 0) list[kept++] = ((to << 8) | (posting & 0xff)) >>> 0;
      }
      if (kept === 0) continue;
      encoder.add(list, kept);
      terms.push(this.termName(termNo));
      counts.push(kept);
      offsets.push(encoder.length);
    }
    this.source.close();
    this.source = memoryPostings(encoder.finish(), Float64Array.from(offsets));
    this.frozenTerms = terms;
    this.frozenCounts = Uint32Array.from(counts);
    this.extraTerms = [];
    this.extraNos.clear();
    this.overlay.clear();
    this.ids = ids;
    this.generationNo++;
    const docNos = new Map<string, number>();
    ids.forEach((id, no) => docNos.set(id, no));
    this.docNoMap = docNos;
    this.dead = 0;
  }

  /** The index as saved, packed first. */
  frozen(): FrozenIndex {
    this.pack();
    return {
      ids: this.ids as string[],
      terms: this.frozenTerms,
      counts: this.frozenCounts,
      source: this.source,
    };
  }

  /** Reads the frozen postings from `source` from now on (the same postings, saved elsewhere). */
  useSource(source: PostingsSource): void {
    if (this.dead > 0 || this.overlay.size > 0 || this.extraTerms.length > 0)
      throw new Error('search index changed since it was frozen');
    this.source.close();
    this.source = source;
  }

  /** Releases the postings source (the saved file). */
  close(): void {
    this.source.close();
  }

  /** An index over saved frozen parts; its postings stay where `source` keeps them. */
  static fromFrozen(parts: FrozenIndex, options: SearchIndexOptions = {}): SearchIndex {
    const { ids, terms, counts, source } = parts;
    if (counts.length !== terms.length)
      throw new CorruptSearchIndexError('search index parts do not fit together');
    for (let t = 1; t < terms.length; t++)
      if (!(terms[t - 1]! < terms[t]!))
        throw new CorruptSearchIndexError('search index terms are out of order');
    const index = new SearchIndex(options);
    index.ids = ids;
    index.live = ids.length;
    // Built at the first put, remove or has: a loaded index answers queries without it.
    index.docNoMap = null;
    index.frozenTerms = terms;
    index.frozenCounts = counts;
    index.source = source;
    return index;
  }

  private docNos(): Map<string, number> {
    if (this.docNoMap) return this.docNoMap;
    const map = new Map<string, number>();
    this.ids.forEach((id, no) => {
      if (id !== null) map.set(id, no);
    });
    if (map.size !== this.live) throw new CorruptSearchIndexError('search index has duplicate ids');
    return (this.docNoMap = map);
  }

  private termName(termNo: number): string {
    const frozen = this.frozenTerms.length;
    return termNo < frozen ? this.frozenTerms[termNo]! : this.extraTerms[termNo - frozen]!;
  }

  // Frozen terms are sorted already; terms added since are sorted and merged in.
  private termsInOrder(): number[] {
    const frozen = this.frozenTerms.length;
    const extra = this.extraTerms
      .map((_, i) => frozen + i)
      .sort((a, b) => (this.termName(a) < this.termName(b) ? -1 : 1));
    const order: number[] = [];
    let e = 0;
    for (let t = 0; t < frozen; t++) {
      while (e < extra.length && this.termName(extra[e]!) < this.frozenTerms[t]!)
        order.push(extra[e++]!);
      order.push(t);
    }
    while (e < extra.length) order.push(extra[e++]!);
    return order;
  }

  // First frozen term not below `term`.
  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.frozenTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.frozenTerms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lookup(term: string): number {
    const at = this.lowerBound(term);
    if (this.frozenTerms[at] === term) return at;
    return this.extraNos.get(term) ?? -1;
  }

  private termNo(term: string): number {
    const known = this.lookup(term);
    if (known >= 0) return known;
    const no = this.frozenTerms.length + this.extraTerms.length;
    this.extraTerms.push(term);
    this.extraNos.set(term, no);
    return no;
  }

  private count(termNo: number): number {
    const frozen = termNo < this.frozenTerms.length ? this.frozenCounts[termNo]! : 0;
    return frozen + (this.overlay.get(termNo)?.length ?? 0);
  }

  private append(termNo: number, posting: number): void {
    let list = this.overlay.get(termNo);
    if (!list) this.overlay.set(termNo, (list = { data: new Uint32Array(4), length: 0 }));
    if (list.length === list.data.length) {
      const grown = new Uint32Array(list.data.length * 2);
      grown.set(list.data);
      list.data = grown;
    }
    list.data[list.length++] = posting;
  }

  // A term's postings, frozen ones decoded then those added since (higher docNos), in scratch memory.
  private postingsOf(termNo: number): Uint32Array {
    const total = this.count(termNo);
    if (this.list.length < total)
      this.list = new Uint32Array(Math.max(total, this.list.length * 2));
    let at = 0;
    if (termNo < this.frozenTerms.length) {
      at = this.frozenCounts[termNo]!;
      decodePostings(this.source.read(termNo), at, this.list);
    }
    const added = this.overlay.get(termNo);
    if (added) this.list.set(added.data.subarray(0, added.length), at);
    return this.list.subarray(0, total);
  }

  // The exact term, then prefix terms, the most frequent first while within the budget.
  private plan(word: string): Plan {
    const plan: Plan = { terms: [], weights: [], postings: 0 };
    const exact = this.lookup(word);
    if (exact >= 0) {
      plan.terms.push(exact);
      plan.weights.push(1);
      plan.postings += this.count(exact);
    }
    if (word.length < 2) return plan;
    const candidates: number[] = [];
    let all = 0;
    for (let t = this.lowerBound(word); t < this.frozenTerms.length; t++) {
      if (!this.frozenTerms[t]!.startsWith(word)) break;
      if (t !== exact) candidates.push(t);
    }
    const frozen = this.frozenTerms.length;
    this.extraTerms.forEach((term, i) => {
      if (frozen + i !== exact && term.startsWith(word)) candidates.push(frozen + i);
    });
    const counts = candidates.map((t) => this.count(t));
    for (const c of counts) all += c;
    let order = candidates.map((_, i) => i);
    if (all > this.prefixPostings) {
      order.sort((a, b) => counts[b]! - counts[a]! || a - b);
      let taken = 0;
      let budget = 0;
      while (
        taken < order.length &&
        (taken === 0 || budget + counts[order[taken]!]! <= this.prefixPostings)
      )
        budget += counts[order[taken++]!]!;
      order = order.slice(0, taken);
    }
    for (const i of order) {
      plan.terms.push(candidates[i]!);
      plan.weights.push(PREFIX_WEIGHT);
      plan.postings += counts[i]!;
    }
    return plan;
  }

  // weight × field weight × idf for each field code; × (1 + log tf) per posting.
  private fieldScores(termNo: number, weight: number): number[] {
    const idf = Math.log(1 + this.live / Math.max(1, this.count(termNo)));
    return fieldWeight.map((w) => weight * idf * w);
  }

  // The live documents holding any of the plan's terms, with the sum of their scores.
  private union(plan: Plan): Hits {
    const ids = this.ids;
    const n = ids.length;
    const checkDead = this.dead > 0;
    const hits = this.hits(Math.min(n, plan.postings));
    const { docs, scores } = hits;
    if (plan.terms.length === 1) {
      const byField = this.fieldScores(plan.terms[0]!, plan.weights[0]!);
      const list = this.postingsOf(plan.terms[0]!);
      let length = 0;
      for (let i = 0; i < list.length; i++) {
        const posting = list[i]!;
        const docNo = posting >>> 8;
        if (checkDead && ids[docNo] === null) continue;
        docs[length] = docNo;
        scores[length++] = byField[(posting >>> 6) & 3]! * tfWeight[posting & 0x3f]!;
      }
      hits.length = length;
      return hits;
    }
    if (this.sums.length < n) this.sums = new Float64Array(n);
    const sums = this.sums;
    let length = 0;
    for (let k = 0; k < plan.terms.length; k++) {
      const byField = this.fieldScores(plan.terms[k]!, plan.weights[k]!);
      const list = this.postingsOf(plan.terms[k]!);
      for (let i = 0; i < list.length; i++) {
        const posting = list[i]!;
        const docNo = posting >>> 8;
        if (checkDead && ids[docNo] === null) continue;
        if (sums[docNo] === 0) docs[length++] = docNo;
        sums[docNo]! += byField[(posting >>> 6) & 3]! * tfWeight[posting & 0x3f]!;
      }
    }
    // Few documents: sort them; many: one pass over the sums is cheaper.
    if (length * Math.log2(length + 1) < n) docs.subarray(0, length).sort();
    else {
      length = 0;
      for (let docNo = 0; docNo < n; docNo++) if (sums[docNo]! > 0) docs[length++] = docNo;
    }
    for (let i = 0; i < length; i++) {
      scores[i] = sums[docs[i]!]!;
      sums[docs[i]!] = 0;
    }
    hits.length = length;
    return hits;
  }

  // Scratch hits with room for `size` documents.
  private hits(size: number): Hits {
    if (this.scratch.docs.length < size) {
      const room = Math.max(size, this.scratch.docs.length * 2);
      this.scratch = { docs: new Uint32Array(room), scores: new Float64Array(room), length: 0 };
    }
    return this.scratch;
  }

  // Keeps the hits that hold any of the plan's terms, adding those terms' scores.
  private intersect(hits: Hits, plan: Plan): Hits {
    const n = this.ids.length;
    if (this.marks.length < n) this.marks = new Int32Array(n);
    if (this.sums.length < n) this.sums = new Float64Array(n);
    const marks = this.marks;
    // Scores added by this word, per hit (the sums are all zero between queries).
    const added = this.sums;
    const { docs, scores } = hits;
    for (let i = 0; i < hits.length; i++) marks[docs[i]!] = i + 1;
    for (let k = 0; k < plan.terms.length; k++) {
      const byField = this.fieldScores(plan.terms[k]!, plan.weights[k]!);
      const list = this.postingsOf(plan.terms[k]!);
      for (let i = 0; i < list.length; i++) {
        const posting = list[i]!;
        const hit = marks[posting >>> 8]!;
        if (hit > 0) added[hit - 1]! += byField[(posting >>> 6) & 3]! * tfWeight[posting & 0x3f]!;
      }
    }
    let length = 0;
    for (let i = 0; i < hits.length; i++) {
      marks[docs[i]!] = 0;
      const more = added[i]!;
      added[i] = 0;
      if (more > 0) {
        docs[length] = docs[i]!;
        scores[length++] = scores[i]! + more;
      }
    }
    hits.length = length;
    return hits;
  }

  // Counting sort on scores quantized to 1/16384 of the best one: linear time, no comparator calls.
  private ranked(hits: Hits, limit: number): Uint32Array<ArrayBuffer> {
    const { docs, scores, length } = hits;
    if (length === 0) return new Uint32Array(0);
    let best = 0;
    for (let i = 0; i < length; i++) if (scores[i]! > best) best = scores[i]!;
    const scale = (RANK_BUCKETS - 1) / best;
    const starts = this.starts.fill(0);
    if (this.buckets.length < length)
      this.buckets = new Uint16Array(Math.max(length, this.buckets.length * 2));
    const buckets = this.buckets;
    for (let i = 0; i < length; i++) {
      const bucket = RANK_BUCKETS - 1 - Math.floor(scores[i]! * scale);
      buckets[i] = bucket;
      starts[bucket]!++;
    }
    for (let b = 0, sum = 0; b <= RANK_BUCKETS; b++) {
      const count = starts[b]!;
      starts[b] = sum;
      sum += count;
    }
    const count = Math.min(limit, length);
    const order = new Uint32Array(count);
    for (let i = 0; i < length; i++) {
      const at = starts[buckets[i]!]!++;
      if (at < count) order[at] = docs[i]!;
    }
    return order;
  }
}

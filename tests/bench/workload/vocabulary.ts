import { Random } from './random';

// Frequent words of news copy, so text reads like prose and queries hit real-looking terms.
const common = `the of and to a in that is was for on with as by at he she it from his her said they
have has had are be were an this which their not but been after who will more would its about than up
one two three new year years also people over into last first government police city council minister
president state officials report week day time state country could told since before when there
while under budget election vote party court health school water market company workers plan
public spokesman according percent million billion local national region mayor residents`.split(
  /\s+/,
);

const onsets = [
  'b',
  'br',
  'c',
  'ch',
  'cl',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const codas = ['', '', 'n', 'r', 's', 'l', 'nd', 'st', 'rt', 'm', 'x'];

/** A deterministic vocabulary: news function words plus `size` invented content words, Zipf-weighted. */
export class Vocabulary {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(seed: number, size = 20_000) {
    const random = new Random(seed);
    const seen = new Set(common);
    const invented: string[] = [];
    while (invented.length < size) {
      const syllables = 1 + random.int(3);
      let word = '';
      for (let s = 0; s < syllables; s++)
        word += random.pick(onsets) + random.pick(vowels) + random.pick(codas);
      if (word.length < 3 || seen.has(word)) continue;
      seen.add(word);
      invented.push(word);
    }
    this.words = [...common, ...invented];
    // Zipf: the word of rank r is drawn with weight 1 / (r + 2).
    this.cumulative = new Float64Array(this.words.length);
    let sum = 0;
    for (let r = 0; r < this.words.length; r++) this.cumulative[r] = sum += 1 / (r + 2);
    for (let r = 0; r < this.words.length; r++) this.cumulative[r]! /= sum;
  }

  /** A word drawn with Zipf frequencies. */
  draw(random: Random): string {
    const x = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }

  /** `count` words joined by spaces. */
  phrase(random: Random, count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.draw(random));
    return out.join(' ');
  }
}

export const firstNames = [
  'Ana',
  'Marta',
  'Jonas',
  'Amira',
  'Kofi',
  'Lena',
  'Tomás',
  'Yuki',
  'Priya',
  'Olu',
  'Zoë',
  'Erik',
];
export const lastNames = [
  'Ruiz',
  'Oliveira',
  'Brennan',
  'Haddad',
  'Mensah',
  'Novak',
  'Sato',
  'Iyer',
  'Dubois',
  'Kowalski',
  'Ng',
  'Larsen',
];
export const places = [
  'Lyon',
  'Porto',
  'Accra',
  'Kraków',
  'Osaka',
  'Pune',
  'Quito',
  'Bergen',
  'Tunis',
  'Cork',
];

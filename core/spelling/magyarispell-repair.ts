// npm `dictionary-hu` (3.0.0) is built from the magyarispell sources without two steps of their
// own build, and Hunspell misreads it: it rejected _tervet_ (a condition `[^…&agrave;&ugrave;]`
// shut out every stem ending in a, g, r, v, e or u) and accepted _felnőtek_. Hungarian is read as
// the package would be had those steps run (docs/architecture.md, "Spelling dictionaries").

/**
 * magyarispell's names for the characters outside Latin-2 that its sources write as `&name;`, as
 * its build replaces them; only the names the package still holds.
 */
const characterNames = new Map<string, string>(
  Object.entries({
    '0219': 'ș',
    '02BB': 'ʻ',
    apos: '’',
    rquo: '”',
    nbhp: '\u2011',
    ndash: '–',
    permil: '‰',
    plusminus: '±',
    sect: '§',
    deg: '°',
    euro: '€',
    micro: 'µ',
    ff: 'ﬀ',
    fi: 'ﬁ',
    fl: 'ﬂ',
    ffi: 'ﬃ',
    ffl: 'ﬄ',
    agrave: 'à',
    Aring: 'Å',
    aring: 'å',
    atilde: 'ã',
    ccedil: 'ç',
    egrave: 'è',
    Idot: 'İ',
    ntilde: 'ñ',
    ocirc: 'ô',
    Otilde: 'Õ',
    otilde: 'õ',
    oslash: 'ø',
    oelig: 'œ',
    ugrave: 'ù',
    Ucirc: 'Û',
    ucirc: 'û',
    Alpha: 'Α',
    Beta: 'Β',
    Gamma: 'Γ',
    Delta: 'Δ',
    Epsilon: 'Ε',
    Zeta: 'Ζ',
    Eta: 'Η',
    Theta: 'Θ',
    Iota: 'Ι',
    Kappa: 'Κ',
    Lambda: 'Λ',
    Mu: 'Μ',
    Nu: 'Ν',
    Xi: 'Ξ',
    Omicron: 'Ο',
    Pi: 'Π',
    Rho: 'Ρ',
    Sigma: 'Σ',
    Tau: 'Τ',
    Upsilon: 'Υ',
    Phi: 'Φ',
    Chi: 'Χ',
    Psi: 'Ψ',
    Omega: 'Ω',
    alpha: 'α',
    beta: 'β',
    gamma: 'γ',
    delta: 'δ',
    epsilon: 'ε',
    zeta: 'ζ',
    eta: 'η',
    theta: 'θ',
    iota: 'ι',
    kappa: 'κ',
    lambda: 'λ',
    mu: 'μ',
    nu: 'ν',
    xi: 'ξ',
    omicron: 'ο',
    pi: 'π',
    rho: 'ρ',
    sigma: 'σ',
    sigmaf: 'ς',
    tau: 'τ',
    upsilon: 'υ',
    phi: 'φ',
    chi: 'χ',
    psi: 'ψ',
    omega: 'ω',
    thetasym: 'ϑ',
    upsih: 'ϒ',
    piv: 'ϖ',
  }),
);

const characterName = /&([A-Za-z0-9]+);/g;

/** The `&name;` references in a file of the package that magyarispell's names do not cover. */
export function unknownCharacterNames(text: string): string[] {
  return [...text.matchAll(characterName)]
    .map((match) => match[1]!)
    .filter((name) => !characterNames.has(name));
}

/**
 * A file of `dictionary-hu` that Hunspell reads as it reads magyarispell's own build: its `&name;`
 * references replaced by their characters, and the `.aff` saying its flags are characters. The sources give
 * each affix class one Latin-2 byte; the package turned each into a two-byte UTF-8 character, which
 * Hunspell, reading flags as bytes by default, would split and merge with other classes.
 */
export function repairMagyarispellFile(part: 'aff' | 'dic', text: string): string {
  const named = text.replace(
    characterName,
    (reference, name: string) => characterNames.get(name) ?? reference,
  );
  if (part === 'dic' || /^FLAG /m.test(named)) return named;
  if (!/^SET UTF-8$/m.test(named))
    throw new Error('dictionary-hu: its .aff is not in UTF-8 (no "SET UTF-8" line) as expected');
  return named.replace(/^SET UTF-8$/m, 'SET UTF-8\nFLAG UTF-8');
}

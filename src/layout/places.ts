/**
 * Place names for the heading detector: is a whole (folded) string an administrative division of China, by its
 * full name (鼓楼区), its short form (鼓楼) or a parent then a child (江苏南京鼓楼)? The names are generated data
 * (lexicon/places.data.ts); the table is built on the first call, never at import, so start-up does not pay.
 * `中国` is not looked up: it is the country, not a division, and a heading `中国` is no department.
 */
import { GENERIC_PLACE_WORDS } from './lexicon/place-words.js';
import { PLACES } from './lexicon/places.data.js';

/** Hong Kong, Macau and Taiwan entries are mapped to the nearest level: 香港 a province, 九龙 a prefecture. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';
export interface PlaceHit { level: PlaceLevel; form: 'full' | 'short'; ambiguous: boolean; parts: number }

/** The data's marks (see places.data.ts): levels in order, where a short form ends, another spelling. */
const LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county'];
const LEVEL_MARKS = '#@.';
/** Before each level mark: where an entry starts. */
const ENTRY = /(?=[#@.])/;
const SHORT_MARK = '|';
const SPELLING_MARK = '~';
/** Province, prefecture, county: no compound has more parts. */
const MAX_PARTS = 3;

interface Table {
  /** Per place: its parent place (-1 for a province) and its level (0 province … 2 county). */
  parent: number[];
  level: number[];
  /** Each spelling of a name: its places, each as place * 2 + 1 when the name is the short form. */
  names: Map<string, number[]>;
  /** The answer when the whole string is one name, made when first asked. */
  hits: Map<string, PlaceHit>;
  /** Per first code unit of a spelling: the length of the longest spelling starting with it (0: none does). */
  longestFrom: Uint8Array;
  longest: number;
}

let table: Table | undefined;
const GENERIC = new Set<string>(GENERIC_PLACE_WORDS);

export function lookupPlace(name: string): PlaceHit | null {
  const t = (table ??= buildTable());
  if (name.length === 0 || name.length > MAX_PARTS * t.longest || t.longestFrom[name.charCodeAt(0)] === 0) return null;
  const codes = t.names.get(name);
  if (codes === undefined) return compound(t, name, 0, [], 1);
  let single = t.hits.get(name);
  if (!single) t.hits.set(name, (single = singleHit(t, codes, GENERIC.has(name))));
  return single;
}

/**
 * `name[from…]` as parts, each a place under one of `above` (any place for the first part). Each call tries
 * the prefixes up to the longest name that starts with their first character (none for `区…`, `县…`: most
 * names asked) and recurses only at names, at most MAX_PARTS deep.
 */
function compound(t: Table, name: string, from: number, above: readonly number[], part: number): PlaceHit | null {
  const longest = t.longestFrom[name.charCodeAt(from)] ?? 0;
  for (let i = from + 1; i <= name.length && i - from <= longest; i++) {
    const spelled = t.names.get(name.slice(from, i));
    const codes = part === 1 ? spelled : spelled?.filter((code) => above.some((a) => isAncestor(t, a, code >> 1)));
    if (!codes?.length) continue;
    if (i === name.length) {
      if (part === 1) continue; // one part alone is a single name, answered by `names`
      const full = codes.filter((code) => (code & 1) === 0);
      const level = Math.min(...(full.length ? full : codes).map((code) => t.level[code >> 1] as number));
      return { level: LEVELS[level] as PlaceLevel, form: full.length ? 'full' : 'short', ambiguous: false, parts: part };
    }
    if (part < MAX_PARTS) {
      const hit = compound(t, name, i, codes.map((code) => code >> 1), part + 1);
      if (hit) return hit;
    }
  }
  return null;
}

function isAncestor(t: Table, ancestor: number, place: number): boolean {
  for (let p = t.parent[place] as number; p >= 0; p = t.parent[p] as number) if (p === ancestor) return true;
  return false;
}

function buildTable(): Table {
  // A map of the spellings, not a trie: about 10,000 keys are put in a few milliseconds, a trie's 60,000
  // edges took 20-50 ms, paid by the first document with a heading candidate.
  const t: Table = { parent: [], level: [], names: new Map(), hits: new Map(), longestFrom: new Uint8Array(0x10000), longest: 0 };
  const add = (spelling: string, code: number): void => {
    const codes = t.names.get(spelling);
    if (codes === undefined) t.names.set(spelling, [code]);
    else if (!codes.includes(code)) codes.push(code);
    if (spelling.length > t.longest) t.longest = spelling.length;
    const first = spelling.charCodeAt(0);
    if (spelling.length > (t.longestFrom[first] as number)) t.longestFrom[first] = spelling.length;
  };
  let province = -1;
  let prefecture = -1;
  // (one native split into entries: a loop over the 53 KB by one-character strings took most of the build)
  for (const entry of PLACES.split(ENTRY)) {
    const level = LEVEL_MARKS.indexOf(entry.charAt(0));
    if (level < 0) continue;
    const place = t.level.length;
    t.level.push(level);
    t.parent.push(level === 0 ? -1 : level === 1 || prefecture < 0 ? province : prefecture);
    if (level === 0) [province, prefecture] = [place, -1];
    if (level === 1) prefecture = place;
    const spellings = entry.slice(1).split(SPELLING_MARK);
    const marked = spellings[0] as string;
    const cut = marked.indexOf(SHORT_MARK);
    const full = cut < 0 ? marked : marked.slice(0, cut) + marked.slice(cut + 1);
    for (let k = 0; k < spellings.length; k++) {
      const other = spellings[k] as string;
      const spelling = k === 0 ? full : other + full.slice(other.length);
      add(spelling, place * 2);
      if (cut >= 0) add(spelling.slice(0, cut), place * 2 + 1);
    }
  }
  return t;
}

/**
 * The answer for one name: a full name over a short form, the highest level. Ambiguous: a generic word, or a
 * short form (not a province's) shared by places of which neither is the other's parent (鼓楼 in Nanjing and
 * Fuzhou; not 长沙, the city and its county).
 */
function singleHit(t: Table, codes: readonly number[], generic: boolean): PlaceHit {
  const full = codes.filter((code) => (code & 1) === 0);
  const chosen = (full.length ? full : codes).map((code) => code >> 1);
  const level = Math.min(...chosen.map((place) => t.level[place] as number));
  const shared = chosen.some((a) => chosen.some((b) => a !== b && !isAncestor(t, a, b) && !isAncestor(t, b, a)));
  const ambiguous = generic || (full.length === 0 && level !== 0 && shared);
  return { level: LEVELS[level] as PlaceLevel, form: full.length ? 'full' : 'short', ambiguous, parts: 1 };
}

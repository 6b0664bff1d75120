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
const SHORT_MARK = '|';
const SPELLING_MARK = '~';
/** Province, prefecture, county: no compound has more parts. */
const MAX_PARTS = 3;

interface Table {
  /** Per place: its parent place (-1 for a province) and its level (0 province … 2 county). */
  parent: number[];
  level: number[];
  /** Trie edges: node * 0x10000 + UTF-16 code → node; node 0 is the root. */
  edges: Map<number, number>;
  /** Per trie node that ends a name: its places, each as place * 2 + 1 when the name is the short form. */
  ends: Map<number, number[]>;
  /** Per trie node that ends a name: the answer when the whole string is that name, made when first asked. */
  hits: Map<number, PlaceHit>;
  /** Trie nodes that end a word of GENERIC_PLACE_WORDS. */
  generic: Set<number | undefined>;
  longest: number;
}

let table: Table | undefined;

export function lookupPlace(name: string): PlaceHit | null {
  const t = (table ??= buildTable());
  if (name.length === 0 || name.length > MAX_PARTS * t.longest) return null;
  const whole = walk(t, name, 0, name.length);
  const codes = whole === undefined ? undefined : t.ends.get(whole);
  if (whole === undefined || codes === undefined) return compound(t, name, 0, [], 1);
  let single = t.hits.get(whole);
  if (!single) t.hits.set(whole, (single = singleHit(t, codes, t.generic.has(whole))));
  return single;
}

/** The trie node reached by `name[from, to)`, or undefined when no name starts so. */
function walk(t: Table, name: string, from: number, to: number): number | undefined {
  let node: number | undefined = 0;
  for (let i = from; i < to && node !== undefined; i++) node = t.edges.get(node * 0x10000 + name.charCodeAt(i));
  return node;
}

/**
 * `name[from…]` as parts, each a place under one of `above` (any place for the first part). Each call walks
 * the trie once and recurses only at names' ends, at most MAX_PARTS deep: linear in the name's length.
 */
function compound(t: Table, name: string, from: number, above: readonly number[], part: number): PlaceHit | null {
  let node: number | undefined = 0;
  for (let i = from; i < name.length && i - from < t.longest; i++) {
    node = t.edges.get(node * 0x10000 + name.charCodeAt(i));
    if (node === undefined) return null;
    const codes = t.ends.get(node)?.filter((code) => part === 1 || above.some((a) => isAncestor(t, a, code >> 1)));
    if (!codes?.length) continue;
    if (i + 1 === name.length) {
      if (part === 1) continue; // one part alone is a single name, answered by singleHit
      const full = codes.filter((code) => (code & 1) === 0);
      const level = Math.min(...(full.length ? full : codes).map((code) => t.level[code >> 1] as number));
      return { level: LEVELS[level] as PlaceLevel, form: full.length ? 'full' : 'short', ambiguous: false, parts: part };
    }
    if (part < MAX_PARTS) {
      const hit = compound(t, name, i + 1, codes.map((code) => code >> 1), part + 1);
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
  const t: Table = { parent: [], level: [], edges: new Map(), ends: new Map(), hits: new Map(), generic: new Set(), longest: 0 };
  let nodes = 1;
  const add = (spelling: string, code: number): void => {
    let node = 0;
    for (let i = 0; i < spelling.length; i++) {
      const key = node * 0x10000 + spelling.charCodeAt(i);
      node = t.edges.get(key) ?? (t.edges.set(key, nodes), nodes++);
    }
    const codes = t.ends.get(node) ?? (t.ends.set(node, []).get(node) as number[]);
    if (!codes.includes(code)) codes.push(code);
    t.longest = Math.max(t.longest, spelling.length);
  };
  let province = -1;
  let prefecture = -1;
  for (let start = 0; start < PLACES.length; ) {
    let end = start + 1;
    while (end < PLACES.length && !LEVEL_MARKS.includes(PLACES[end] as string)) end++;
    const level = LEVEL_MARKS.indexOf(PLACES[start] as string);
    const place = t.level.length;
    t.level.push(level);
    t.parent.push(level === 0 ? -1 : level === 1 || prefecture < 0 ? province : prefecture);
    if (level === 0) [province, prefecture] = [place, -1];
    if (level === 1) prefecture = place;
    const [marked, ...others] = PLACES.slice(start + 1, end).split(SPELLING_MARK) as [string, ...string[]];
    const cut = marked.indexOf(SHORT_MARK);
    const full = marked.replace(SHORT_MARK, '');
    for (const spelling of [full, ...others.map((other) => other + full.slice(other.length))]) {
      add(spelling, place * 2);
      if (cut >= 0) add(spelling.slice(0, cut), place * 2 + 1);
    }
    start = end;
  }
  for (const word of GENERIC_PLACE_WORDS) t.generic.add(walk(t, word, 0, word.length));
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

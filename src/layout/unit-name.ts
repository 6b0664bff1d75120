/** Is a (folded) string the name of a unit — `区财政局`, `济宁高新控股集团` — rather than a phrase? */
import { charClass, charTable, ListsByCode } from '../facts/chars.js';
import { ADMIN_PREFIXES, NOT_UNIT_ENDINGS, SHORT_NAME_MIN_LENGTH, SHORT_NAME_SUFFIXES, STRONG_SUFFIXES, WEAK_SUFFIXES } from './lexicon/unit-suffixes.js';

/** Letters a unit name is made of: Han, Latin, digits, parentheses, the middle dot. */
const UNIT_NAME_CHARS = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9()·]*$/u;
/** Function words that turn a name into a clause: `全力保障的局` is not a unit. */
const CLAUSE_WORDS = /[的了着在把被将是对向从让]/;
/** The two regexes' characters, one code unit at a time (a surrogate pair, maybe a Han character, is left to them). */
const NAME_START = charClass(/^[\p{Script=Han}A-Za-z]$/u);
const NAME_REST = charClass(/^[\p{Script=Han}A-Za-z0-9()·]$/u);
const CLAUSE_CHARS = charTable('的了着在把被将是对向从让');

/** UNIT_NAME_CHARS.test(name) && !CLAUSE_WORDS.test(name), read code by code (a name of every paragraph is asked). */
function madeOfNameChars(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return UNIT_NAME_CHARS.test(name) && !CLAUSE_WORDS.test(name);
    if (!(i === 0 ? NAME_START : NAME_REST).has(c) || CLAUSE_CHARS[c] === 1) return false;
  }
  return name.length > 0;
}
/**
 * A quantity makes a clause of it: `组织21名党员干部下沉社区`, `组建一支突击队`, `1.2万名`. Not an ordinal
 * (`县第一人民医院`), nor a place (`九台区`, `三元区`: 台 and 元 are left out).
 */
const QUANTITY = /(?<!第)(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]{1,3})[万亿]?(?:名|人|个|支|家|辆|吨|件|次|位|批|项|条|户|套)/;
/** The characters a QUANTITY match needs one of: a name without any (most) skips the regex. */
const QUANTITY_DIGITS = new Uint8Array(0x10000);
for (const ch of '0123456789一两二三四五六七八九十') QUANTITY_DIGITS[ch.charCodeAt(0)] = 1;

/** QUANTITY.test(name), the regex run only on a name holding a digit. */
function holdsQuantity(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (QUANTITY_DIGITS[name.charCodeAt(i)] === 1) return QUANTITY.test(name);
  return false;
}
const MIN_LENGTH = 2;
export const MAX_UNIT_NAME_LENGTH = 25;
/** A weak suffix (`部`, `室`, `社区`) needs this many characters when there is no `区`/`县`… prefix. */
const WEAK_MIN_LENGTH = 4;

/**
 * A word list by last character, in list order: `endingIn(list)(name)` is `list.find((w) => name.endsWith(w))`
 * without trying the 250 endings one by one (a document of 50,000 headings asks 100,000 times).
 */
export function endingIn(list: readonly string[]): (name: string) => string | undefined {
  const lists = new Map<number, string[]>(); // keyed by code unit: no one-character string per question
  for (const w of list) {
    const last = w.charCodeAt(w.length - 1);
    lists.set(last, [...(lists.get(last) ?? []), w]);
  }
  const byLast = new ListsByCode(lists);
  return (name) => {
    const words = byLast.get(name.charCodeAt(name.length - 1));
    if (words.length === 0) return undefined;
    // (a word of one character ends it; a longer one is compared by its next-to-last character before endsWith)
    const beforeLast = name.charCodeAt(name.length - 2);
    for (const w of words) if (w.length === 1 || (w.charCodeAt(w.length - 2) === beforeLast && name.endsWith(w))) return w;
    return undefined;
  };
}
const notUnitEnding = endingIn(NOT_UNIT_ENDINGS);
const strongSuffix = endingIn(STRONG_SUFFIXES);
/** Does `name` end with a strong suffix? (`STRONG_SUFFIXES.some((s) => name.endsWith(s))`, looked up by last character.) */
export const hasStrongSuffix = (name: string): boolean => strongSuffix(name) !== undefined;
const longerStrongSuffix = (name: string, than: number): boolean => STRONG_SUFFIXES.some((s) => s.length > than && name.endsWith(s));
const shortNameSuffix = endingIn(SHORT_NAME_SUFFIXES);
const weakSuffix = endingIn(WEAK_SUFFIXES);

/**
 * @param marked the name follows an explicit heading mark (`（二）`, `【`, `**`): a short weak-suffix
 *   name (`消防處`) is then enough.
 */
export function looksLikeUnitName(name: string, marked = false): boolean {
  return isNameShaped(name) && endsLikeUnit(name, marked);
}

/** Made of a name's letters, without a function word or a quantity, of a name's length. */
export function isNameShaped(name: string): boolean {
  if (name.length < MIN_LENGTH || name.length > MAX_UNIT_NAME_LENGTH) return false;
  return madeOfNameChars(name) && !holdsQuantity(name);
}

/** The suffix rules of looksLikeUnitName, for a name that isNameShaped. */
export function endsLikeUnit(name: string, marked = false): boolean {
  const notUnit = notUnitEnding(name);
  if (notUnit && !longerStrongSuffix(name, notUnit.length)) return false;
  const strong = strongSuffix(name);
  if (strong) return name.length > strong.length || strong.length >= 3;
  if (name.length >= SHORT_NAME_MIN_LENGTH && shortNameSuffix(name)) return true;
  if (!weakSuffix(name)) return false;
  return marked || name.length >= WEAK_MIN_LENGTH || ADMIN_PREFIXES.some((p) => name.startsWith(p) && name.length > p.length + 1);
}

/**
 * Speaker lines, whose department is the speaker's unit: `江苏省政协主席 张某某`,
 * `北京知识产权法院党组成员、副院长  宋鱼水`, `中国探月工程总设计师吴伟仁`, `生态环境部部长李干杰：…`.
 * The unit is what is left of `unit + offices` once the offices, their modifiers and joiners are taken off
 * the end; with two units (`博鳌亚洲论坛咨委、全球健康论坛大会主席`), the first.
 */
import { charClass } from '../facts/chars.js';
import { isRegexBlank } from '../text/blanks.js';
import { OFFICE_JOINERS, OFFICE_MODIFIERS, OFFICE_TITLES } from './lexicon/offices.js';
import { endingIn } from './unit-name.js';

/** The last characters of the offices: a person's name follows one of them, or there is no speaker. */
const OFFICE_LAST = new Uint8Array(0x10000);
for (const title of OFFICE_TITLES) OFFICE_LAST[title.charCodeAt(title.length - 1)] = 1;
const office = endingIn([...OFFICE_TITLES].sort((a, b) => b.length - a.length));
const modifier = endingIn([...OFFICE_MODIFIERS].sort((a, b) => b.length - a.length));
const joiner = endingIn(OFFICE_JOINERS);

/** A person's name: two to four Han characters (`海霞`, `陈冯富珍`), tried three first (the most common). */
const NAME_LENGTHS = [3, 2, 4] as const;
const HAN = /^\p{Script=Han}+$/u;
const BLANKS = /\s+/g;
/** HAN's characters, one code unit at a time (a surrogate pair, a rare name character, counts as not Han here). */
const HAN_CHAR = charClass(/^\p{Script=Han}$/u);
const MIN_UNIT = 2;

export interface Speaker {
  /** Length of the unit at the start of the line. */
  unitEnd: number;
  /** Where the person's name starts and ends. */
  personStart: number;
  personEnd: number;
}

/**
 * `text` (folded, one line or the part before a colon) as unit + offices + person, or null. The person
 * is the end of the text, after the first blank run (`主席 张某某`, `副庭长  高晓力`, `主席  海  霞`) or, with no
 * blank, right after the office (`总设计师吴伟仁`).
 */
export function readSpeaker(text: string): Speaker | null {
  let end = text.length;
  while (end > 0 && isRegexBlank(text.charCodeAt(end - 1))) end--;
  let gap = 0;
  while (gap < end && !isRegexBlank(text.charCodeAt(gap))) gap++;
  if (gap < end) {
    let personStart = gap;
    while (isRegexBlank(text.charCodeAt(personStart))) personStart++;
    if (OFFICE_LAST[text.charCodeAt(gap - 1)] !== 1) return null; // most lines with a blank: no office before it
    if (!isPerson(text, personStart, end)) return null;
    const unitEnd = unitOf(text.slice(0, gap));
    return unitEnd === null ? null : { unitEnd, personStart, personEnd: end };
  }
  for (const n of NAME_LENGTHS) {
    const cut = end - n;
    if (cut < MIN_UNIT + 2 || OFFICE_LAST[text.charCodeAt(cut - 1)] !== 1 || !HAN.test(text.slice(cut, end))) continue;
    const unitEnd = unitOf(text.slice(0, cut));
    if (unitEnd !== null) return { unitEnd, personStart: cut, personEnd: end };
  }
  return null;
}

/** The unit's length in `unit + offices`, or null when it does not end with an office. */
export function unitOf(text: string): number | null {
  let end = text.length;
  let offices = 0;
  for (;;) {
    const title = office(text.slice(0, end));
    if (title === undefined || end - title.length < MIN_UNIT) break;
    end -= title.length;
    offices++;
    for (let m = modifier(text.slice(0, end)); m !== undefined && end - m.length >= MIN_UNIT; m = modifier(text.slice(0, end))) end -= m.length;
    const j = joiner(text.slice(0, end));
    if (j !== undefined) end -= j.length;
  }
  if (offices === 0) return null;
  // Two units, each with its office: the first (`博鳌亚洲论坛咨委、全球健康论坛大会主席`).
  const list = text.indexOf('、');
  if (list > 0 && list < end) return unitOf(text.slice(0, list)) ?? list;
  return end >= MIN_UNIT ? end : null;
}

/**
 * Is text[start, end) a person: two to four Han characters (code units), blanks between them allowed
 * (`海  霞`)? Read code by code, with no slice; a surrogate pair is left to the HAN regex.
 */
function isPerson(text: string, start: number, end: number): boolean {
  let length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const person = text.slice(start, end).replace(BLANKS, '');
      return person.length >= 2 && person.length <= 4 && HAN.test(person);
    }
    if (isRegexBlank(c)) continue;
    if (!HAN_CHAR.has(c) || ++length > 4) return false;
  }
  return length >= 2;
}

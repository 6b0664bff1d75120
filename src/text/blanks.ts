/** The blanks of a regular expression's `\s`, for code that tests characters by code instead of by regex. */

/** The characters of a regex `\s` (the tests check it against the regex over the whole BMP), to build tables from. */
export const REGEX_BLANKS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const BLANK = new Uint8Array(0x10000);
for (const ch of REGEX_BLANKS) BLANK[ch.charCodeAt(0)] = 1;

/** Is the code unit a character of a regex `\s`? False for NaN (`charCodeAt` past the end). */
export const isRegexBlank = (c: number): boolean => BLANK[c] === 1;

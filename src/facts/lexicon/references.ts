/**
 * Numerals that name a point or a period of reference, not a quantity (SPEC.md §3), as data:
 * rankings and "the first N" (`前三位`, `前4天`), reference periods and relative times (`70年来`, `5年前`,
 * `这70年`), anniversaries (`建院70周年` … `走过的70年`), sessions (`十四届全国人大二次会议`) and the
 * indefinite `几` (`几十位`, `几百篇`).
 */

/** `前` right before the number ranks or looks back: `前三名`, `前10位`, `假期前六天`, `前4天累计接待`. */
export const RANK_PREFIX = '前';
/** …unless it ends one of these words: `提前3天` (a duration), `目前30人`, `当前`, `此前`, `之前`, `以前`. */
export const NOT_RANK_BEFORE = '提目当此之以空眼跟面超向';

/** After a duration, these make it a point of reference: `70年来`, `一年多来`, `5年前`, `3天后`. */
export const RELATIVE_AFTER = ['以来', '之前', '以前', '之后', '以后', '来', '前', '后'];
/** Before a duration, these make it a period of reference: `这70年`, `过去一年`. (`未来3至5年` is a span a plan reports.) */
export const REFERENCE_BEFORE = ['这', '那', '此', '过去'];

/** A numeral before these names an anniversary (`建院70周年`, `七十华诞`): the same N年 elsewhere is the same anniversary. */
export const ANNIVERSARY_WORDS = ['周年', '华诞'];

/** `N次`/`N届` before these names a session, not a count: `二次全会`, `三次全体会议`. */
export const SESSION_AFTER = ['全会', '全体会议'];
/** …and before these when `届` stands shortly before: `十四届全国人大二次会议`. (`召开3次会议` is a count.) */
export const SESSION_AFTER_TERM = ['会议', '大会'];
export const TERM = '届';
/** How far back (characters) the `届` of a session may stand: `十四届全国人大二次会议`. */
export const TERM_LOOK_BACK = 10;

/** `几` as the leading digit is indefinite (`几十位乡亲`, `几百篇`); after a numeral it is `over` (`十几位`). */
export const INDEFINITE_LEADING = '几';

/** A number right after `每` is the denominator of a rate, not a fact: `每万人拥有…`, `每千名老年人`, `每100户`. */
export const DENOMINATOR_PREFIX = '每';

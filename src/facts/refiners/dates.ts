/**
 * Dates and times are not facts: `9月2日`, `2022年`, `二〇二二年`, `12日6时`, `24日召开`.
 * `日` counts days only in a duration's words: `连续3日`, `3日内`; `年` counts years unless it is a year.
 */
import { charTable } from '../chars.js';
import type { Candidate, Region } from '../candidate.js';
import { filter, unitFirstCode } from '../refiner.js';

/** A year, or a range of years: `2022`, `二〇二二`, `2023—2024`. */
const YEAR = /^(?:(?:1[89]|2[01])\d\d|[〇零一二三四五六七八九]{4})(?:$|\D)/;
/** After `N年`: a month (`3月`, `三月`) or a season or holiday makes it a year. */
const MONTH_AFTER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/;
const SEASON_AFTER = /^(?:春节|元旦|春|夏|秋|冬|上半年|下半年|第|度|底|初|末|中)/;
/** Words that make `N日` a length of time. */
const DAY_DURATION_BEFORE = /(?:连续|持续|历时|为期|用时|长达|耗时|间隔|提前|延长|推迟|缩短|加快|仅用|每|近|共|累计|满|超过|不到)$/;
const DAY_DURATION_AFTER = /^(?:内|之内|以内|以上|左右|时间)/;
/** A time of day after the quantity: `12日6时`, `8:30`. */
const TIME_AFTER = /^(?:\d{1,2}[时点]|[:：]\d)/;
/** The characters TIME_AFTER can start with. */
const TIME_AFTER_INITIAL = charTable('0123456789:：');
const [NIAN, RI, CHU] = ['年', '日', '初'].map((ch) => ch.charCodeAt(0));

/** The (up to) four characters before the number. */
const before = (c: Candidate, region: Region): string => region.folded.slice(Math.max(region.start, c.numberStart - 4), c.numberStart);

export const dates = filter('date', (c, region) => {
  const { folded } = region;
  // (slices only for a unit starting with 年 or 日: most candidates are neither)
  const unitFirst = unitFirstCode(c, region);
  if (unitFirst === NIAN) {
    const number = folded.slice(c.numberStart, c.numberEnd);
    if (YEAR.test(number)) return `${number}年 is a year`;
    const after = folded.slice(c.end, c.end + 4);
    // `112年3月5日`, `民国112年`, `112年春节`: a year in any era.
    if (MONTH_AFTER.test(after) || before(c, region).endsWith('民国') || (c.value >= 100 && SEASON_AFTER.test(after))) return `${number}年 is a year`;
  }
  if (c.numberStart - 1 >= region.start && folded.charCodeAt(c.numberStart - 1) === CHU) return 'a day of the lunar month (初二)';
  if (unitFirst === RI) {
    const words = before(c, region);
    if (words.endsWith('月')) return 'a day of a month';
    const after = folded.slice(c.end, c.end + 3);
    if (!DAY_DURATION_BEFORE.test(words) && !DAY_DURATION_AFTER.test(after)) return `${folded.slice(c.numberStart, c.numberEnd)}日 names a day`;
  }
  if (TIME_AFTER_INITIAL[folded.charCodeAt(c.end)] === 1 && TIME_AFTER.test(folded.slice(c.end, c.end + 3))) return 'a time of day';
  return null;
});

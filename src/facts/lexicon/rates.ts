/** Rate and total words (SPEC.md §4), as data. Both distribute over a list that follows them. */
import type { Per } from '../../schema.js';

export const RATE_WORDS: ReadonlyArray<readonly [string, Per]> = [
  ['每日', 'day'], ['每天', 'day'], ['日均', 'day'], ['天天', 'day'], ['逐日', 'day'],
  ['每周', 'week'], ['周均', 'week'],
  ['每月', 'month'], ['月均', 'month'],
  ['每年', 'year'], ['年均', 'year'],
];

/** `共计150余人`, `先后共查验车辆5000余辆`, `累计拨付`. */
export const TOTAL_WORDS = ['先后共', '共计', '共有', '一共', '总共', '累计', '总计', '合计', '共'];

/** `共` starts these words, where it is not a total: `共产党员`, `共同`, `共克时艰`. */
export const NOT_TOTAL_AFTER_GONG = '产同享建治克渡识赢商担筑青和性鸣振济事存用通谋进话助襄创抗';
/** …nor after these: `公共`, `中共`, `一共` is a total itself. */
export const NOT_TOTAL_BEFORE_GONG = '公中总';

/**
 * Ranges: `1到3人`, `5至10名`, `15-28人`, `15～28人`, `3至5万元` (the multiplier of the high end applies to
 * both), `3至5个百分点`, and with the unit said twice: `8%—10%`, `3天至5天`.
 */
import { NUMERAL_RUN } from '../../numbers/numerals.js';
import { charTable } from '../chars.js';
import { REGEX_BLANKS } from '../../text/blanks.js';
import { unitAt } from '../units-at.js';
import { candidate, skipBlank, type Rule } from '../rule.js';
import { MULTIPLIER_END, PERCENT_SIGN, percentSignAt, readNumber, signBefore } from './number-text.js';
import { UNITS, type UnitInfo } from '../../numbers/units.js';

/** `到`, `至`, `-`, `~`, `—`, `－`, `～` (folded: ASCII where there is one); a blank may pad it, a paragraph break may not. */
const DASH = /[^\S\n]?(?:到|至|-|~|—|–)[^\S\n]?/y;
/** The characters DASH can start with (`/[^\S\n]|[到至\-~—–]/`): after most numbers there is none, and no regex runs. */
export const DASH_INITIAL = charTable(`${REGEX_BLANKS.replace('\n', '')}到至-~—–`);

/** DASH matched at `at`, or null. */
function dashAt(folded: string, at: number): RegExpExecArray | null {
  if (DASH_INITIAL[folded.charCodeAt(at)] !== 1) return null;
  DASH.lastIndex = at;
  return DASH.exec(folded);
}
const SECOND = new RegExp(NUMERAL_RUN.source, 'uy');
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The longest unit unitWordAt can find: a measure word, or a percent sign (PERCENT_SIGN is a plain alternation). */
const LONGEST_UNIT = Math.max(...Object.keys(UNITS).map((w) => w.length), ...PERCENT_SIGN.source.split('|').map((w) => w.length));
/** A range's percent sign as a unit (`8%—10%`). */
const PERCENT: UnitInfo = { category: 'percent', unit: '%', factor: 1, signed: false, signOnly: false };

/** Can a dash start anywhere in [from, to]? */
function dashInitialWithin(folded: string, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (DASH_INITIAL[folded.charCodeAt(i)] === 1) return true;
  return false;
}

/** The length of a sign written at `at` (0: none): `-1℃`, `零下1℃`. */
function signAfter(folded: string, at: number): number {
  const code = folded.charCodeAt(at);
  if (code === MINUS || code === TRUE_MINUS) return ISARABIC(folded.charCodeAt(at + 1)) ? 1 : 0;
  return folded.startsWith(BELOW_ZERO, at) ? BELOW_ZERO.length : 0;
}
const MINUS = '-'.charCodeAt(0);
const TRUE_MINUS = '−'.charCodeAt(0);
const BELOW_ZERO = '零下';
const ISARABIC = (code: number): boolean => code >= 48 && code <= 57;

/** The unit written right at `at` (a percent sign or a measure word), or null. */
function unitWordAt(folded: string, at: number): string | null {
  return percentSignAt(folded, at) ?? unitAt(folded, at)?.word ?? null;
}

export const rangeRule: Rule = {
  name: 'range',
  extract({ region }, run) {
    const { folded } = region;
    let dash = dashAt(folded, run.end);
    // `8%—10%`, `3天至5天`: the low end may repeat the unit before the dash (looked for only without a dash,
    // and only where a dash can start right after a unit: after most numbers none does).
    let repeated: string | null = null;
    if (!dash && dashInitialWithin(folded, run.end + 1, run.end + LONGEST_UNIT)) {
      repeated = unitWordAt(folded, run.end);
      if (repeated) dash = dashAt(folded, run.end + repeated.length);
    }
    if (!dash) return null;
    // `-5℃至-1℃`, `零下5℃至零下1℃`: the high end may have a sign of its own (kept only for a signed unit).
    const afterDash = dash.index + dash[0].length;
    const highSign = signAfter(folded, afterDash);
    SECOND.lastIndex = afterDash + highSign;
    const second = SECOND.exec(folded);
    if (!second) return null;
    const secondEnd = second.index + second[0].length;
    const low = readNumber(folded, run.start, run.end);
    const high = readNumber(folded, second.index, secondEnd);
    const unitStart = skipBlank(folded, secondEnd);
    const percent = percentSignAt(folded, unitStart);
    const unit = percent ? { word: percent, info: PERCENT } : unitAt(folded, unitStart);
    if (!low || !high || !unit) return null;
    if (dash.index > run.end && repeated !== unit.word) return null; // `5%至10人` is not a range
    const { signed } = unit.info;
    if (highSign > 0 && !signed) return null;
    // `-3.5℃至2℃`: below zero at the low end.
    const lowSign = signed ? signBefore(folded, low.start, region.start) : 0;
    if (unit.info.signOnly && lowSign === 0 && highSign === 0) return null;
    let lowValue = lowSign > 0 ? -low.value : low.value;
    const highValue = highSign > 0 ? -(high.max ?? high.value) : high.max ?? high.value;
    const multiplier = MULTIPLIER_END.exec(second[0])?.[0];
    if (multiplier && !MULTIPLIER_END.test(folded.slice(run.start, run.end)) && lowValue * (MULTIPLIERS[multiplier] as number) <= highValue) {
      lowValue *= MULTIPLIERS[multiplier] as number;
    }
    if (!(lowValue < highValue)) return null; // `9-8` is not a range of anything
    return candidate({
      rule: 'range',
      start: low.start - lowSign,
      end: unitStart + unit.word.length,
      numberStart: low.start - lowSign,
      numberEnd: secondEnd,
      unitStart,
      category: unit.info.category,
      value: lowValue * unit.info.factor,
      max: highValue * unit.info.factor,
      unit: unit.info.unit,
      qualifier: 'exact',
    });
  },
};

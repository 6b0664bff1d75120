/**
 * Ranges: `1到3人`, `5至10名`, `15-28人`, `15～28人`, `3至5万元` (the multiplier of the high end applies to
 * both), `3至5个百分点`, and with the unit said twice: `8%—10%`, `3天至5天`.
 */
import { NUMERAL_RUN } from '../../numbers/numerals.js';
import { charTable } from '../chars.js';
import { REGEX_BLANKS } from '../../text/blanks.js';
import { unitAt } from '../units-at.js';
import { candidate, skipBlank, type Rule } from '../rule.js';
import { MULTIPLIER_END, PERCENT_SIGN, percentSignAt, readNumber } from './number-text.js';
import { UNITS } from '../../numbers/units.js';

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

/** Can a dash start anywhere in [from, to]? */
function dashInitialWithin(folded: string, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (DASH_INITIAL[folded.charCodeAt(i)] === 1) return true;
  return false;
}

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
    SECOND.lastIndex = dash.index + dash[0].length;
    const second = SECOND.exec(folded);
    if (!second) return null;
    const secondEnd = second.index + second[0].length;
    const low = readNumber(folded, run.start, run.end);
    const high = readNumber(folded, second.index, secondEnd);
    const unitStart = skipBlank(folded, secondEnd);
    const percent = percentSignAt(folded, unitStart);
    const unit = percent ? { word: percent, info: { category: 'percent' as const, unit: '%', factor: 1 } } : unitAt(folded, unitStart);
    if (!low || !high || !unit) return null;
    if (dash.index > run.end && repeated !== unit.word) return null; // `5%至10人` is not a range
    let lowValue = low.value;
    const highValue = high.max ?? high.value;
    const multiplier = MULTIPLIER_END.exec(second[0])?.[0];
    if (multiplier && !MULTIPLIER_END.test(folded.slice(run.start, run.end)) && lowValue * (MULTIPLIERS[multiplier] as number) <= highValue) {
      lowValue *= MULTIPLIERS[multiplier] as number;
    }
    if (!(lowValue < highValue)) return null; // `9-8` is not a range of anything
    return candidate({
      rule: 'range',
      start: low.start,
      end: unitStart + unit.word.length,
      numberStart: low.start,
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

/**
 * Character tables for `numerals.ts`, kept as data: adding a variant spelling is a one-line change here.
 * Every variant folds to one canonical (Simplified, half-width) character before parsing.
 */

/** Variant → canonical character: financial (大写), Traditional and full-width forms. */
export const FOLD: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 貳: '二', 弍: '二', 叁: '三', 叄: '三', 參: '三', 弎: '三', 肆: '四',
  伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九',
  兩: '两', 倆: '两', 俩: '两',
  '○': '〇', // U+25CB WHITE CIRCLE, often typed for 〇 in years: `二○二二`
  拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿',
  點: '点', 負: '负', 個: '个', 餘: '余', 幾: '几', 數: '数',
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
  '．': '.', '，': ',', '％': '%', '－': '-', '−': '-', '＋': '+', '／': '/', 'Ｋ': 'k', 'ｋ': 'k', 'Ｅ': 'e', 'ｅ': 'e',
};

/** Characters that stand for two: `廿五` = 二十五, `卅` = 三十. */
export const EXPANSIONS: Readonly<Record<string, string>> = { 廿: '二十', 卅: '三十', 卌: '四十' };

/** Canonical digits. 零 and 〇 are both digit 0 (`二〇二二`) and the zero filler (`三千零五`, `一千〇五`). */
export const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Units inside a four-digit section, as powers of ten: `三千五百`. */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

/**
 * Section units, as powers of ten: `五亿一万`. 兆 is 10^12 as in Recognizers-Text (`五兆六十二亿`);
 * it is left out of NUMERAL_RUN because in running text `兆瓦`, `兆帕` mean mega-.
 */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 兆: 12 };

/** `半百` = 50, `三成半` = 35%. Only before a unit or after 成. */
export const HALF = '半';
/** Chinese decimal point: `三点五`. */
export const POINT = '点';
/** Leading signs: `负三`, `-3`. */
export const SIGNS: Readonly<Record<string, number>> = { '-': -1, '+': 1, 负: -1 };

/** Percent written before the number, and its power of ten: `百分之三十` = 30 %, `千分之一` = 0.1 %. */
export const PERCENT_PREFIXES: ReadonlyArray<readonly [string, number]> = [['百分之', 0], ['千分之', -1], ['万分之', -2]];
/** Percent written after the number, longest first: `30%`, `六个百分点`. */
export const PERCENT_SUFFIXES: readonly string[] = ['个百分点', '百分点', '%'];
/** Whole words that are percentages: `对折` (half price) = 50 %. */
export const PERCENT_WORDS: Readonly<Record<string, number>> = { 对折: 50, 對折: 50, 半折: 50 };
/** Tenths: `九成` = 90 %, `七成六` = 76 %. */
export const TENTHS = '成';
/** Price as a percentage: `九折` = 90 %, `七五折` = 75 %. */
export const DISCOUNT = '折';
/** Dozens: `五十打` = 600. */
export const DOZEN = '打';
/** Fractions: `三分之一`, mixed `三百五又三分之一`. */
export const FRACTION = '分之';
export const MIXED = '又';

/** Vague-quantity marks (canonical forms). */
export const OVER_MARKS: readonly string[] = ['余', '多']; // `百余`, `70多`, `二百三十余万`
export const SOME_DIGIT = '几'; // `十几` = 11..19, `几十` = 20..90
export const SOME_PREFIXES: readonly string[] = ['几', '数']; // `数十` = 20..90
export const NEARLY_PREFIX = '近'; // `近百`
export const OVER_PREFIX = '上'; // `上百`, `上千` (only glued to a unit)

/** Character classes (regex source, unfolded text) for NUMERAL_RUN. */
export const RUN_CLASSES = {
  arabic: '0-9０-９',
  chineseDigits: '〇○零一二两兩俩倆三四五六七八九壹贰貳弍叁叄參弎肆伍陆陸柒捌玖',
  chineseUnits: '十拾百佰千仟万萬亿億廿卅',
  point: '点點',
  vague: '余餘多几幾',
  over: '余餘多',
  /** Blanks that PDF and web copies put inside a number (space, no-break, thin and narrow no-break space). */
  blank: ' \u00a0\u2009\u202f',
  somePrefix: '几幾数數',
} as const;

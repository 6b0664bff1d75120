/**
 * Bylines and credits, so they never leak into the lead or a department's text:
 *   `本报济宁讯（记者 刘菲 曹俐 胡碧源）…`  `新华社北京9月2日电（记者 X）…`  `（记者 X 通讯员 Y 报道）…`
 *   a closing `（记者 王五）`, and trailing `来源：…` / `编辑：…` lines.
 * Everything here reads folded text (full-width brackets and colons are ASCII).
 */
import type { Byline } from '../schema.js';

/** `本报济宁讯`, `新华社北京9月2日电`, `本报讯` — outlet, place, optional date, 讯/电. */
const DATELINE =
  /^(?<outlet>本报|本刊|本台|本网|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|[\p{Script=Han}]{2,6}(?:日报|晚报|新闻网|报|网))(?<place>[\p{Script=Han}]{0,8}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|电)\s*/du;
/** `（记者 刘菲 曹俐）`, `(记者X 通讯员Y 报道)` right after the dateline or alone. */
const CREDITS = /^\(\s*(?<credits>(?:记者|通讯员|实习生|见习记者|特约记者|融媒体记者|本报记者|首席记者)[^()\n]{1,60}?)\s*\)\s*/d;
/** A credit line of its own, without brackets, under a headline: `记者 王五 通讯员 赵六`, `本报记者 张三 李四`. */
const CREDIT_LINE =
  /^(?<credits>(?:本报记者|融媒体记者|首席记者|见习记者|特约记者|实习生|通讯员|记者)\s*[\p{Script=Han}·]{2,5}(?:[\s、,]+(?:(?:本报记者|融媒体记者|首席记者|见习记者|特约记者|实习生|通讯员|记者)\s*)?[\p{Script=Han}·]{2,5})*)\s*$/du;
/** A closing credit at the end of a paragraph: `…。（记者 王五）`. */
const CLOSING_CREDITS = /\(\s*(?<credits>(?:记者|通讯员|实习生|见习记者|特约记者|融媒体记者|本报记者)[^()\n]{1,60}?)\s*\)\s*$/d;
/** Role words between names. */
const ROLES = /^(?:本报记者|融媒体记者|首席记者|见习记者|特约记者|实习生|通讯员|记者|报道|摄影|摄|文\/图|文图|图)/;
/** Trailing metadata lines: `来源：济宁日报`, `编辑：赵六`, `责任编辑：…`, `发布时间：2023年6月27日`. */
export const META_LINE = /^(?:来源|编辑|责任编辑|责编|审核|审校|校对|监制|制作|作者|供稿|图片|统筹|发布时间|发布日期|更新时间|原标题|初审|复审|终审)\s*[:：]/;

export interface LeadingByline {
  byline: Byline;
  /** Characters of the paragraph it takes up. */
  length: number;
}

/**
 * The byline at the start of a paragraph. Matching reads the folded text; names are cut from the
 * original (same offsets), so a Traditional byline keeps its own characters.
 */
export function leadingByline(folded: string, original: string): LeadingByline | null {
  const dateline = DATELINE.exec(folded);
  const afterDateline = dateline ? dateline[0].length : 0;
  const credits = CREDITS.exec(folded.slice(afterDateline)) ?? (dateline ? null : CREDIT_LINE.exec(folded));
  if (!dateline && !credits) return null;
  const cut = (range: [number, number] | undefined, shift = 0) => (range && range[1] > range[0] ? original.slice(range[0] + shift, range[1] + shift) : null);
  const creditsRange = credits?.indices?.groups?.credits;
  // `本报记者 王海燕`: a staff reporter names the outlet too.
  const staff = creditsRange && folded.startsWith('本报记者', creditsRange[0] + afterDateline) ? creditsRange[0] + afterDateline : -1;
  return {
    byline: {
      outlet: cut(dateline?.indices?.groups?.outlet) ?? (staff >= 0 ? original.slice(staff, staff + 2) : null),
      place: cut(dateline?.indices?.groups?.place),
      reporters: creditsRange ? names(folded, original, creditsRange[0] + afterDateline, creditsRange[1] + afterDateline) : [],
    },
    length: afterDateline + (credits ? credits[0].length : 0),
  };
}

export function closingCredits(folded: string, original: string): { reporters: string[]; start: number } | null {
  const m = CLOSING_CREDITS.exec(folded);
  const range = m?.indices?.groups?.credits;
  return m && range ? { reporters: names(folded, original, range[0], range[1]), start: m.index } : null;
}

const NAME_SEPARATOR = /[\s、，,/]+/g;

/** `记者 刘菲 曹俐 通讯员 李四 报道` → [刘菲, 曹俐, 李四], cut from the original text. */
function names(folded: string, original: string, start: number, end: number): string[] {
  const out: string[] = [];
  const credits = folded.slice(start, end);
  let at = 0;
  for (const sep of [...credits.matchAll(NAME_SEPARATOR), { index: credits.length, 0: '' }]) {
    let from = at;
    const to = sep.index as number;
    at = to + sep[0].length;
    let role: RegExpExecArray | null;
    while (from < to && (role = ROLES.exec(credits.slice(from, to)))) from += role[0].length;
    const stop = credits.slice(from, to).endsWith('报道') ? to - 2 : to;
    if (stop > from) out.push(original.slice(start + from, start + stop));
  }
  return out;
}

/** Is this folded line the start of a byline? (It then cannot be part of a headline.) */
export const isBylineLine = (line: string): boolean =>
  DATELINE.test(line) || CREDITS.test(line) || CREDIT_LINE.test(line) || META_LINE.test(line);

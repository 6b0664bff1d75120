/**
 * A web page's DOM → paragraphs of layout text, and the page furniture left out of them. Walks are
 * iterative (an explicit stack), so 100,000 nested divs cost no call stack.
 */
import type { DomDocument, DomElement, DomNode } from './dom.js';

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR TD TH CAPTION DL DT DD FIGURE FIGCAPTION CENTER ADDRESS HR HEADER FOOTER NAV ASIDE FORM FIELDSET LEGEND DETAILS SUMMARY'.split(' '),
);
const BOLD = new Set(['STRONG', 'B']);
/** Letters that read together: a line break between two of them in the markup is no space. */
const CJK = '\u2e80-\u9fff\u3000-\u303f\uff00-\uffef';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\r]*\\n[\\s]*(?=[${CJK}])`, 'g');
/** Blanks at a paragraph's ends: spaces, no-break spaces, ideographic spaces (`　　` indents). */
const EDGE_BLANKS = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

/**
 * The paragraphs of `root` in reading order: each block element a paragraph; a data table (one with
 * no table inside) one paragraph whose rows are lines, its cells apart by a TAB; `<br>` a line break;
 * a bold run opening a paragraph and short enough to be a heading (`<strong>区财政局</strong>…`) a line of its own.
 */
export function blockText(root: DomElement): string[] {
  const paragraphs: string[] = [];
  let current = '';
  /** Whether `current` holds more than blanks (kept as a flag: testing the string each time would be quadratic). */
  let hasText = false;
  let table: { rows: string[]; cells: string[] | null } | null = null;
  let tableRoot: DomElement | null = null;
  const headingRuns = new Set<DomElement>();
  const flush = (): void => {
    const text = tidy(current);
    current = '';
    hasText = false;
    if (text === '') return;
    if (table?.cells) table.cells.push(text);
    else if (table) table.rows.push(text);
    else paragraphs.push(text);
  };
  // [node, entering?]
  const stack: Array<[DomNode, boolean]> = [[root, true]];
  while (stack.length > 0) {
    const [node, entering] = stack.pop() as [DomNode, boolean];
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += value;
      if (!hasText && NOT_BLANK.test(value)) hasText = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (entering) {
      if (tag === 'BR') {
        current += '\n';
        continue;
      }
      if (tag === 'TABLE' && table === null && el.querySelector('table') === null) {
        flush();
        table = { rows: [], cells: null };
        tableRoot = el;
      } else if (table && tag === 'TR') table.cells = [];
      else if (table && (tag === 'TD' || tag === 'TH')) flush();
      else if (BLOCKS.has(tag)) flush();
      else if (BOLD.has(tag) && !hasText && table === null && isHeadingRun(el)) {
        flush();
        headingRuns.add(el);
      }
      stack.push([el, false]);
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, true]);
      continue;
    }
    if (table && el === tableRoot) {
      flush();
      if (table.rows.length > 0) paragraphs.push(table.rows.join('\n'));
      table = null;
      tableRoot = null;
    } else if (table && tag === 'TR') {
      flush();
      const cells = table.cells ?? [];
      table.cells = null;
      if (cells.length > 0) table.rows.push(cells.join('\t'));
    } else if (table && (tag === 'TD' || tag === 'TH')) flush();
    else if (BLOCKS.has(tag) || headingRuns.delete(el)) flush();
  }
  flush();
  return paragraphs;
}

const NOT_BLANK = /[^\s\u00a0\u3000]/;

/** A bold run that opens its paragraph and reads like a heading: short, some text after it, no closing punctuation. */
function isHeadingRun(el: DomElement): boolean {
  const own = textUpTo(el, MAX_HEADING_RUN + 10);
  if (own === null) return false;
  const text = tidy(own);
  if (text.length < 2 || text.length > MAX_HEADING_RUN || /[，。；,;！？：:]$/.test(text)) return false;
  // The first character after the run, in its following siblings: there must be one, and not a colon
  // (`区财政局：…` stays run-in: the segmenter reads that style itself).
  for (let sibling = el.nextSibling; sibling; sibling = sibling.nextSibling) {
    const next = firstCharacter(sibling);
    if (next !== null) return next !== '：' && next !== ':';
  }
  return false;
}
const MAX_HEADING_RUN = 20;

/** The text of `node`, or null when it is longer than `limit` (found without building more than that). */
function textUpTo(node: DomNode, limit: number): string | null {
  let text = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (n.nodeType === 3) {
      text += n.nodeValue ?? '';
      if (text.length > limit) return null;
    } else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return text;
}

/** The first character of `node`'s text that is not blank, or null. */
function firstCharacter(node: DomNode): string | null {
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (n.nodeType === 3) {
      const m = NOT_BLANK.exec(n.nodeValue ?? '');
      if (m) return m[0];
    } else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return null;
}

function tidy(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, '').replace(/[ \t\r\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(EDGE_BLANKS, '');
}

/** Page furniture by its element or its class/id: navigation, breadcrumbs, share bars, related reading, footers. */
const NOISE_ELEMENTS = 'nav, header, footer, aside, form';
const NOISE_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|weizhi|dqwz|share|bdshare|social|related|xgyd|xgwz|xgxw|recommend|footer|foot|copyright|banquan|toolbar|tools|print|qrcode|ewm|sidebar|side|pagination|pager|login|search)(?:$|[\s_\d-])/i;

/**
 * Removes page furniture before the article is looked for. An element matched by its class or id is
 * removed only if it holds under a third of the page's text, so a container named `main-position` stays.
 */
export function pruneNoise(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const lengths = textLengths(body);
  const total = lengths.get(body) ?? 0;
  const small = (el: DomElement): boolean => (lengths.get(el) ?? 0) < total / 3;
  for (const el of document.querySelectorAll(NOISE_ELEMENTS)) if (small(el)) el.remove();
  for (const el of document.querySelectorAll('[class], [id]')) {
    if (!el.isConnected) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NOISE_NAMES.test(names) && small(el)) el.remove();
  }
}

/** The text length of every element below `root`, in one pass (textContent per element would be quadratic in the depth). */
function textLengths(root: DomElement): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const stack: Array<[DomNode, boolean]> = [[root, true]];
  const sums: number[] = [0];
  while (stack.length > 0) {
    const [node, entering] = stack.pop() as [DomNode, boolean];
    if (node.nodeType === 3) {
      sums[sums.length - 1]! += (node.nodeValue ?? '').length;
    } else if (entering) {
      stack.push([node, false]);
      sums.push(0);
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, true]);
    } else {
      const length = sums.pop() as number;
      lengths.set(node, length);
      sums[sums.length - 1]! += length;
    }
  }
  return lengths;
}

/**
 * Paragraphs of page metadata and furniture that sit inside the article container.
 * @example '发布时间：2022-09-10 浏览次数：1024' '来源：济宁日报' '【字体：大 中 小】' '当前位置：首页 > 新闻'
 */
const METADATA = /^[【[]?\s*(?:发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|审核|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击率|访问量|访问次数|字号|字体|打印|关闭|分享到|分享|索引号|发布机构|发文机关|主题分类|文号|所属机构|当前位置|您现在的位置|你现在的位置|您的位置)\s*[:：】\]]/;
/** @example '网站标识码：3708000001 鲁ICP备12345678号' '联系电话：0537-2345678' */
const FOOTER = /备案号|ICP备|ICP证|公网安备|网站标识码|版权所有|主办单位|承办单位|技术支持|联系电话|联系我们|网站地图|Copyright|©/i;
/** The start of a list of links to other pages, which runs to the article's end. @example '相关阅读' */
const RELATED = /^[【[]?\s*(?:相关阅读|相关链接|相关新闻|相关文章|相关文件|相关稿件|推荐阅读|延伸阅读|热点推荐|热门文章|上一篇|下一篇)/;
/** Lines made of nothing but page controls. @example '【打印本页】【关闭窗口】' */
const CONTROLS = /^(?:\s*[【[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享|字体|大|中|小|默认)[】\]]?\s*)+$/;
/** Metadata and footer lines are short; a paragraph of the article that mentions 来源 is not. */
const MAX_FURNITURE_LENGTH = 160;

export function dropNoise(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (RELATED.test(p) && p.length < MAX_FURNITURE_LENGTH) break;
    if (p.length < MAX_FURNITURE_LENGTH && (METADATA.test(p) || FOOTER.test(p) || CONTROLS.test(p))) continue;
    kept.push(p);
  }
  return kept;
}

/**
 * `<title>` without the site name: the part before ` | `, ` _ `, ` - ` or `——`.
 * @example cleanTitle('宜春市2022年统计公报 | 中国宜春') // '宜春市2022年统计公报'
 */
export function cleanTitle(title: string): string | null {
  const first = title.replace(/\s+/g, ' ').split(/\s+[|_\-–—]\s+|\s*[|｜]\s*|\s*——\s*|\s*_\s*/)[0]?.trim() ?? '';
  return first === '' ? null : first;
}

/** Elements whose content is never text. */
const NOT_TEXT = /<(script|style|noscript|template|svg|head|select|textarea)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG = /<\/?(?:p|div|section|article|main|h[1-6]|ul|ol|li|blockquote|pre|table|tr|td|th|br|dl|dt|dd|hr|header|footer|nav|aside|form|center)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·', hellip: '…', mdash: '—' };

/**
 * A page's text without a DOM, by linear passes over the markup (for pages too deep to parse): no
 * script or style, a paragraph per block element, tags dropped, common entities decoded.
 */
export function plainText(html: string): string[] {
  const text = html
    .replace(NOT_TEXT, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
      if (!Number.isNaN(code)) return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      return ENTITIES[(name ?? '').toLowerCase()] ?? all;
    });
  return text.split(/\n\s*\n/).map(tidy).filter((p) => p !== '');
}

/**
 * A saved web page → layout text of its main content. The charset comes from a BOM, `<meta charset>` or
 * the http-equiv header (GB2312/GBK read as GB18030), checked against the bytes; the page is parsed by
 * linkedom (scripts never run) and its article found by @mozilla/readability, the library behind
 * Firefox's Reader View. Navigation, breadcrumbs, page metadata, share bars, related-reading lists and
 * the footer are left out, so none of their numbers becomes a fact. The title is the article's h1, else
 * `<title>` without the site name.
 */
import { WarningCode } from '../errors.js';
import type { Warning } from '../schema.js';
import { decode, type Encoding } from '../text/decode.js';
import type { ReadDocument } from './index.js';
import type { DomDocument, DomElement, DomNode } from './dom.js';
import { load } from './load.js';
import { blockText, cleanTitle, dropNoise, plainText, pruneNoise } from './html-text.js';

type Readability = new (document: DomDocument, options: object) => { parse(): { content: unknown } | null };
type ParseHTML = (html: string) => { document: DomDocument };

/** Deeper nesting than this is no real page (they stay under a hundred): it is read without a DOM. */
const MAX_DEPTH = 2000;

/**
 * How deep elements nest and how many there are, by a linear scan of the tags (for the depth, elements
 * whose end tag may be left out are not counted).
 */
function shape(html: string): { depth: number; elements: number } {
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[1] !== '/') elements++;
    const name = (m[2] as string).toLowerCase();
    if (m[3] === '/' || VOID_OR_OPTIONAL.has(name)) continue;
    depth += m[1] === '/' ? -1 : 1;
    if (depth > max && (max = depth) > MAX_DEPTH) break;
  }
  return { depth: max, elements };
}
const VOID_OR_OPTIONAL = new Set('area base br col embed hr img input link meta source track wbr p li dt dd tr td th option thead tbody tfoot colgroup caption rt rp optgroup'.split(' '));

/** More elements than this and Readability is not tried (its scoring is quadratic in the worst case): the body's text is read as it is. */
const MAX_ELEMENTS = 50_000;

export async function readHtml(bytes: Uint8Array, options: { encoding?: Encoding }): Promise<ReadDocument> {
  const { text: html, encoding, warnings } = decodePage(bytes, options.encoding);
  const { depth, elements } = shape(html);
  if (depth > MAX_DEPTH) {
    // linkedom builds a deep tree in time that grows with the square of its depth (40,000 levels: 0.65 s)
    warnings.push({ code: WarningCode.MAIN_CONTENT_GUESSED, message: `elements nested over ${MAX_DEPTH} deep: the page was read as plain text, less navigation and footer` });
    const text = dropNoise(plainText(html)).join('\n\n');
    return { format: 'html', text: text === '' ? '' : `${text}\n`, encoding, pageStarts: null, warnings };
  }
  const { parseHTML } = load<{ parseHTML: ParseHTML }>('linkedom');
  // (linkedom leaves a fragment without <html> outside the body: given a page around it, it is the body)
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed, svg, canvas, select, button, input, textarea')) el.remove();
  const title = articleTitle(document);
  pruneNoise(document);
  const article = mainContent(document, depth, elements, warnings);
  let lines = dropNoise(blockText(article));
  if (title !== null && lines[0]?.replace(/\s+/g, '') === title.replace(/\s+/g, '')) lines = lines.slice(1);
  const text = [...(title === null ? [] : [title]), ...lines].join('\n\n');
  return { format: 'html', text: text === '' ? '' : `${text}\n`, encoding, pageStarts: null, warnings };
}

/**
 * Readability's work grows with the text times the nesting depth (it measures each candidate's
 * ancestors' text, and tries up to five times): a real page (depth 20-40, 100 KB of text) is some 4
 * million; past this budget the page is read whole, less its furniture. (Depth 400 over 40 KB of text
 * took Readability 4 s.)
 */
const MAX_READABILITY_WORK = 20_000_000;

/** The article's element: Readability's pick, or the body when it finds none (or the page is too large to score). */
function mainContent(document: DomDocument, depth: number, elements: number, warnings: Warning[]): DomElement {
  const body = document.body ?? document.documentElement;
  const work = depth * (body.textContent ?? '').length;
  if (elements <= MAX_ELEMENTS && work <= MAX_READABILITY_WORK) {
    const { Readability } = load<{ Readability: Readability }>('@mozilla/readability');
    // (a clone: Readability rewrites the tree it reads)
    const found = new Readability(document.cloneNode(true) as DomDocument, { charThreshold: 20, serializer: (el: DomNode) => el }).parse();
    if (found?.content) return found.content as unknown as DomElement;
  }
  warnings.push({ code: WarningCode.MAIN_CONTENT_GUESSED, message: 'no article found on the page: its whole text was read, less navigation and footer' });
  return body;
}

/** The h1 of the article (the first h1 with text outside a header or nav), else `<title>` without the site name. */
function articleTitle(document: DomDocument): string | null {
  for (const h1 of document.querySelectorAll('h1')) {
    if (h1.closest('header, nav, footer, [class*="logo"], [id*="logo"]')) continue;
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 4) return text;
  }
  const meta = document.querySelector('meta[name="ArticleTitle"], meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (meta) return meta;
  return cleanTitle(document.title ?? '');
}

/** Encodings a page may declare, as read here: GB2312 and GBK are subsets of GB18030. */
const CHARSETS: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', cp936: 'gb18030',
  'euc-cn': 'gb18030', hz: 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};
/** `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, in the first 4 KB. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*(?<charset>[\w-]+)/i;

/**
 * The page's text. A BOM wins; then the declared charset, unless the bytes contradict it (a page that
 * says gb2312 but is UTF-8, or says utf-8 but is not): then the bytes decide, with a warning.
 */
function decodePage(bytes: Uint8Array, forced: Encoding | undefined): { text: string; encoding: Encoding; warnings: Warning[] } {
  if (forced) return decode(bytes, forced);
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decode(bytes);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.groups?.charset?.toLowerCase();
  const encoding = declared === undefined ? undefined : CHARSETS[declared];
  if (encoding === undefined) return decode(bytes); // none, or one we do not know: detected like a text file
  const decoded = decode(bytes, encoding);
  if (!decoded.warnings.some((w) => w.code === WarningCode.INVALID_BYTES)) return decoded;
  const detected = decode(bytes);
  if (detected.encoding === encoding) return decoded;
  const warning = { code: WarningCode.CHARSET_MISDECLARED, message: `the page declares charset ${declared} but its bytes are not; read as ${detected.encoding}` };
  return { text: detected.text, encoding: detected.encoding, warnings: [warning, ...detected.warnings.filter((w) => w.code !== WarningCode.ENCODING_GUESSED)] };
}

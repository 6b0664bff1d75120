/**
 * A Word .docx → layout text: paragraphs of word/document.xml in order, a table as one paragraph whose
 * rows are lines (cells apart by a TAB). A paragraph opening with a bold run short enough to be a heading
 * has that run on a line of its own (heading styles and bold paragraphs are their own paragraphs anyway).
 * The ZIP's central directory is read first: an archive that would inflate past `maxBytes` is refused
 * before anything is inflated (a zip bomb), and only document.xml and styles.xml are inflated.
 */
import { ReportError } from '../errors.js';
import type { ReadDocument } from './index.js';
import { load } from './load.js';
import { splitHeadingRun, type Run } from './runs.js';

type Fflate = typeof import('fflate');
type Saxes = typeof import('saxes');
type Tag = { name: string; attributes: Record<string, string | { value: string }> };

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';

export async function readDocx(bytes: Uint8Array, options: { maxBytes: number }): Promise<ReadDocument> {
  const parts = unzipParts(bytes, options.maxBytes);
  const styles = parts[STYLES] ? headingStyles(xmlText(parts[STYLES])) : new Set<string>();
  const text = documentText(xmlText(parts[DOCUMENT] as Uint8Array), styles);
  return { format: 'docx', text, encoding: 'unicode', pageStarts: null, warnings: [] };
}

/** document.xml and styles.xml, after the central directory's sizes were checked against `maxBytes`. */
function unzipParts(bytes: Uint8Array, maxBytes: number): Record<string, Uint8Array> {
  const { unzipSync } = load<Fflate>('fflate');
  let total = 0;
  let hasDocument = false;
  try {
    // First pass: the central directory only (the filter sees each entry's declared size; nothing is inflated).
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.name === DOCUMENT) hasDocument = true;
        return false;
      },
    });
  } catch (error) {
    throw new ReportError('DAMAGED', `damaged ZIP / Word file (${messageOf(error)})`);
  }
  if (total > maxBytes) {
    throw new ReportError('TOO_LARGE', `too large: a ZIP that would inflate to ${total} bytes, over the limit of ${maxBytes} bytes (see --max-bytes); nothing was inflated`, { bytes: total, maxBytes });
  }
  if (!hasDocument) throw new ReportError('DAMAGED', `a ZIP archive without ${DOCUMENT}: not a Word document`);
  try {
    // (fflate inflates each part into a buffer of its declared size: a part that lies about its size cannot grow past it)
    return unzipSync(bytes, { filter: (file) => file.name === DOCUMENT || file.name === STYLES });
  } catch (error) {
    throw new ReportError('DAMAGED', `damaged Word file (${messageOf(error)})`);
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function xmlText(bytes: Uint8Array): string {
  return new TextDecoder(bytes[0] === 0xff || bytes[0] === 0xfe ? 'utf-16le' : 'utf-8').decode(bytes);
}

/** Style ids whose name says heading or title (`Heading 1`, `标题 1`, `Title`), or that set an outline level. */
function headingStyles(xml: string): Set<string> {
  const ids = new Set<string>();
  let id: string | null = null;
  parse(xml, {
    open(tag) {
      if (tag.name === 'w:style') id = attr(tag, 'w:styleId');
      else if (id !== null && tag.name === 'w:name' && /^(?:heading|标题|title)/i.test(attr(tag, 'w:val') ?? '')) ids.add(id);
      else if (id !== null && tag.name === 'w:outlineLvl') ids.add(id);
    },
    close(name) {
      if (name === 'w:style') id = null;
    },
  });
  return ids;
}

/** The body's paragraphs and tables, in order, as layout text. */
function documentText(xml: string, headingStyleIds: ReadonlySet<string>): string {
  const blocks: string[] = [];
  /** Paragraphs being read: a text box's paragraphs sit inside a paragraph's run. */
  const paragraphs: Array<{ runs: Run[]; heading: boolean }> = [];
  /** Tables being read (nested tables read into their cell): rows, each a list of cells, each a list of paragraphs. */
  const tables: string[][][][] = [];
  let bold = false;
  let inText = false;
  let skip = 0; // inside deleted text, field instructions or a fallback copy of drawn content
  const emit = (text: string): void => {
    const table = tables.at(-1);
    const cell = table?.at(-1)?.at(-1);
    if (cell) cell.push(text);
    else if (text !== '') blocks.push(text);
  };
  parse(xml, {
    open(tag) {
      if (SKIPPED.has(tag.name)) skip++;
      if (skip > 0) return;
      switch (tag.name) {
        case 'w:p':
          paragraphs.push({ runs: [], heading: false });
          break;
        case 'w:pStyle': {
          const p = paragraphs.at(-1);
          if (p && headingStyleIds.has(attr(tag, 'w:val') ?? '')) p.heading = true;
          break;
        }
        case 'w:r':
          bold = false;
          break;
        case 'w:b':
          bold = !/^(?:0|false|off)$/i.test(attr(tag, 'w:val') ?? '');
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          paragraphs.at(-1)?.runs.push({ text: '\t', bold });
          break;
        case 'w:br':
        case 'w:cr':
          paragraphs.at(-1)?.runs.push({ text: '\n', bold });
          break;
        case 'w:tbl':
          tables.push([]);
          break;
        case 'w:tr':
          tables.at(-1)?.push([]);
          break;
        case 'w:tc':
          tables.at(-1)?.at(-1)?.push([]);
          break;
      }
    },
    text(text) {
      if (inText && skip === 0) paragraphs.at(-1)?.runs.push({ text, bold });
    },
    close(name) {
      if (SKIPPED.has(name)) {
        skip--;
        return;
      }
      if (skip > 0) return;
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        const p = paragraphs.pop();
        if (!p) return;
        const lines = splitHeadingRun(p.runs);
        const inCell = tables.length > 0;
        emit(inCell ? lines.join(' ') : lines.join('\n\n'));
      } else if (name === 'w:tbl') {
        const rows = tables.pop() ?? [];
        const text = rows.map((cells) => cells.map((c) => c.join(' ').replace(/\s+/g, ' ').trim()).join('\t')).filter((r) => r.replace(/\t/g, '').trim() !== '');
        emit(text.join('\n'));
      }
    },
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Deleted text, field instructions, the fallback copy of drawn content (mc:Choice holds the same text). */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:rPrChange', 'w:pPrChange']);

function attr(tag: Tag, name: string): string | null {
  const a = tag.attributes[name];
  return a === undefined ? null : typeof a === 'string' ? a : a.value;
}

function parse(xml: string, handlers: { open(tag: Tag): void; text?(text: string): void; close(name: string): void }): void {
  const { SaxesParser } = load<Saxes>('saxes');
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handlers.open(tag as unknown as Tag));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  if (handlers.text) parser.on('text', handlers.text);
  parser.on('error', (error) => {
    throw new ReportError('DAMAGED', `damaged Word file: ${error.message.split('\n')[0]}`);
  });
  parser.write(xml).close();
}

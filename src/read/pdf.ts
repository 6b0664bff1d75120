/**
 * A PDF → layout text of its text layer, read with pdfjs-dist (legacy build, for Node) page by page:
 * a page's text is turned into lines (pdf-glyphs, pdf-lines) and the page let go before the next is
 * loaded, so a 300-page file never holds every page's objects. pdf-text then drops running heads and
 * page numbers and makes paragraphs. Failures are one line each: encrypted, damaged, no text layer.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportError } from '../errors.js';
import type { ReadDocument } from './index.js';
import { load } from './load.js';
import { glyphsOf, withoutDoubles, type TextItem } from './pdf-glyphs.js';
import { linesOf } from './pdf-lines.js';
import { layoutText, type PageLines } from './pdf-text.js';

interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
  cleanup(): boolean;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface Pdfjs {
  getDocument(o: object): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

export async function readPdf(bytes: Uint8Array, _options: { maxBytes: number }): Promise<ReadDocument> {
  const pdfjs = loadPdfjs();
  // (a plain path: pdfjs reads CMaps and font data with fs in Node; a file URL's %20 would not be found)
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs takes over (detaches) the buffer it is given
    cMapUrl: `${join(dir, 'cmaps')}/`, // Chinese fonts often use the predefined CMaps (UniGB-UCS2-H)
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error);
  }
  try {
    const pages: PageLines[] = [];
    let glyphCount = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const glyphs = withoutDoubles(glyphsOf(content.items.filter((i): i is TextItem => 'str' in i)));
      glyphCount += glyphs.length;
      pages.push({ lines: linesOf(glyphs, width), height });
      page.cleanup(); // its fonts and operator lists are let go before the next page
    }
    if (glyphCount === 0) throw new ReportError('NO_TEXT_LAYER', `no text layer (scanned image?): ${doc.numPages} page${doc.numPages === 1 ? '' : 's'} without text`);
    const { text, pageStarts } = layoutText(pages);
    return { format: 'pdf', text, encoding: 'unicode', pageStarts, warnings: [] };
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('DAMAGED', `damaged PDF: ${messageOf(error)}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function loadPdfjs(): Pdfjs {
  // The worker's code runs in this thread (no worker file to find in a bundle): pdfjs looks for it here.
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= load('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return load<Pdfjs>(PDFJS);
}

function openError(error: unknown): ReportError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ReportError('ENCRYPTED', 'encrypted PDF: it needs a password to open');
  if (name === 'InvalidPDFException') return new ReportError('DAMAGED', `damaged PDF: ${messageOf(error)}`);
  return new ReportError('DAMAGED', `damaged PDF: ${messageOf(error)}`);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

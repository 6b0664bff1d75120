/**
 * Formats other than text: the input's format is detected (or given), and a PDF, Word file or web page
 * is read by its reader, loaded only now, into plain layout text: paragraphs apart by a blank line,
 * headings on lines of their own, table rows as lines with cells apart by a TAB. The rest of the pipeline
 * (decode aside) then runs on that text as on a .txt: the segmenter stays the one place that decides
 * departments. Text inputs are handed back untouched.
 */
import { createHash } from 'node:crypto';
import { ReportError } from '../errors.js';
import type { HandedOver, Input } from '../pipeline.js';
import type { Encoding } from '../text/decode.js';
import { DEFAULT_MAX_BYTES, type SourceFormat, type Warning } from '../schema.js';
import { detectFormat, detectTextFormat } from './detect.js';

/** What a reader makes of a file. */
export interface ReadDocument {
  format: Exclude<SourceFormat, 'text'>;
  /** The layout text: what spans index and `--format html` shows. */
  text: string;
  /** html: the charset the page was decoded with; pdf, docx: `unicode`. */
  encoding: string;
  /** pdf: where each page starts in `text` (ascending, the first 0); null for other formats. */
  pageStarts: number[] | null;
  warnings: Warning[];
}

/** A document already read by its reader, with the size and digest of the file it came from. */
export interface ReadInput {
  document: ReadDocument;
  bytes: number;
  sha256: string;
}

export interface ReadOptions {
  inputFormat?: 'auto' | SourceFormat;
  maxBytes?: number;
  /** A web page's encoding, instead of its BOM, `<meta charset>` or detection. */
  encoding?: Encoding;
}

/** The format `input` will be read as. */
export function formatOf(input: Input | ReadInput, inputFormat: ReadOptions['inputFormat'] = 'auto'): SourceFormat {
  if (isReadInput(input)) return input.document.format;
  if (inputFormat !== 'auto') return inputFormat;
  if (typeof input === 'string') return detectTextFormat(input);
  const bytes = input instanceof Uint8Array ? input : input.bytes;
  return bytes === null ? 'text' : detectFormat(bytes);
}

export function isReadInput(input: Input | ReadInput): input is ReadInput {
  return typeof input === 'object' && 'document' in input;
}

/**
 * A PDF, Word file or web page read into layout text (its reader loaded now); a text input as it is.
 * Handed-over bytes are taken when read here, as the pipeline would take them.
 */
export async function readFormat(input: Input | ReadInput, options: ReadOptions = {}): Promise<Input | ReadInput> {
  const format = formatOf(input, options.inputFormat);
  if (format === 'text' || isReadInput(input)) return input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input instanceof Uint8Array ? input : take(input);
  if (bytes.length > maxBytes) {
    throw new ReportError('TOO_LARGE', `too large: ${bytes.length} bytes, over the limit of ${maxBytes} bytes (maxBytes, --max-bytes)`, { bytes: bytes.length, maxBytes });
  }
  const document = await readerOf(format)(bytes, { maxBytes, encoding: typeof input === 'string' ? 'utf-8' : options.encoding });
  return { document, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export type Reader = (bytes: Uint8Array, options: { maxBytes: number; encoding?: Encoding }) => Promise<ReadDocument>;

/** Each reader is imported when a file of its format is first read: start-up loads none of them. */
function readerOf(format: Exclude<SourceFormat, 'text'>): Reader {
  switch (format) {
    case 'pdf':
      return async (bytes, o) => (await import('./pdf.js')).readPdf(bytes, o);
    case 'docx':
      return async (bytes, o) => (await import('./docx.js')).readDocx(bytes, o);
    case 'html':
      return async (bytes, o) => (await import('./html.js')).readHtml(bytes, o);
  }
}

function take(input: HandedOver): Uint8Array {
  const { bytes } = input;
  if (bytes === null) throw new TypeError('the handed-over bytes were taken already: hand over each input once');
  input.bytes = null;
  return bytes;
}

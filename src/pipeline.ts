/**
 * The stages in order, one line each:
 *   bytes ─decode→ SourceText ─layout→ blocks ─facts→ Fact[] ─assemble→ Report ─validate→ Report
 */
import { createHash } from 'node:crypto';
import { ReportError, WarningCode } from './errors.js';
import { factsByArea, findFacts, type Trace } from './facts/find.js';
import { readLayout, type Layout } from './layout/layout.js';
import { assemble } from './assemble.js';
import { validated } from './check.js';
import { FactListSchema, OptionsSchema, ReportSchema, type ExtractOptions, type Fact, type Report, type ResolvedOptions, type SourceFormat, type Warning } from './schema.js';
import { formatOf, isReadInput, readFormat, type ReadInput } from './read/index.js';
import { CONTROL_CHARS, decode, type Decoded } from './text/decode.js';
import { lastAtMost, SourceText } from './text/source.js';

/**
 * Bytes handed over to the pipeline: it takes them (`bytes` is null afterwards) and holds them only until
 * they are decoded and hashed, so a large input's bytes are let go before the layout instead of living
 * as long as the caller's reference (a 100 MB file's peak memory is then 100 MB lower). A plain
 * Uint8Array is read without being taken.
 */
export interface HandedOver {
  bytes: Uint8Array | null;
}
/** A document: text, bytes in any supported encoding, or bytes handed over. */
export type Input = string | Uint8Array | HandedOver;
/** What the synchronous entries take: an Input, or a PDF, Word file or web page already read (see `readFormat`). */
export type ReadyInput = Input | ReadInput;

export interface Extraction {
  report: Report;
  /** Candidates that were dropped, with the reason (for `--debug` and the review page). */
  trace: Trace;
  /** The decoded source text that every span indexes (for the review page). */
  text: string;
  /** How the department headings were chosen: the series taken and why others were not (for `--debug`). */
  headingNotes: string[];
}

/** Like `extract`, but also returns the trace of dropped candidates. */
export function extractWithTrace(input: ReadyInput, options: ExtractOptions = {}): Extraction {
  return extraction(input, options, true);
}

/** The report alone: `extract`. The dropped candidates are not even described. */
export function extractReport(input: ReadyInput, options: ExtractOptions = {}): Report {
  return extraction(input, options, false).report;
}

function extraction(input: ReadyInput, options: ExtractOptions, keepTrace: boolean): Extraction {
  const doc = prepare(input, options, keepTrace);
  const { facts, trace } = findFacts(doc.source, doc.layout, keepTrace);
  setPages(facts, doc.pageStarts);
  return finish(doc, facts, countByDepartment(facts), trace);
}

/**
 * Any input, a PDF, Word file or web page included (detected from the bytes, or `inputFormat`): the
 * format's reader, loaded only now, makes its layout text, and the rest runs as for text.
 * @example
 * const report = await extractAsync(readFileSync('bulletin.pdf'));
 * report.source.format; // 'pdf'
 * report.facts[0].page; // 1
 */
export async function extractAsync(input: ReadyInput, options: ExtractOptions = {}): Promise<Report> {
  return extractReport(await readFormat(input, parseOptions(options)), options);
}

/** `extractAsync` on a file, by path (also reported as `source.path`, unless `options.path` says otherwise). */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<Report> {
  const { readFile } = await import('node:fs/promises');
  return extractAsync(await readFile(path), { path, ...options });
}

/**
 * The facts of one input, area by area (the headline, the lead, each block), each chunk validated, for
 * output that streams: a chunk is not kept once it is handed over, so memory is that of the text, not of
 * its facts. The input is decoded and laid out at the call (errors are thrown there); the generator then
 * yields the facts and returns the report without them (`facts: []`, `factCount` still counted) and, when
 * asked, the trace.
 */
export function extractChunks(input: ReadyInput, options: ExtractOptions = {}, keep: { trace?: boolean } = {}): Generator<Fact[], Extraction> {
  // Decoded and laid out now, outside the generator, so that the generator does not hold the bytes.
  return extractRepeatable(input, options, keep)();
}

/**
 * Like extractChunks, for output that writes the departments, with their fact counts, before the facts
 * and must not hold the facts (a large input's JSON report): the input is decoded and laid out once, at
 * the call, and each call of the returned function finds the facts again and hands them over chunk by
 * chunk. Two passes (one to count, one to write) cost the facts stage twice; memory stays that of the text.
 */
export function extractRepeatable(input: ReadyInput, options: ExtractOptions = {}, keep: { trace?: boolean } = {}): () => Generator<Fact[], Extraction> {
  const doc = prepare(input, options, keep.trace === true);
  return () => chunksOf(doc, keep);
}

function* chunksOf(doc: Prepared, keep: { trace?: boolean }): Generator<Fact[], Extraction> {
  const counts = new Map<number | null, number>();
  const trace: Trace = [];
  for (const area of factsByArea(doc.source, doc.layout)) {
    setPages(area.facts, doc.pageStarts);
    countByDepartment(area.facts, counts);
    if (keep.trace) for (const d of area.dropped) trace.push(d); // not push(...): an area may drop 100,000s
    if (area.facts.length > 0) yield doc.opts.skipValidation ? area.facts : validated(FactListSchema, area.facts);
  }
  return finish(doc, [], counts, trace);
}

interface Prepared {
  opts: ResolvedOptions;
  format: SourceFormat;
  /** pdf: where each page starts in the text; null for other formats. */
  pageStarts: number[] | null;
  /** Size and digest of the input: the bytes themselves are not kept past decoding. */
  byteLength: number;
  sha256: string;
  decoded: Decoded;
  source: SourceText;
  layout: Layout;
}

/** Options, size, decoding and layout: everything before the facts. */
/** `explain`: with the notes of how the headings were chosen. */
function prepare(input: ReadyInput, options: ExtractOptions, explain: boolean): Prepared {
  const opts = parseOptions(options);
  // (read in a function of its own: once it returns, no frame holds handed-over bytes through the layout)
  const { decoded, byteLength, sha256, format, pageStarts } = isReadInput(input) ? readDocument(input) : read(input, opts);
  const source = new SourceText(decoded.text);
  return { opts, format, pageStarts, byteLength, sha256, decoded, source, layout: readLayout(source, { explain }) };
}

/** A document a reader made (see src/read/): its text is the source. */
function readDocument({ document, bytes, sha256 }: ReadInput): Pick<Prepared, 'decoded' | 'byteLength' | 'sha256' | 'format' | 'pageStarts'> {
  const decoded: Decoded = { text: document.text, encoding: document.encoding as Decoded['encoding'], warnings: document.warnings };
  return { decoded, byteLength: bytes, sha256, format: document.format, pageStarts: document.pageStarts };
}

/**
 * A text input: a PDF, Word file or web page (by its bytes, or by `inputFormat`) needs its reader,
 * which is asynchronous, so the synchronous entries refuse it instead of reading its markup or binary.
 */
function refuseOtherFormats(input: Input, opts: ResolvedOptions): void {
  const format = formatOf(input, opts.inputFormat);
  if (format === 'text') return;
  const what = { pdf: 'a PDF', docx: 'a Word document (or another ZIP)', html: 'a web page' }[format];
  throw new ReportError('NEEDS_ASYNC', `${what}: read it with extractAsync or extractFile (or inputFormat: 'text' to read it as text)`, { format });
}

/** The input decoded and checked, its size and digest: the only step that reads the bytes. */
function read(input: Input, opts: ResolvedOptions): Pick<Prepared, 'decoded' | 'byteLength' | 'sha256' | 'format' | 'pageStarts'> {
  refuseOtherFormats(input, opts);
  if (typeof input === 'string') {
    const byteLength = Buffer.byteLength(input, 'utf8');
    rejectTooLarge(byteLength, opts.maxBytes);
    // A string is its own source text, a leading BOM included (spans index the caller's string; layout skips the BOM as a blank).
    const decoded: Decoded = { text: input, encoding: 'utf-8', warnings: [] };
    rejectBinary(decoded);
    // (hashed as the UTF-8 it is encoded to, without a copy of it in bytes)
    return { decoded, byteLength, sha256: createHash('sha256').update(input, 'utf8').digest('hex'), format: 'text', pageStarts: null };
  }
  const bytes = input instanceof Uint8Array ? input : take(input);
  rejectTooLarge(bytes.length, opts.maxBytes);
  const decoded = decode(bytes, opts.encoding);
  rejectBinary(decoded);
  return { decoded, byteLength: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), format: 'text', pageStarts: null };
}

function take(input: HandedOver): Uint8Array {
  const { bytes } = input;
  if (bytes === null) throw new TypeError('the handed-over bytes were taken already: hand over each input once');
  input.bytes = null;
  return bytes;
}

function finish({ opts, format, byteLength, sha256, decoded, source, layout }: Prepared, facts: Fact[], factCounts: ReadonlyMap<number | null, number>, trace: Trace): Extraction {
  const warnings: Warning[] = [...decoded.warnings];
  if (decoded.text.trim() === '') warnings.push({ code: WarningCode.EMPTY_INPUT, message: 'the input holds no text' });
  const report = assemble({
    source: { path: opts.path, format, encoding: decoded.encoding, bytes: byteLength, sha256 },
    text: source,
    layout,
    facts,
    factCounts,
    warnings,
  });
  return { report: opts.skipValidation ? report : validated(ReportSchema, report), trace, text: decoded.text, headingNotes: layout.headingNotes };
}

/** A PDF's facts get the page their span starts on (1-based), found by binary search in the page starts. */
function setPages(facts: Fact[], pageStarts: readonly number[] | null): void {
  if (pageStarts === null) return;
  for (const fact of facts) fact.page = lastAtMost(pageStarts, fact.span.start) + 1;
}

/**
 * Facts per department index, added to `counts`. Facts come area by area, so a department's facts stand
 * side by side: counted as runs, with one map update per run instead of two map lookups per fact.
 */
function countByDepartment(facts: readonly Fact[], counts = new Map<number | null, number>()): Map<number | null, number> {
  let i = 0;
  while (i < facts.length) {
    const index = (facts[i] as Fact).departmentIndex;
    let end = i + 1;
    while (end < facts.length && (facts[end] as Fact).departmentIndex === index) end++;
    counts.set(index, (counts.get(index) ?? 0) + end - i);
    i = end;
  }
  return counts;
}

/** Options are checked once, here; a bad one is a ReportError like any other refusal. */
export function parseOptions(options: ExtractOptions): ResolvedOptions {
  const parsed = OptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
  throw new ReportError('BAD_OPTIONS', `bad option${where}: ${issue?.message ?? 'invalid'}`, { issues: parsed.error.issues });
}

/** Checked on the length before anything is decoded, so an oversized input costs no more memory than it already has. */
function rejectTooLarge(bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new ReportError('TOO_LARGE', `too large: ${bytes} bytes, over the limit of ${maxBytes} bytes (maxBytes, --max-bytes)`, { bytes, maxBytes });
  }
}

/** How much of the text the control-character and garbage shares are measured on. */
const BINARY_SAMPLE = 65536;
/** More C0 control characters than this share (besides TAB, LF, FF, CR) make it binary. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * More undecodable (U+FFFD), C1-control or private-use characters than this share, when the encoding was
 * guessed, make it binary: random bytes read as UTF-16 give about 12 %, real text none. Below
 * MIN_GARBAGE characters a share says nothing (`中文\xff` is one bad byte in four characters).
 */
const MAX_GARBAGE_SHARE = 0.05;
const MIN_GARBAGE = 16;

/**
 * A text document has no NUL characters (anywhere) and few control characters; a PNG or a zip has many.
 * NUL bytes that are half of a UTF-16 code unit are not NUL characters, so UTF-16 text passes.
 */
function rejectBinary({ text, warnings }: Decoded): void {
  if (text.includes('\0')) throw new ReportError('NOT_TEXT', 'binary data (NUL bytes), not a text document');
  const end = Math.min(text.length, BINARY_SAMPLE);
  const sample = end < text.length ? text.slice(0, end) : text;
  // Counted by regex (a search in native code): real text has none of either, so no match is made.
  if (count(sample, CONTROL_CHARS) > end * MAX_CONTROL_SHARE) throw new ReportError('NOT_TEXT', 'binary data (control characters), not a text document');
  const guessed = warnings.some((w) => w.code === WarningCode.ENCODING_GUESSED);
  if (guessed) {
    const garbage = count(sample, GARBAGE_CHARS);
    if (garbage >= MIN_GARBAGE && garbage > end * MAX_GARBAGE_SHARE) {
      throw new ReportError('NOT_TEXT', 'binary data (undecodable bytes in every encoding tried), not a text document');
    }
  }
}

/** U+FFFD, C1 controls, private use. */
const GARBAGE_CHARS = /[\ufffd\x80-\x9f\ue000-\uf8ff]/g;

/** How many code units of `text` match a one-character global regex. */
function count(text: string, chars: RegExp): number {
  return text.match(chars)?.length ?? 0;
}

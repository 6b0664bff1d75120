/**
 * Output formats behind one interface, so the CLI writes as it goes: `add` returns the text for one
 * processed input (nothing is kept for ndjson/csv/tsv; json's comes in pieces), `end` the text after
 * the last one. Nothing at all is written when no input was added.
 */
import type { Trace } from '../facts/find.js';
import { SCHEMA_VERSION, type Fact, type Report } from '../schema.js';
import { csvRow, UTF8_BOM } from './csv.js';
import { DEFAULT_FACT_FIELDS, DEFAULT_SUMMARY_FIELDS, factCells, summaryCells, toRecord, type Cell } from './fields.js';
import { filterChunks, filterReport, isFilterEmpty, keptPerDepartment, withFactCounts, type FactFilter } from './filter.js';
import type { HtmlDocument } from './html.js';
import { JsonArrayWriter, reportJson } from './json.js';
import { ndjsonLine, wholeFactLines } from './ndjson.js';
import { summarize } from './summary.js';
import { formatTable } from './table.js';
import { tsvRow } from './tsv.js';

export const FORMATS = ['json', 'ndjson', 'jsonl', 'csv', 'tsv', 'table', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  format: Format;
  /** Columns (and ndjson keys); undefined = the defaults of the format. */
  fields?: readonly string[];
  /** One row per file × department × category instead of facts. @default false */
  summary?: boolean;
  filter?: FactFilter;
  /** json only: print the one report as an object, not an array. @default false */
  single?: boolean;
  /** csv only: start with a UTF-8 BOM. @default true */
  bom?: boolean;
  /** table only. @default false */
  color?: boolean;
  /** html only: show the dropped candidates of each source's trace. @default false */
  debug?: boolean;
  /** csv and tsv: start with the header (and BOM). A worker thread formatting rows for a run that prints the header itself says false. @default true */
  header?: boolean;
}

/** What html needs beside the report: the decoded text its spans index, and the trace. */
export interface ReportSource {
  text: string;
  trace?: Trace;
  /**
   * json only: the report's facts chunk by chunk, found anew at each call, when `report.facts` does not
   * hold them (a large input: see extractRepeatable). With a filter, the kept facts are counted for the
   * departments on a pass of their own before they are written.
   */
  facts?: () => Iterable<readonly Fact[]>;
}

/**
 * Text to write: a string, or pieces to write one after the other (a large report's JSON is longer
 * than a string can be).
 */
export type Output = string | Iterable<string>;

/** The output as one string (for text that is known to be small, and for tests). */
export const joined = (output: Output): string => (typeof output === 'string' ? output : [...output].join(''));

export interface OutputWriter {
  /** The text for one processed input, in input order. */
  add(report: Report, file: string, source?: ReportSource): Output;
  /** The text after the last input ('' when no input was added). */
  end(): Promise<string>;
}

/** A report's rows: cells for csv, tsv and the table, records for JSON; each made only when asked for. */
type Rows = (report: Report, file: string) => { header: readonly string[]; rows: () => Cell[][]; records: () => unknown[] };

export function createWriter(options: WriterOptions): OutputWriter {
  const filter = options.filter ?? {};
  const rowsOf = rowSource(options);
  switch (options.format) {
    case 'json':
      return jsonWriter(options, filter, rowsOf);
    case 'ndjson':
    case 'jsonl':
      return lineWriter((report, file) => {
        const filtered = filterReport(report, filter);
        if (options.fields || options.summary) return rowsOf(filtered, file).records().map(ndjsonLine).join('');
        return wholeFactLines(filtered.facts, file);
      });
    case 'csv':
    case 'tsv': {
      const row = options.format === 'csv' ? csvRow : tsvRow;
      const start = options.format === 'csv' && options.bom !== false ? UTF8_BOM : '';
      let first = options.header !== false;
      return lineWriter((report, file) => {
        const { header, rows } = rowsOf(filterReport(report, filter), file);
        const head = first ? start + row(header) : '';
        first = false;
        return head + rows().map(row).join('');
      });
    }
    case 'table':
      return tableWriter(options, filter, rowsOf);
    case 'html':
      return htmlWriter(options, filter);
  }
}

/** Facts (or summary rows) of one report as cells in the chosen columns, and as objects for JSON. */
function rowSource(options: WriterOptions): Rows {
  if (options.summary) {
    const header = options.fields ?? DEFAULT_SUMMARY_FIELDS;
    return (report, file) => {
      const summary = summarize(report, file);
      const rows = (): Cell[][] => summary.map((r) => summaryCells(r, header));
      return { header, rows, records: () => (options.fields ? rows().map((cells) => toRecord(header, cells)) : summary) };
    };
  }
  const header = options.fields ?? DEFAULT_FACT_FIELDS;
  return (report, file) => {
    const rows = (): Cell[][] => report.facts.map((f) => factCells(f, file, header));
    return {
      header,
      rows,
      // (records only for --fields: ndjson writes whole facts with wholeFactLines)
      records: () => rows().map((cells) => toRecord(header, cells)),
    };
  };
}

function lineWriter(add: (report: Report, file: string) => string): OutputWriter {
  return { add, end: async () => '' };
}

/** Reports (filtered), or with --summary an array of summary rows. */
function jsonWriter(options: WriterOptions, filter: FactFilter, rowsOf: Rows): OutputWriter {
  const array = new JsonArrayWriter();
  let added = false;
  return {
    add(report, file, source) {
      added = true;
      if (options.summary) return rowsOf(filterReport(report, filter), file).records().map((r) => array.element(r)).join('');
      // The facts the report holds, or (a large input) chunks found anew at each call: counted for the
      // departments on one pass when a filter drops some, written on another.
      const facts = source?.facts ?? (() => [report.facts]);
      const counted = isFilterEmpty(filter) ? report : withFactCounts(report, keptPerDepartment(facts(), filter));
      const kept = filterChunks(facts(), filter);
      return options.single ? jsonLine(counted, kept) : array.report(counted, kept);
    },
    end: async () => (!added || (options.single && !options.summary) ? '' : array.close()),
  };
}

/** One report as the whole output: its JSON and a newline. */
function* jsonLine(report: Report, facts?: Iterable<readonly Fact[]>): Generator<string> {
  yield* reportJson(report, 0, facts);
  yield '\n';
}

/** A table needs every row to size its columns, so rows (not reports) are kept until the end. */
function tableWriter(options: WriterOptions, filter: FactFilter, rowsOf: Rows): OutputWriter {
  let header: readonly string[] | undefined;
  const rows: Cell[][] = [];
  return {
    add(report, file) {
      const part = rowsOf(filterReport(report, filter), file);
      header = part.header;
      for (const row of part.rows()) rows.push(row); // not push(...): 100,000+ rows overflow the stack
      return '';
    },
    end: async () => (header ? formatTable(header, rows, { color: options.color }) : ''),
  };
}

/**
 * The most text a review page takes, summed over its documents. Its markup is about 30 characters per
 * character of text (the 10 MB corpus, 3.7 million characters, makes a 129 MB page), and no string can
 * exceed 2^29 characters: a 100 MB document ran for minutes before V8 refused the page. Past a few
 * million characters no browser shows the page usably anyway.
 */
export const HTML_MAX_CHARS = 8_000_000;

/** The review page holds every document, so it is written at the end. */
function htmlWriter(options: WriterOptions, filter: FactFilter): OutputWriter {
  const docs: HtmlDocument[] = [];
  let chars = 0;
  return {
    add(report, file, source) {
      if (!source) throw new Error('html output needs the source text of each report');
      // Refused as soon as the inputs cross the limit, not after minutes of markup and a crash.
      chars += source.text.length;
      if (chars > HTML_MAX_CHARS) throw new Error(`html: a review page holds at most ${HTML_MAX_CHARS / 1e6} million characters of text (about 24 MB of Chinese); ${file} brings this run's to ${(chars / 1e6).toFixed(1)} million: use csv, tsv or ndjson for an archive`);
      docs.push({ report: filterReport(report, filter), file, text: source.text, trace: source.trace });
      return '';
    },
    async end() {
      if (docs.length === 0) return '';
      const { formatHtml } = await import('./html.js');
      return formatHtml(docs, { debug: options.debug });
    },
  };
}

/** A report holding only some facts: what the row formats read, chunk by chunk. */
export function factsOnly(facts: Fact[]): Report {
  return { ...EMPTY_REPORT, facts };
}
const EMPTY_REPORT: Report = {
  schemaVersion: SCHEMA_VERSION,
  source: { path: null, format: 'text', encoding: 'utf-8', bytes: 0, sha256: '0'.repeat(64) },
  document: { title: null, subtitle: null, kicker: null, byline: null, lead: null },
  departments: [],
  facts: [],
  warnings: [],
};

/**
 * Hostile and odd input through the library: each has a defined outcome (README "Limits and guarantees"):
 * a valid report, with warnings where there is something to know, or a ReportError with a stable code.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract, extractWithTrace, ReportError, type Report } from '../../src/index.js';
import { violations } from '../properties/invariants.js';
import { FIXTURE_TEXT, pngLike, randomNoNul, repeated, singleLine } from './inputs.js';

const codes = (r: Report) => r.warnings.map((w) => w.code);

/** The ReportError code `extract` throws, or 'no error'. */
function refusal(input: string | Uint8Array, options?: Parameters<typeof extract>[1]): string {
  try {
    extract(input, options);
    return 'no error';
  } catch (error) {
    if (error instanceof ReportError) return error.code;
    throw error;
  }
}

/** A sound report of `input`, checked against the decoded text. */
function soundReport(input: string | Uint8Array): Report {
  const { report, text } = extractWithTrace(input);
  expect(violations(report, text)).toEqual([]);
  return report;
}

const FIXTURE_REPORT = extract(FIXTURE_TEXT);
/** What a little damage must not change: the departments and what each fact says. */
const essence = (r: Report) => ({ departments: r.departments.map((d) => d.name), facts: r.facts.map((f) => [f.department, f.category, f.value, f.max, f.unit, f.raw]) });

describe('empty and blank input: a report with an EMPTY_INPUT warning', () => {
  it.each([
    ['an empty file', new Uint8Array()],
    ['an empty string', ''],
    ['blanks and line breaks', ' \t\u3000\r\n\n\r'],
    ['a BOM alone', Buffer.from([0xef, 0xbb, 0xbf])],
    ['a million blank lines', repeated('\n', 1_000_000)],
  ])('%s', (_, input) => {
    const report = soundReport(input);
    expect(codes(report)).toContain('EMPTY_INPUT');
    expect(report.departments).toEqual([]);
    expect(report.facts).toEqual([]);
  });
});

describe('binary input: ReportError NOT_TEXT', () => {
  it.each([
    ['NUL bytes', Buffer.from('区财政局\0\0\0\x01\x02')],
    ['a PNG header and random bytes', pngLike()],
    ['random bytes without NUL', randomNoNul()],
    ['a NUL after the first 64 KB of text', Buffer.concat([Buffer.from('区财政局组织干部'.repeat(9000)), Buffer.from([0])])],
    ['control characters', Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08abc')],
    ['a string with NUL', '区财政局\u0000'],
  ])('%s', (_, input) => {
    expect(refusal(input)).toBe('NOT_TEXT');
  });

  it('one stray control character in a text is not binary', () => {
    expect(refusal(`${FIXTURE_TEXT}\x1b`)).toBe('no error');
  });
});

describe('damaged text: a report with an INVALID_BYTES warning, the rest read as usual', () => {
  const utf8 = Buffer.from(FIXTURE_TEXT);

  it('invalid UTF-8 in the middle of valid text', () => {
    const middle = utf8.indexOf(Buffer.from('，', 'utf8'), utf8.length >> 1) + 3; // after a comma mid-text
    const report = soundReport(Buffer.concat([utf8.subarray(0, middle), Buffer.from([0xff, 0xfe, 0xc0]), utf8.subarray(middle)]));
    expect(report.source.encoding).toBe('utf-8');
    expect(codes(report)).toContain('INVALID_BYTES');
    expect(essence(report)).toEqual(essence(FIXTURE_REPORT));
  });

  it('a GB18030 file cut in the middle of a character', () => {
    const gb = iconv.encode(FIXTURE_TEXT.trimEnd(), 'gb18030');
    expect(gb[gb.length - 2]).toBeGreaterThanOrEqual(0x81); // the text ends with a two-byte character …
    const report = soundReport(gb.subarray(0, gb.length - 1)); // … cut after its first byte
    expect(report.source.encoding).toBe('gb18030');
    expect(codes(report)).toContain('INVALID_BYTES');
    expect(essence(report)).toEqual(essence(FIXTURE_REPORT));
  });

  it.each([
    ['UTF-16LE with a BOM', 'utf-16le', true],
    ['UTF-16LE without a BOM', 'utf-16le', false],
    ['UTF-16BE without a BOM', 'utf-16be', false],
  ] as const)('%s and an odd byte count', (_, encoding, bom) => {
    const body = iconv.encode(FIXTURE_TEXT, encoding, { addBOM: bom });
    const report = soundReport(Buffer.concat([body, Buffer.from([0x41])]));
    expect(report.source.encoding).toBe(encoding);
    expect(codes(report)).toContain('INVALID_BYTES');
    expect(essence(report)).toEqual(essence(FIXTURE_REPORT));
  });
});

describe('degenerate text: a valid report', () => {
  it.each([
    ['100,000 digits in a row', '1'.repeat(100_000)],
    ['100,000 digits and a measure word', `${'1'.repeat(100_000)}名`],
    ['a number too large for a double', `${'9'.repeat(400)}名干部，百分之${'9'.repeat(400)}`],
    ['100,000 余 in a row', '余'.repeat(100_000)],
    ['100,000 一二三 in a row', '一二三'.repeat(100_000)],
    ['text opening with 百分之', '百分之九十的企业复工'],
  ])('%s', (_, text) => {
    const report = soundReport(text);
    for (const f of report.facts) expect(Number.isFinite(f.value)).toBe(true);
  });

  it('a heading-only file: departments with empty text, no facts', () => {
    const report = soundReport('一、区财政局\n二、县公安局\n');
    expect(report.departments.map((d) => [d.name, d.text])).toEqual([['区财政局', ''], ['县公安局', '']]);
    expect(report.facts).toEqual([]);
  });

  it('50,000 repeated headings: one department each', () => {
    const report = soundReport('区财政局\n\n'.repeat(50_000));
    expect(report.departments).toHaveLength(50_000);
  });

  it('a single 10 MB line', () => {
    const report = soundReport(singleLine(10 * 1024 * 1024));
    expect(report.facts.length).toBeGreaterThan(1000);
  });
});

describe('size limit: ReportError TOO_LARGE', () => {
  it('refuses bytes and strings over maxBytes, on their length', () => {
    expect(refusal(Buffer.alloc(1001, 0x41), { maxBytes: 1000 })).toBe('TOO_LARGE');
    expect(refusal('区'.repeat(334), { maxBytes: 1000 })).toBe('TOO_LARGE'); // 1002 UTF-8 bytes
    expect(refusal('区'.repeat(333), { maxBytes: 1000 })).toBe('no error');
  });

  it('defaults to 256 MiB and says so', () => {
    const big = new Uint8Array(256 * 1024 * 1024 + 1); // not decoded: refused on its length
    try {
      extract(big);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).code).toBe('TOO_LARGE');
      expect((error as ReportError).message).toBe('too large: 268435457 bytes, over the limit of 268435456 bytes (maxBytes, --max-bytes)');
    }
  });

  it('a bad maxBytes is BAD_OPTIONS', () => {
    expect(refusal('x', { maxBytes: 0 })).toBe('BAD_OPTIONS');
    expect(refusal('x', { maxBytes: 1.5 })).toBe('BAD_OPTIONS');
  });
});

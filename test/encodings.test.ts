/**
 * The sample fixture re-encoded: whatever the bytes, the same departments come out, and every span points
 * into that file's own decoded text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { decode } from '../src/text/decode.js';
import { fold } from '../src/text/normalize.js';
import { encode, roundTrips } from './helpers/encode.js';
import { toTraditional } from './helpers/traditional.js';

interface Gold {
  departments: string[];
  document: { title: string; subtitle: string; kicker: string; byline: { outlet: string; place: string; reporters: string[] } };
}

const SAMPLE = readFileSync(new URL('../fixtures/jining-gaoxin-2022.txt', import.meta.url), 'utf8');
const GOLD = JSON.parse(readFileSync(new URL('../fixtures/jining-gaoxin-2022.gold.json', import.meta.url), 'utf8')) as Gold;
const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const TRADITIONAL = toTraditional(SAMPLE);

/** [variant, bytes, encoding reported, how the sample's names are written in it] */
const VARIANTS: Array<[string, Uint8Array, string, (s: string) => string]> = [
  ['UTF-8', encode(SAMPLE, 'utf-8'), 'utf-8', (s) => s],
  ['UTF-8 with BOM and CRLF', encode(crlf(SAMPLE), 'utf-8', { bom: true }), 'utf-8', (s) => s],
  ['GB18030', encode(SAMPLE, 'gb18030'), 'gb18030', (s) => s],
  ['GB18030 with CRLF', encode(crlf(SAMPLE), 'gb18030'), 'gb18030', (s) => s],
  ['UTF-16LE with BOM', encode(SAMPLE, 'utf-16le', { bom: true }), 'utf-16le', (s) => s],
  ['UTF-16LE with BOM and CRLF', encode(crlf(SAMPLE), 'utf-16le', { bom: true }), 'utf-16le', (s) => s],
  ['UTF-16BE without BOM', encode(SAMPLE, 'utf-16be'), 'utf-16be', (s) => s],
  ['Traditional, Big5', encode(TRADITIONAL, 'big5'), 'big5', toTraditional],
  ['Traditional, Big5 with CRLF', encode(crlf(TRADITIONAL), 'big5'), 'big5', toTraditional],
  ['Traditional, UTF-8', encode(TRADITIONAL, 'utf-8'), 'utf-8', toTraditional],
];

describe('the Traditional test helper', () => {
  it('writes only characters Big5 holds (the text round-trips)', () => {
    expect(roundTrips(TRADITIONAL, 'big5')).toBe(true);
  });
  it('changes the department names, which fold back to the Simplified ones', () => {
    const names = GOLD.departments.map(toTraditional);
    expect(names).toContain('區黨政辦公室');
    expect(names.filter((n, i) => n !== GOLD.departments[i]).length).toBe(GOLD.departments.length);
    expect(names.map(fold)).toEqual(GOLD.departments.map(fold));
  });
});

describe.each(VARIANTS)('the sample as %s', (_, bytes, encoding, written) => {
  const report = extract(bytes);
  const text = decode(bytes).text;

  it(`decodes as ${encoding}`, () => {
    expect(report.source.encoding).toBe(encoding);
    expect(report.source.bytes).toBe(bytes.length);
    expect(report.warnings.filter((w) => w.code === 'INVALID_BYTES')).toEqual([]);
  });

  it('finds the same departments (compared folded), written as in the file', () => {
    expect(report.departments.map((d) => fold(d.name))).toEqual(GOLD.departments.map((n) => fold(written(n))));
    expect(report.departments.map((d) => d.name)).toEqual(GOLD.departments.map(written));
  });

  it("maps each department's span to its own decoded text", () => {
    let previousEnd = 0;
    for (const d of report.departments) {
      expect(d.span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(d.span.end).toBeLessThanOrEqual(text.length);
      const spanned = text.slice(d.span.start, d.span.end);
      expect(spanned.startsWith(d.name)).toBe(true);
      expect(spanned.replace(/\s+/g, '')).toContain(d.text.replace(/\s+/g, ''));
      expect(text.slice(0, d.span.start).split(/\r\n|\n|\r/).length).toBe(d.line);
      previousEnd = d.span.end;
    }
  });

  it('finds the title, subtitle, kicker and byline', () => {
    const { title, subtitle, kicker, byline } = GOLD.document;
    expect(report.document.title).toBe(written(title));
    expect(report.document.subtitle).toBe(written(subtitle));
    expect(report.document.kicker).toBe(written(kicker));
    expect(report.document.byline).toEqual({ outlet: written(byline.outlet), place: written(byline.place), reporters: byline.reporters.map(written) });
    expect(report.document.lead?.startsWith(written('党旗所指，行动所向。'))).toBe(true);
  });
});

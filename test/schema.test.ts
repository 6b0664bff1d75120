import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractChunks, extractWithTrace, ReportSchema, type HandedOver } from '../src/index.js';
import { reportJsonSchema } from '../src/json-schema.js';
import { decode } from '../src/text/decode.js';

const root = new URL('../', import.meta.url);
const FIXTURES = readdirSync(new URL('fixtures/', root)).filter((f) => f.endsWith('.txt')).sort();

describe('schemas/report.schema.json', () => {
  it('is the schema generated from src/schema.ts (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('schemas/report.schema.json', root), 'utf8');
    expect(JSON.parse(committed)).toEqual(reportJsonSchema());
    expect(committed).toBe(JSON.stringify(reportJsonSchema(), null, 2) + '\n');
  });
});

describe.each(FIXTURES)('the report of fixtures/%s', (name) => {
  const bytes = readFileSync(new URL(`fixtures/${name}`, root));
  const report = extract(bytes, { path: `fixtures/${name}`, skipValidation: true });
  const text = decode(bytes).text;

  it('is the report extractWithTrace gives (extract skips describing the dropped candidates, nothing else)', () => {
    const traced = extractWithTrace(bytes, { path: `fixtures/${name}`, skipValidation: true });
    expect(report).toEqual(traced.report);
  });

  it('passes ReportSchema.parse, also after a JSON round trip', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('has every span inside the decoded source', () => {
    const spans = [...report.departments.map((d) => d.span), ...report.facts.map((f) => f.span)];
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('has department spans in order, not overlapping, numbered from 1, each on its line', () => {
    let previousEnd = 0;
    report.departments.forEach((d, i) => {
      expect(d.index).toBe(i + 1);
      expect(d.span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(d.span.end).toBeGreaterThan(d.span.start);
      expect(text.slice(0, d.span.start).split(/\r\n|\n|\r/).length).toBe(d.line);
      previousEnd = d.span.end;
    });
  });

  it('names its source', () => {
    expect(report.source.path).toBe(`fixtures/${name}`);
    expect(report.source.bytes).toBe(bytes.length);
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the input', () => {
  const bytes = readFileSync(new URL('fixtures/jining-gaoxin-2022.txt', root));
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('as a string is measured and hashed as its UTF-8 bytes, lone surrogates as U+FFFD', () => {
    const text = bytes.toString('utf8');
    expect(extract(text).source).toEqual({ ...extract(bytes).source });
    expect(extract(text).source.sha256).toBe(sha256);
    const odd = 'a\ud800b'; // encoded as a, EF BF BD, b
    expect(extract(odd).source).toMatchObject({ bytes: 5, sha256: createHash('sha256').update(Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62])).digest('hex') });
  });

  it('handed over is read like the bytes themselves, and taken: the holder is empty afterwards', () => {
    const input: HandedOver = { bytes: Uint8Array.from(bytes) };
    expect(extract(input)).toEqual(extract(bytes));
    expect(input.bytes).toBeNull();
    expect(() => extract(input)).toThrow(TypeError);
    const chunks = { bytes: Uint8Array.from(bytes) };
    expect([...extractChunks(chunks)].flat()).toEqual(extract(bytes).facts);
    expect(chunks.bytes).toBeNull();
  });
});

/**
 * Properties of `extract` over generated input (fast-check): it never throws (but for the documented
 * refusals), its report is always valid and consistent with the source, the same input gives the same
 * bytes, and line-break style and encoding do not change what is found. The seed is fixed (FC_SEED
 * overrides it; FC_RUNS_SCALE=10 runs ten times as many cases); a failure prints seed, path and input.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract, extractWithTrace, type Extraction } from '../../src/index.js';
import { cjkText, documentText, params, reportText } from './arbitraries.js';
import { isAllowedError, violations, withoutPositions } from './invariants.js';

/** extractWithTrace, or null for an allowed refusal (NOT_TEXT, TOO_LARGE); any other error fails the property. */
function tryExtract(input: string | Uint8Array, options: Parameters<typeof extract>[1] = {}): Extraction | null {
  try {
    return extractWithTrace(input, options);
  } catch (error) {
    if (isAllowedError(error)) return null;
    throw error;
  }
}

/** Fails with every violation and the input. */
function expectSound(extraction: Extraction, text: string): void {
  const problems = violations(extraction.report, text);
  if (problems.length > 0) throw new Error(`${problems.length} violation(s) for ${JSON.stringify(text).slice(0, 2000)}:\n  ${problems.slice(0, 10).join('\n  ')}`);
}

describe('extract, on any string', () => {
  it('never throws but NOT_TEXT/TOO_LARGE, and its report is valid and consistent with the source', () => {
    fc.assert(
      fc.property(reportText(), (text) => {
        const result = tryExtract(text);
        if (result === null) return;
        expect(result.text).toBe(text); // a string is its own source text
        expectSound(result, text);
      }),
      params(6000),
    );
  });

  it('refuses only text with NUL or many control characters', () => {
    fc.assert(
      fc.property(cjkText({ anyChars: false }), (text) => {
        expect(tryExtract(text)).not.toBeNull(); // the generator makes no control characters
      }),
      params(300),
    );
  });

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(reportText(), (text) => {
        const a = tryExtract(text);
        const b = tryExtract(text);
        expect(JSON.stringify(b?.report)).toBe(JSON.stringify(a?.report));
      }),
      params(1000),
    );
  });

  it('finds the same departments and facts in the CRLF and the LF version of a text', () => {
    fc.assert(
      fc.property(fc.oneof(documentText({ newline: fc.constant('\n') }), cjkText({ anyChars: false }).map((t) => t.replace(/\r\n?/g, '\n'))), (lf) => {
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = extract(lf);
        const b = extract(crlf);
        expect(withoutPositions(b)).toEqual(withoutPositions(a));
        expectSound(extractWithTrace(crlf), crlf);
      }),
      params(1500),
    );
  });

  it('finds the same in a text and its GB18030 bytes (encoding: gb18030)', () => {
    fc.assert(
      // Lone surrogates have no GB18030 bytes; a leading BOM is dropped from bytes but kept in a string.
      fc.property(reportText().filter((t) => !/[\uD800-\uDFFF]/.test(t) && !t.startsWith('\uFEFF')), (text) => {
        const utf8 = tryExtract(text);
        const gb = tryExtract(iconv.encode(text, 'gb18030'), { encoding: 'gb18030' });
        expect(gb === null).toBe(utf8 === null);
        if (utf8 && gb) {
          expect(gb.text).toBe(utf8.text);
          expect(withoutPositions(gb.report)).toEqual(withoutPositions(utf8.report));
          expect(gb.report.facts.map((f) => f.span)).toEqual(utf8.report.facts.map((f) => f.span));
        }
      }),
      params(1000),
    );
  });

  it('detects GB18030 by itself in a report of at least 20 Chinese characters', () => {
    const longChinese = documentText().filter((t) => (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 20);
    fc.assert(
      fc.property(longChinese, (text) => {
        const utf8 = extractWithTrace(text);
        const gb = extractWithTrace(iconv.encode(text, 'gb18030'));
        expect(gb.report.source.encoding).toBe('gb18030');
        expect(withoutPositions(gb.report)).toEqual(withoutPositions(utf8.report));
      }),
      params(800),
    );
  });
});

describe('extract, on any bytes', () => {
  it('never throws but NOT_TEXT/TOO_LARGE, and its report is consistent with the decoded text', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // text with bytes of damage: a cut, a stray byte, a NUL
      fc.tuple(reportText(), fc.constantFrom('utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'), fc.uint8Array({ maxLength: 3 }), fc.nat()).map(([text, encoding, junk, at]) => {
        const body = Buffer.from(iconv.encode(text, encoding));
        const cut = body.length === 0 ? 0 : at % body.length;
        return Uint8Array.from(Buffer.concat([body.subarray(0, cut), junk, body.subarray(cut)]));
      }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const result = tryExtract(input);
        if (result === null) return;
        expectSound(result, result.text);
        expect(result.report.source.bytes).toBe(input.length);
      }),
      params(5000),
    );
  });
});

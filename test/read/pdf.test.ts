import { describe, expect, it } from 'vitest';
import { extractAsync } from '../../src/index.js';
import { readFormat, type ReadInput } from '../../src/read/index.js';
import { departmentNames, factKeys, failure, file, sampleReport, TITLE } from './helpers.js';

const read = async (name: string): Promise<ReadInput> => (await readFormat(file(name))) as ReadInput;

describe('PDF (printed by Chromium)', () => {
  it('the sample as PDF gives the .txt’s departments and facts, each fact with its page', async () => {
    const report = await extractAsync(file('bulletin.pdf'));
    const sample = sampleReport();
    expect(report.schemaVersion).toBe('1.1');
    expect(report.source).toMatchObject({ format: 'pdf', encoding: 'unicode' });
    expect(departmentNames(report)).toEqual(departmentNames(sample));
    expect(factKeys(report)).toEqual(factKeys(sample));
    const pages = report.facts.map((f) => f.page as number);
    expect(pages[0]).toBe(1);
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(2);
    expect(pages.every((p, i) => i === 0 || p >= (pages[i - 1] as number))).toBe(true);
  });

  it('the headline drawn twice (fake bold) reads once', async () => {
    const { document } = await read('bulletin.pdf');
    expect(document.text.startsWith(`${TITLE}\n\n`)).toBe(true);
    expect(document.text).not.toContain('迎疫而上迎疫而上');
    expect((await extractAsync(file('bulletin.pdf'))).document.title).toBe(TITLE);
  });

  it('drops the running header (date, page number) and the page numbers', async () => {
    const { document } = await read('bulletin.pdf');
    expect(document.text).not.toContain('济宁日报');
    expect(document.text).not.toMatch(/^- \d+ -$/m);
    expect(document.pageStarts?.length).toBeGreaterThanOrEqual(2);
  });

  it('a heading in a larger bold size is a line of its own; sentences across a page break are joined', async () => {
    const { document, } = await read('bulletin.pdf');
    const sample = sampleReport();
    for (const name of departmentNames(sample)) expect(document.text).toContain(`\n\n${name}\n\n`);
    // every body paragraph of the .txt, re-joined, is one paragraph of the PDF's text
    for (const d of sample.departments) expect(document.text).toContain(d.text.replace(/\n/g, ''));
  });

  it('a two-column page reads the left column, then the right', async () => {
    const { document } = await read('two-column.pdf');
    const sample = sampleReport();
    const [a, b, c] = sample.departments;
    const at = (s: string): number => document.text.indexOf(s);
    for (const d of [a, b, c]) expect(at(d!.text.replace(/\n/g, ''))).toBeGreaterThan(0);
    expect(at(a!.name)).toBeLessThan(at(b!.name));
    expect(at(b!.name)).toBeLessThan(at(c!.name));
  });

  it.each([
    ['../../test/read/files/no-text.pdf', 'NO_TEXT_LAYER', /^no text layer \(scanned image\?\)/],
    ['../../test/read/files/encrypted.pdf', 'ENCRYPTED', /^encrypted PDF/],
  ])('%s → %s', async (name, code, message) => {
    const error = await failure(extractAsync(file(name)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('a truncated or damaged PDF is one line, DAMAGED', async () => {
    for (const bytes of [file('bulletin.pdf').subarray(0, 200_000), file('bulletin.pdf').subarray(0, 2000), Buffer.from('%PDF-1.7\ngarbage\n')]) {
      const error = await failure(extractAsync(bytes));
      expect(error.code).toBe('DAMAGED');
      expect(error.message).not.toContain('\n');
    }
  });
});

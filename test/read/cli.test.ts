/** The formats through the command line: detection by content, --input-format, folder walks, failures in a batch. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/schema.js';
import { BIN, ensureBuilt } from '../cli/binary.js';
import { runCli, tempDir } from '../cli/helpers.js';
import { FILES, SAMPLE } from './helpers.js';

describe('formats on the command line', () => {
  it('a folder walk reads *.pdf, *.docx, *.html and *.htm; a bad PDF is one stderr line, the others still read', async () => {
    const dir = tempDir();
    copyFileSync(`${FILES}/bulletin.pdf`, join(dir, 'a.pdf'));
    copyFileSync(`${FILES}/bulletin.docx`, join(dir, 'b.docx'));
    copyFileSync(`${FILES}/page.html`, join(dir, 'c.htm'));
    copyFileSync(SAMPLE, join(dir, 'd.txt'));
    writeFileSync(join(dir, 'e.pdf'), readFileSync(`${FILES}/bulletin.pdf`).subarray(0, 5000));
    copyFileSync('test/read/files/no-text.pdf', join(dir, 'f.pdf'));
    writeFileSync(join(dir, 'g.png'), 'not read');
    const { code, stdout, stderr } = await runCli(['-q', dir]);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as Report[];
    expect(reports.map((r) => [r.source.path?.slice(dir.length + 1), r.source.format, r.facts.length])).toEqual([
      ['a.pdf', 'pdf', 62],
      ['b.docx', 'docx', 62],
      ['c.htm', 'html', 62],
      ['d.txt', 'text', 62],
    ]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `report-extract: ${join(dir, 'e.pdf')}: damaged PDF: Invalid PDF structure.`,
      `report-extract: ${join(dir, 'f.pdf')}: no text layer (scanned image?): 1 page without text`,
    ]);
  });

  it('detects by content, whatever the name; --input-format overrides', async () => {
    const dir = tempDir();
    copyFileSync(`${FILES}/bulletin.pdf`, join(dir, 'report.txt'));
    copyFileSync(`${FILES}/page.html`, join(dir, 'page'));
    const pdf = JSON.parse((await runCli(['-q', join(dir, 'report.txt')])).stdout) as Report;
    expect(pdf.source.format).toBe('pdf');
    const asText = JSON.parse((await runCli(['-q', '--input-format', 'text', join(dir, 'page')])).stdout) as Report;
    expect([asText.source.format, asText.source.encoding]).toEqual(['text', 'gb18030']);
    writeFileSync(join(dir, 'fragment.txt'), '<p><strong>区财政局</strong></p><p>拨付资金50万元。</p>');
    const html = JSON.parse((await runCli(['-q', '--input-format', 'html', join(dir, 'fragment.txt')])).stdout) as Report;
    expect([html.source.format, html.facts.map((f) => f.raw)]).toEqual(['html', ['50万元']]);
    const bad = await runCli(['--input-format', 'odt', SAMPLE]);
    expect(bad.code).toBe(2);
  });

  it('--from ndjson: base64 PDF, Word and web page documents are read by their readers', async () => {
    const line = (id: string, name: string): string => JSON.stringify({ id, base64: readFileSync(`${FILES}/${name}`).toString('base64') });
    const stdin = [line('pdf', 'bulletin.pdf'), line('docx', 'bulletin.docx'), line('html', 'page.html'), JSON.stringify({ id: 'bad', base64: 'JVBERi0xLjcKZ2FyYmFnZQo=' })].join('\n');
    const { code, stdout, stderr } = await runCli(['-q', '--from', 'ndjson'], { stdin });
    expect(code).toBe(1);
    const facts = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; page: number | null });
    expect(['pdf', 'docx', 'html'].map((id) => facts.filter((f) => f.id === id).length)).toEqual([62, 62, 62]);
    expect(facts.find((f) => f.id === 'pdf')?.page).toBe(1);
    expect(stderr).toBe('report-extract: bad: damaged PDF: Invalid PDF structure.\n');
  });

  it('reads a PDF from stdin', async () => {
    const { code, stdout } = await runCli(['-q', '-f', 'csv', '--fields', 'page,raw', '-'], { stdin: readFileSync(`${FILES}/bulletin.pdf`) });
    expect(code).toBe(0);
    expect(stdout.split(/\r?\n/)[1]).toBe('1,21名');
  });
});

describe('formats through the built binary', () => {
  beforeAll(ensureBuilt);

  it('report-extract bulletin.pdf -f csv: a page column with --fields, --jobs 2 gives the same bytes', () => {
    const args = [BIN, `${FILES}/bulletin.pdf`, `${FILES}/bulletin.docx`, `${FILES}/page.html`, '-q', '-f', 'csv', '--fields', 'file,page,department,raw'];
    const one = execFileSync(process.execPath, args, { encoding: 'utf8' });
    const two = execFileSync(process.execPath, [...args, '--jobs', '2'], { encoding: 'utf8' });
    expect(two).toBe(one);
    expect(one).toContain(`${FILES}/bulletin.pdf,1,区党政办公室,21名`);
    expect(one).toContain(`${FILES}/page.html,,区党政办公室,21名`);
  });

  it('the readers are not in the CLI bundle: start-up loads none of them', () => {
    const main = readFileSync('dist/main.cjs', 'utf8');
    // (strings from the libraries' own code; includes(), not toContain, so a failure does not print 700 KB)
    for (const library of ['Readability.prototype', 'PDFDocumentProxy', 'invalid zip data', 'class HTMLDocument']) expect(main.includes(library), library).toBe(false);
    const { status, stdout } = spawnSync(process.execPath, ['-e', `import('./dist/index.js').then(() => console.log(Object.keys(require.cache).length))`], { encoding: 'utf8' });
    expect(status).toBe(0);
    expect(Number(stdout)).toBe(0); // no CommonJS library (linkedom, readability, fflate, saxes) was required
  });

  it('extractFile: the async library entry, with the dist build', () => {
    mkdirSync('test/.tmp', { recursive: true });
    const script = `import { extractFile } from '../../dist/index.js';
      const r = await extractFile('${FILES}/bulletin.pdf');
      console.log(JSON.stringify([r.source.format, r.facts.length, r.facts[0].page]));`;
    writeFileSync('test/.tmp/extract-file.mjs', script);
    expect(execFileSync(process.execPath, ['test/.tmp/extract-file.mjs'], { encoding: 'utf8' }).trim()).toBe('["pdf",62,1]');
  });
});

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractAsync } from '../../src/index.js';
import { readFormat, type ReadInput } from '../../src/read/index.js';
import { departmentNames, factKeys, failure, file, sampleReport, TITLE } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A .docx holding this body XML (and styles.xml when given). */
function docx(body: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`),
  };
  if (styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${styles}</w:styles>`);
  return zipSync(files);
}
const p = (text: string, bold = false): string => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const textOf = async (bytes: Uint8Array, maxBytes?: number): Promise<string> => ((await readFormat(bytes, { maxBytes })) as ReadInput).document.text;

describe('Word documents', () => {
  it('the sample as .docx (a bold heading per department, a table) gives the .txt’s departments and facts', async () => {
    const report = await extractAsync(file('bulletin.docx'));
    const sample = sampleReport();
    expect(report.source).toMatchObject({ format: 'docx', encoding: 'unicode' });
    expect(report.document.title).toBe(TITLE);
    expect(departmentNames(report)).toEqual(departmentNames(sample));
    expect(factKeys(report)).toEqual(factKeys(sample));
  });

  it('paragraphs in order; table cells as TAB-separated rows; a bold opening run a heading line', async () => {
    const cell = (t: string): string => `<w:tc>${p(t)}</w:tc>`;
    const text = await textOf(
      docx(
        `${p('区公安分局', true)}${p('出动警力300人次。')}` +
          `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>区税务局</w:t></w:r><w:r><w:t>为企业减税210万元。</w:t></w:r></w:p>` +
          `<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r><w:r><w:t>的一段。</w:t></w:r></w:p>` +
          `<w:tbl><w:tr>${cell('单位')}${cell('人数')}</w:tr><w:tr>${cell('区公安分局')}${cell('300')}</w:tr></w:tbl>` +
          `<w:p><w:r><w:t>已删</w:t></w:r><w:del><w:r><w:delText>旧文字999人</w:delText></w:r></w:del><w:r><w:instrText>PAGE 77</w:instrText></w:r></w:p>`,
      ),
    );
    expect(text).toBe('区公安分局\n\n出动警力300人次。\n\n区税务局\n\n为企业减税210万元。\n\n不加粗的一段。\n\n单位\t人数\n区公安分局\t300\n\n已删\n');
  });

  it('heading styles come from styles.xml', async () => {
    const text = await textOf(docx('<w:p><w:pPr><w:pStyle w:val="a1"/></w:pPr><w:r><w:t>区财政局</w:t></w:r></w:p>' + p('拨付资金50万元。'), '<w:style w:styleId="a1"><w:name w:val="heading 1"/></w:style>'));
    expect(text).toBe('区财政局\n\n拨付资金50万元。\n');
  });

  it('a ZIP bomb named .docx is refused on its central directory, before anything is inflated', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }); // 8 MB of zeros, ~8 KB zipped
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await failure(readFormat(bomb, { maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/inflate to 8388608 bytes.*nothing was inflated/);
  });

  it('a central directory that claims 4 GB is refused without inflating', async () => {
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"/>`) }));
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0xfffffff0, central + 24); // uncompressed size
    expect((await failure(readFormat(zip))).code).toBe('TOO_LARGE');
  });

  it('a ZIP that is not Word, and a damaged ZIP, are one clear error each', async () => {
    const notWord = await failure(readFormat(zipSync({ 'a.txt': strToU8('区财政局') })));
    expect([notWord.code, notWord.message]).toEqual(['DAMAGED', 'a ZIP archive without word/document.xml: not a Word document']);
    const damaged = await failure(readFormat(file('bulletin.docx').subarray(0, 3000)));
    expect(damaged.code).toBe('DAMAGED');
    const badXml = await failure(readFormat(zipSync({ 'word/document.xml': strToU8('<w:document><w:p>') })));
    expect(badXml.code).toBe('DAMAGED');
  });
});

// A long PDF for the benchmark, written by hand (no browser): the sample's paragraphs, 12 pt, 32 CJK
// characters a line and 46 lines a page, in the non-embedded STSong-Light with the predefined
// UniGB-UCS2-H CMap (text as UTF-16 hex), a running head with the page number at the top and a page
// number at the bottom. Written under .bench/ (ignored by git).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './corpus.mjs';

const LINE_CHARS = 32;
const LINES = 46;

/** The sample's text as lines of LINE_CHARS characters, paragraph after paragraph (a heading line alone). */
function sampleLines() {
  const text = readFileSync('fixtures/jining-gaoxin-2022.txt', 'utf8').replace(/^\ufeff/, '');
  const lines = [];
  for (const block of text.split(/\n\s*\n/)) {
    const para = block.replace(/\s+/g, '');
    if (para === '') continue;
    const indented = para.length > 16 ? `\u3000\u3000${para}` : para;
    for (let i = 0; i < indented.length; i += LINE_CHARS) lines.push(indented.slice(i, i + LINE_CHARS));
    lines.push('');
  }
  return lines;
}

const hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

export function pdfFile(pages) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `pages-${pages}.pdf`);
  if (existsSync(file)) return file;
  const source = sampleLines();
  const objects = []; // 1-based: objects[n - 1] is object n
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids = [];
  let at = 0;
  for (let p = 1; p <= pages; p++) {
    const ops = [`BT /F1 9 Tf 250 800 Td <${hex(`济宁日报　2022年9月10日　第${p}版`)}> Tj ET`, 'BT /F1 12 Tf 15 TL 100 760 Td'];
    for (let l = 0; l < LINES; l++) ops.push(`<${hex(source[at++ % source.length])}> Tj T*`);
    ops.push('ET', `BT /F1 9 Tf 290 40 Td <${hex(`- ${p} -`)}> Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.7\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(file, out, 'latin1');
  return file;
}

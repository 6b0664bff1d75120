// Makes the format fixtures in fixtures/files/ from fixtures/jining-gaoxin-2022.txt: the same document as
// a PDF printed by Chromium (bulletin.pdf: its headline drawn twice 0.3 pt apart as fake bold, a running
// header with a date and page number, department headings in a larger bold size, several pages), a
// two-column page (two-column.pdf), a PDF without text (no-text.pdf), an encrypted one (encrypted.pdf,
// needs qpdf), a Word file (bulletin.docx, a bold heading per department and a table) and a saved
// government page in GB2312 (page.html: nav, breadcrumbs, metadata, share bar, related reading, footer).
// The committed files are what the tests read; run this only to change them:
//   node scripts/make-format-fixtures.mjs     (Debian's chromium at /usr/bin/chromium, or CHROMIUM_PATH)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { chromium } from 'playwright-core';

const OUT = 'fixtures/files';
const TITLE = '迎疫而上与人民群众同心战“疫”';
const SUBTITLE = '济宁高新区区直各部门单位助力疫情防控';
const KICKER = '战“疫”一线党旗红';

/** The sample's lead, then [heading, paragraphs[]] per department (its trailing headline left out: it is drawn here). */
function sample() {
  const text = readFileSync('fixtures/jining-gaoxin-2022.txt', 'utf8').replace(/^\ufeff/, '');
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== '');
  const body = blocks.filter((b) => !b.includes('迎疫而上迎疫而上') && !b.includes('战战'));
  const lead = body[0].replace(/\n/g, '');
  const departments = [];
  for (const block of body.slice(1)) {
    const isHeading = !block.includes('\n') && block.length <= 16 && !/[，。；]/.test(block);
    const paras = departments.at(-1)?.[1];
    const last = paras?.at(-1);
    if (isHeading) departments.push([block, []]);
    // A blank line inside a sentence (`社区管\n\n控`) is the source's page break: one paragraph here.
    else if (last !== undefined && !/[。！？”]$/.test(last)) paras[paras.length - 1] = last + block.replace(/\n/g, '');
    else paras.push(block.replace(/\n/g, ''));
  }
  return { lead, departments };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function pdfs() {
  const { lead, departments } = sample();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const font = `font-family: 'WenQuanYi Micro Hei', sans-serif;`;
  const print = async (html, file, options = {}) => {
    await page.setContent(html);
    await page.pdf({ path: `${OUT}/${file}`, format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' }, ...options });
  };
  // The headline twice, the second copy 0.3 pt right and down: a PDF's fake bold.
  const doubled = `<div style="position: relative; height: 40pt; font-size: 22pt; text-align: center">
    <div style="position: absolute; left: 0; right: 0; top: 0">${esc(TITLE)}</div>
    <div style="position: absolute; left: 0.3pt; right: 0; top: 0.3pt">${esc(TITLE)}</div></div>`;
  await print(
    `<html><body style="${font} font-size: 12pt; line-height: 1.6">
    ${doubled}
    <p style="text-align: center; font-size: 14pt">${esc(SUBTITLE)}</p>
    <p style="text-align: center; font-size: 12pt">${esc(KICKER)}</p>
    <p style="text-indent: 2em">${esc(lead)}</p>
    ${departments.map(([name, paras]) => `<h2 style="font-size: 16pt; font-weight: bold; margin: 10pt 0 4pt">${esc(name)}</h2>${paras.map((p) => `<p style="text-indent: 2em; margin: 0 0 6pt">${esc(p)}</p>`).join('')}`).join('\n')}
    </body></html>`,
    'bulletin.pdf',
    {
      displayHeaderFooter: true,
      headerTemplate: `<div style="${font} font-size: 9pt; width: 100%; text-align: center">济宁日报　2022年9月10日　第<span class="pageNumber"></span>版</div>`,
      footerTemplate: `<div style="${font} font-size: 9pt; width: 100%; text-align: center">- <span class="pageNumber"></span> -</div>`,
    },
  );
  const [first, second, third] = departments;
  await print(
    `<html><body style="${font} font-size: 11pt; line-height: 1.5">
    <h1 style="font-size: 20pt; text-align: center">${esc(SUBTITLE)}</h1>
    <div style="columns: 2; column-gap: 12mm">
    ${[first, second, third].map(([name, paras]) => `<h2 style="font-size: 14pt; font-weight: bold">${esc(name)}</h2>${paras.map((p) => `<p style="text-indent: 2em; margin: 0 0 4pt">${esc(p)}</p>`).join('')}`).join('\n')}
    </div></body></html>`,
    'two-column.pdf',
  );
  await print(`<html><body><svg width="400" height="300"><rect x="10" y="10" width="300" height="200" fill="#888"/><circle cx="200" cy="150" r="60" fill="#444"/></svg></body></html>`, '../../test/read/files/no-text.pdf');
  await browser.close();
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', `${OUT}/two-column.pdf`, 'test/read/files/encrypted.pdf']);
}

function docx() {
  const { lead, departments } = sample();
  const para = (text, bold = false) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const heading = (text, style) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
  const cell = (text) => `<w:tc><w:p><w:r><w:t>${esc(text)}</w:t></w:r></w:p></w:tc>`;
  const table = `<w:tbl>${[['单位', '联络人'], ['区党政办公室', '刘菲'], ['区公安分局', '曹俐']].map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = [
    heading(TITLE, 'Title'),
    para(SUBTITLE),
    para(KICKER),
    para(lead),
    ...departments.flatMap(([name, paras]) => [para(name, true), ...paras.map((p) => para(p))]),
    table,
  ].join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date('2022-09-10T00:00:00Z') });
  writeFileSync(`${OUT}/bulletin.docx`, zip);
}

function html() {
  const { lead, departments } = sample();
  const page = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(TITLE)}_济宁高新区人民政府</title>
<script>document.write('<p>今日访问量 88888 人次，共 500 名访客</p>'); var hits = 1024;</script>
<style>.nav a { margin: 0 8px }</style></head>
<body>
<div class="header"><div class="logo">济宁高新区人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/xwzx">新闻中心</a><a href="/bsfw">办事服务</a><a href="/hdjl">互动交流</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx">新闻中心</a> &gt; 部门动态</div>
<div class="main">
<div class="article">
<h1>${esc(TITLE)}</h1>
<div class="info">发布时间：2022-09-10 08:30　来源：济宁日报　浏览次数：1024　【字体：大 中 小】</div>
<p style="text-align:center">${esc(SUBTITLE)}</p>
<p style="text-align:center">${esc(KICKER)}</p>
<div id="zoom">
<p>　　${esc(lead)}</p>
${departments.map(([name, paras]) => `<p><strong>${esc(name)}</strong></p>\n${paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}`).join('\n')}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a> 已有 36 人分享</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1">高新区3000名志愿者投入一线</a></li><li><a href="/a/2">12个检测点位有序运行</a></li></ul></div>
<div class="print">【打印本页】【关闭窗口】</div>
</div></div>
<div class="footer"><p>主办单位：济宁高新区党政办公室　联系电话：0537-2345678</p><p>备案号：鲁ICP备12345678号-1　网站标识码：3708000001　鲁公网安备 37089102000123号</p></div>
</body></html>
`;
  writeFileSync(`${OUT}/page.html`, iconv.encode(page, 'gb2312'));
}

html();
docx();
await pdfs();

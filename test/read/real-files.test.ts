/**
 * The real PDF, Word and web-page files of the brief's shared/real-files, copied into test/read/files/real/
 * (SOURCES.md there says where each comes from and what it shows): none crashes or hangs, furniture stays
 * out, tables come out as rows, letter-spaced headings read as words, page numbers are not facts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAsync } from '../../src/index.js';
import { readFormat, type ReadInput } from '../../src/read/index.js';

const DIR = 'test/read/files/real';
const read = async (name: string): Promise<ReadInput> => (await readFormat(readFileSync(`${DIR}/${name}`))) as ReadInput;

describe('real files (test/read/files/real)', () => {
  it.each([
    ['zhoukou-tjgb-2023.pdf', 'pdf', '一、综合', 300],
    ['qiandongnan-tjgb-2023.pdf', 'pdf', '一、综合', 400],
    ['sz-gender-stats-2021.pdf', 'pdf', '人口规模与性别比', 80],
    ['qiandongnan-tjgb-2016.docx', 'docx', '一、综合', 300],
    ['beijing-govreport-2025.docx', 'docx', '一、2024年工作回顾', 100],
    ['wanzai-tjgb-2022.html', 'html', '一、综合', 300],
    ['yichun-tjgb-2022.html', 'html', '一、综合', 300],
    ['deqing-invest-2016.html', 'html', '1-10月，全县固定资产投资完成246.79亿元', 5],
  ])('%s: a %s report, headings as lines, enough facts', async (name, format, line, minFacts) => {
    const report = await extractAsync(readFileSync(`${DIR}/${name}`), { path: name });
    expect(report.source.format).toBe(format);
    expect(report.facts.length).toBeGreaterThanOrEqual(minFacts);
    const { document } = await read(name);
    expect(document.text.split('\n').some((l) => l.startsWith(line))).toBe(true);
    for (const furniture of ['索引号', '发布机构', 'ICP备', '网站标识码', '当前位置', '分享到']) expect(document.text).not.toContain(furniture);
  }, 30_000);

  it('PDF page footers (-1-, — 1—) and justified spacing are gone; tables are TAB rows', async () => {
    const zhoukou = (await read('zhoukou-tjgb-2023.pdf')).document.text;
    expect(zhoukou).not.toMatch(/^-\s*\d+\s*-$/m);
    expect(zhoukou).toContain('指标\t年末数（万人）\t比重（%）');
    const qiandongnan = (await read('qiandongnan-tjgb-2023.pdf')).document.text;
    expect(qiandongnan).not.toMatch(/^—\s*\d+\s*—$/m);
    expect(qiandongnan).toContain('第二产业增加值比重为22.1%');
  }, 30_000);
});

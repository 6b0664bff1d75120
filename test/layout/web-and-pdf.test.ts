/** Layouts met in the third blind set: bullet-marked run-in headings, and PDF page noise inside a sentence. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { dedent } from '../helpers/dedent.js';

describe('bullet-marked run-in headings', () => {
  it.each([
    ['▲区卫健委：全区23家医疗机构开设防暑门诊。', '区卫健委'],
    ['★区交通运输局：880辆公交车全部开启空调。', '区交通运输局'],
    ['● 区供电中心：组织抢修队伍18支。', '区供电中心'],
  ])('%s → %s', (text, name) => {
    expect(extract(text).departments.map((d) => d.name)).toEqual([name]);
  });

  it('does not take a caption without a colon for a heading', () => {
    expect(extract('▲图为区城管局工作人员在街头发放绿豆汤').departments).toEqual([]);
  });
});

describe('PDF page noise', () => {
  const text = dedent`
    区民政局

    新建街道综合养老服务中心3处、社区老年人日间照料中心12处，
    为困难失能老年人建设家庭养老床位1
    — 2 —

    某某区人民政府公报　2023年第5期

    20张，引导社会力量参与养老服务，全区养老机构床位达5600余张。
    - 3 -

    某某区人民政府公报　2023年第5期
  `;

  it('leaves page numbers and a repeated running header out, and joins the number they broke', () => {
    const report = extract(text);
    expect(report.facts.map((f) => f.raw)).toEqual(['3处', '12处', '120张', '5600余张']);
    expect(report.departments[0]?.text).not.toMatch(/— 2 —|公报/);
  });

  it('keeps a header line that appears only once', () => {
    expect(extract('某某区人民政府公报　2023年第5期\n\n区民政局\n\n新建中心3处。').document.title).toBe('某某区人民政府公报　2023年第5期');
  });
});

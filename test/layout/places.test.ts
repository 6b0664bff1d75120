import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupPlace, type PlaceHit } from '../../src/layout/places.js';
import { fold } from '../../src/text/normalize.js';

const root = new URL('../../', import.meta.url);
const look = (name: string): PlaceHit | null => lookupPlace(fold(name));
const hit = (level: PlaceHit['level'], form: PlaceHit['form'], ambiguous = false, parts = 1): PlaceHit => ({ level, form, ambiguous, parts });

describe('src/layout/lexicon/places.data.ts', () => {
  it('is what scripts/places.mjs makes of the installed @vant/area-data (run `npm run places` when this fails)', () => {
    const committed = readFileSync(new URL('src/layout/lexicon/places.data.ts', root), 'utf8');
    const generated = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/places.mjs', '--print'], { cwd: root, encoding: 'utf8' });
    expect(committed).toBe(generated);
  });
});

// Each expected value checked against @vant/area-data 2.1.0 (and scripts/places.mjs's hand-added names).
describe('lookupPlace', () => {
  it.each([
    // full names of each level
    ['河南省', hit('province', 'full')],
    ['广西壮族自治区', hit('province', 'full')],
    ['北京市', hit('province', 'full')], // a municipality: its one prefecture is the province itself
    ['天水市', hit('prefecture', 'full')],
    ['延边朝鲜族自治州', hit('prefecture', 'full')],
    ['阿里地区', hit('prefecture', 'full')],
    ['鼓楼区', hit('county', 'full')], // in four cities, but a full name is never ambiguous
    ['长阳土家族自治县', hit('county', 'full')],
    ['沙县区', hit('county', 'full')], // Sanming, since 2021
    ['临平区', hit('county', 'full')], // Hangzhou, since 2021
    ['白杨市', hit('county', 'full')], // Xinjiang, since 2023
    ['和安县', hit('county', 'full')], // Hotan, since 2024
    ['神农架林区', hit('county', 'full')],
    // short forms
    ['河南', hit('province', 'short')],
    ['广西', hit('province', 'short')],
    ['内蒙古', hit('province', 'short')],
    ['新疆', hit('province', 'short')],
    ['吉林', hit('province', 'short')], // also 吉林市: a province's short form wins and is not ambiguous
    ['天水', hit('prefecture', 'short')],
    ['延边', hit('prefecture', 'short')],
    ['湘西', hit('prefecture', 'short')], // 湘西土家族苗族自治州: both ethnic names go
    ['长沙', hit('prefecture', 'short')], // 长沙县 is under 长沙市: one place, not two
    ['长阳', hit('county', 'short')],
    ['浦东', hit('county', 'short')], // 浦东新区
    ['神农架', hit('county', 'short')],
    ['沙县', hit('county', 'short')], // 沙县区's short form
    // Traditional, folded
    ['河南省', hit('province', 'full')],
    ['甘肅省', hit('province', 'full')],
    ['廣東', hit('province', 'short')],
    ['黑龍江', hit('province', 'short')],
    ['鄭州市', hit('prefecture', 'full')],
    ['長陽土家族自治縣', hit('county', 'full')],
    ['衞輝市', hit('county', 'full')], // Hong Kong's 衞 as well as 衛
    ['衛輝', hit('county', 'short')],
    // Hong Kong
    ['香港', hit('province', 'short')],
    ['香港特別行政區', hit('province', 'full')],
    ['香港島', hit('prefecture', 'full')],
    ['九龍', hit('prefecture', 'full')],
    ['新界', hit('prefecture', 'full')],
    ['新界北', hit('prefecture', 'full')],
    ['新界東', hit('prefecture', 'full')],
    ['油尖旺区', hit('county', 'full')],
    ['油尖旺區', hit('county', 'full')],
    ['油尖旺', hit('county', 'short')],
    ['深水埗區', hit('county', 'full')],
    ['九龍城區', hit('county', 'full')],
    ['灣仔', hit('county', 'short')],
    // Macau
    ['澳門', hit('province', 'short')],
    ['澳門半島', hit('prefecture', 'full')],
    ['氹仔', hit('county', 'full')],
    ['路環', hit('county', 'full')],
    ['花地瑪堂區', hit('county', 'full')],
    ['聖方濟各堂區', hit('county', 'full')],
    // Taiwan
    ['臺灣', hit('province', 'short')],
    ['臺北市', hit('prefecture', 'full')],
    ['台北', hit('prefecture', 'short')],
    ['彰化縣', hit('prefecture', 'full')],
    ['嘉義縣', hit('prefecture', 'full')],
    ['花蓮', hit('prefecture', 'short')],
    ['北投區', hit('county', 'full')],
    ['羅東鎮', hit('county', 'full')],
    // a parent then a child
    ['甘肃天水', hit('prefecture', 'short', false, 2)],
    ['甘肅天水', hit('prefecture', 'short', false, 2)],
    ['河南郑州', hit('prefecture', 'short', false, 2)],
    ['甘肃省天水市', hit('prefecture', 'full', false, 2)],
    ['广东省深圳市', hit('prefecture', 'full', false, 2)],
    ['江苏南京鼓楼', hit('county', 'short', false, 3)],
    ['南京鼓楼', hit('county', 'short', false, 2)],
    ['北京朝阳', hit('county', 'short', false, 2)],
    ['江苏鼓楼', hit('county', 'short', false, 2)], // a grandchild will do
    ['臺北市北投區', hit('county', 'full', false, 2)],
    // ambiguous: shared by unrelated places, or a common word
    ['鼓楼', hit('county', 'short', true)], // Nanjing, Xuzhou, Fuzhou, Kaifeng
    ['和平', hit('county', 'short', true)],
    ['长安', hit('county', 'short', true)],
    ['新华', hit('county', 'short', true)],
    ['城关', hit('county', 'short', true)],
    ['朝阳', hit('prefecture', 'short', true)], // 朝阳市 (Liaoning) and 朝阳区 (Beijing, Changchun)
    ['中山', hit('prefecture', 'short', true)],
    ['东区', hit('county', 'full', true)], // a full name, but generic
    ['城区', hit('county', 'full', true)],
  ])('%s', (name, expected) => {
    expect(look(name)).toEqual(expected);
  });

  it.each([
    '区财政局', '党员干部', '市民', '记者', '北京时间', '新闻', '天气', '一线', '国庆',
    '中国', // the country is not a division: a heading `中国` is no department
    '沙', // 沙县 has no short form of its own (one character)
    '内蒙', '河南省省', '郑州河南', '南京江苏', '天水甘肃', '鼓楼南京', // a child before its parent is no name
    '福州鼓楼区南京', '河南郑州开封', '北京北京', '', '市', '区', '省',
  ])('%s is no place', (name) => {
    expect(look(name)).toBeNull();
  });

  it('finds every Hong Kong district, Macau parish and Taiwan county in its Traditional spelling', () => {
    const traditional = [
      '中西區', '灣仔區', '東區', '南區', '油尖旺區', '深水埗區', '九龍城區', '黃大仙區', '觀塘區', '葵青區', '荃灣區', '屯門區',
      '元朗區', '北區', '大埔區', '沙田區', '西貢區', '離島區',
      '花地瑪堂區', '花王堂區', '望德堂區', '大堂區', '風順堂區', '嘉模堂區', '聖方濟各堂區', '路氹填海區',
      '臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市', '基隆市', '新竹市', '嘉義市', '新竹縣', '苗栗縣', '彰化縣', '南投縣',
      '雲林縣', '嘉義縣', '屏東縣', '宜蘭縣', '花蓮縣', '臺東縣', '澎湖縣', '金門縣', '連江縣',
    ];
    expect(traditional.filter((name) => look(name) === null)).toEqual([]);
  });
});

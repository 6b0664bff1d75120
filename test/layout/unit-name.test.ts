import { describe, expect, it } from 'vitest';
import { looksLikeUnitName } from '../../src/layout/unit-name.js';
import { fold } from '../../src/text/normalize.js';

/** Names as headings write them, by the ending that makes them units; Traditional names are folded first, as headings are. */
const UNITS: string[] = [
  // …局 …分局
  '区财政局', '县应急管理局', '区行政审批服务局', '醫院管理局', '区公安分局', '区自然资源和规划分局', '县税务局',
  // …办公室 …室
  '区党政办公室', '县政府办公室', '区政协工作室', '县档案室',
  // …委员会 …委
  '市卫生健康委员会', '香港房屋委員會', '区纪工委监工委', '县政法委',
  // …中心 …集团 …公司
  '区政务服务中心', '緊急事故監察及支援中心', '济宁高新控股集团', '济宁创新谷发展集团', '县供电公司', '国网济宁供电公司',
  // …街道 …社区 …镇 …乡 …村
  '柳行街道', '洸河街道', '西闸社区', '王因镇', '黄屯镇', '柳林乡', '王庄村',
  // …部 …所 …院 …署 …處/…处 …队 …站
  '县委宣传部', '区人武部', '区党工委组织部', '区司法所', '王因镇司法所', '县人民医院', '区检察院', '县人民法院',
  '路政署', '社會福利署', '康樂及文化事務署', '消防處', '入境事務處', '区人事处', '县消防救援大队', '县公安局交通管理大队',
  '泗水汽车站', '县客运站',
  // numerals in names: ordinals, emergency numbers, places
  '县第一人民医院', '县第二中学', '区110指挥中心', '九台区财政局', '三元区税务局', '七台河市应急管理局',
];

const NOT_UNITS: string[] = [
  // words that end like a unit
  '党员干部', '全体干部', '全局', '大局', '格局', '场所', '好处', '到处', '不足之处', '团队', '社会', '农村', '城镇', '城乡',
  '重心', '核心', '车站', '合作社', '小组', '推进会',
  // a suffix alone, or too short to be a name
  '局', '部', '中心', '社区', '小镇', '村',
  // phrases and sentences
  '全力保障的局', '区财政局积极筹措资金', '工作成效', '强化组织领导', '编者按', '聚力防汛', '春运安全防护网', '疫情防控一线',
  // a quantity makes a clause, whatever its ending
  '组织21名党员干部下沉社区', '组建一支突击队', '抽调1.2万名干部下沉社区', '成立3个工作组',
  // not made of name characters
  '区财政局，', '区财政局。', '一、区财政局', '区 财政局', '',
  // longer than any unit name
  '区' + '城乡建设和交通'.repeat(4) + '局',
];

describe('looksLikeUnitName', () => {
  it.each(UNITS)('%s is a unit', (name) => expect(looksLikeUnitName(fold(name))).toBe(true));
  it.each(NOT_UNITS)('%s is not a unit', (name) => expect(looksLikeUnitName(fold(name))).toBe(false));
});

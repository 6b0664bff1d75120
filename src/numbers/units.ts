/**
 * Measure words and units (data): written form (folded: Simplified, half-width) → category, canonical
 * unit and the factor to the canonical unit. Adding a measure word is adding a line. The longest written
 * form wins where the number ends (`人次` before `人`, `万元` is `万` + `元`: multipliers belong to the number).
 */
import type { Category } from '../schema.js';

export interface UnitInfo {
  category: Category;
  /** Canonical unit; for counts, the measure word itself. */
  unit: string;
  /** Multiply the written number by this to get the canonical unit (`公斤` → t: 0.001). */
  factor: number;
  /** A sign before the number belongs to it: `-15℃`, `零下10℃`. */
  signed: boolean;
  /** A measure only with a sign before the number: `零下41.9度` (`1000度电` is electricity, `30度` an angle). */
  signOnly: boolean;
}

// (every entry has every field, so the rules that read them see one object shape)
const u = (category: Category, unit: string, factor = 1): UnitInfo => ({ category, unit, factor, signed: false, signOnly: false });
const signed = (category: Category, unit: string): UnitInfo => ({ category, unit, factor: 1, signed: true, signOnly: false });
const count = (word: string): UnitInfo => u('count', word);

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  // personnel
  名: u('personnel', 'person'), 人: u('personnel', 'person'), 位: u('personnel', 'person'), 口人: u('personnel', 'person'), 人口: u('personnel', 'person'),
  // funds (value in yuan); `万元`, `亿元` are the multiplier + `元`
  元: u('funds', 'CNY'), 块钱: u('funds', 'CNY'), 美元: u('funds', 'USD'), 欧元: u('funds', 'EUR'), 港元: u('funds', 'HKD'), 港币: u('funds', 'HKD'), 澳门元: u('funds', 'MOP'), 澳门币: u('funds', 'MOP'), 日元: u('funds', 'JPY'),
  // tonnage (value in tonnes)
  吨: u('tonnage', 't'), 公斤: u('tonnage', 't', 0.001), 千克: u('tonnage', 't', 0.001), 斤: u('tonnage', 't', 0.0005), 克: u('tonnage', 't', 1e-6),
  // `口`: the members of a household (`一家5口`); `3口井` are things (refiners/by-subject.ts, by what is counted)
  口: u('personnel', 'person'),
  // vehicles; `台` is decided by what is counted (refiners/by-subject.ts); trains, ships and their runs are counts
  辆: u('vehicles', 'vehicle'), 台: count('台'), 架: count('架'), 艘: count('艘'), 列: count('列'), 趟: count('趟'),
  车: count('车'), // truckloads: `运送物资20车`
  // counts: the measure word is the unit
  家: count('家'), 个: count('个'), 处: count('处'), 件: count('件'), 套: count('套'), 份: count('份'), 条: count('条'),
  项: count('项'), 次: count('次'), 起: count('起'), 例: count('例'), 场: count('场'), 批: count('批'), 支: count('支'),
  组: count('组'), 座: count('座'), 只: count('只'), 户: count('户'), 所: count('所'), 间: count('间'), 栋: count('栋'),
  张: count('张'), 本: count('本'), 册: count('册'), 篇: count('篇'), 期: count('期'), 轮: count('轮'), 块: count('块'),
  根: count('根'), 把: count('把'), 箱: count('箱'), 袋: count('袋'), 瓶: count('瓶'), 盒: count('盒'), 桶: count('桶'),
  头: count('头'), 顶: count('顶'), 单: count('单'), 管: count('管'), 床: count('床'), 床位: count('床位'), 班次: count('班次'),
  剂: count('剂'), 片: count('片'), 粒: count('粒'), 笔: count('笔'), 剂次: count('剂次'), 节: count('节'), 具: count('具'), 台套: count('台套'), 杯: count('杯'), 宗: count('宗'), 辆次: count('辆次'), 艘次: count('艘次'), 台次: count('台次'), 株: count('株'), 棵: count('棵'), 枚: count('枚'), 幅: count('幅'),
  种: count('种'), 盏: count('盏'), 羽: count('羽'), 尾: count('尾'), 人份: count('人份'), 标箱: count('标箱'), // `10万羽` poultry, `10万尾` fish fry, `5万人份` test kits
  人次: count('人次'), 车次: count('车次'), 场次: count('场次'), 架次: count('架次'), 批次: count('批次'), 户次: count('户次'),
  // durations
  工作日: u('duration', 'day'), 个工作日: u('duration', 'day'), 小时: u('duration', 'h'), 个小时: u('duration', 'h'), 分钟: u('duration', 'min'), 天: u('duration', 'day'), 日: u('duration', 'day'),
  周: u('duration', 'week'), 星期: u('duration', 'week'), 个星期: u('duration', 'week'), 个月: u('duration', 'month'), 年: u('duration', 'year'),
  // other measures
  公里: u('measure', 'km'), 千米: u('measure', 'km'), 米: u('measure', 'm'), 毫米: u('measure', 'mm'), 厘米: u('measure', 'cm'),
  平方米: u('measure', 'm2'), 平米: u('measure', 'm2'), 平方公里: u('measure', 'km2'), 立方米: u('measure', 'm3'),
  亩: u('measure', 'mu'), 公顷: u('measure', 'ha'), 升: u('measure', 'L'), 毫升: u('measure', 'mL'), 千瓦: u('measure', 'kW'),
  兆瓦: u('measure', 'MW'), 千瓦时: u('measure', 'kWh'), 摄氏度: signed('measure', '°C'), '°C': signed('measure', '°C'), '℃': signed('measure', '°C'),
  度: { category: 'measure', unit: '°C', factor: 1, signed: true, signOnly: true },
  km: u('measure', 'km'), kg: u('tonnage', 't', 0.001), t: u('tonnage', 't'),
};

/**
 * Words that start with a measure word's character but are not one, so `统一处理` is not `一处` and
 * `3年级` is not three years. Checked at the number's end before the unit table.
 */
export const NOT_MEASURE_WORDS: readonly string[] = [
  '处理', '处置', '处罚', '处长', '处室', '处于', '处在', '组织', '组建', '组长', '组成', '项目', '批复', '批准', '批示', '批评',
  '场所', '场景', '场地', '场馆', '场合', '支付', '支持', '支部', '支队', '支撑', '名称', '名义', '名单', '名额', '名片', '位置', '位于',
  '人员', '人民', '人才', '人士', '人家', '人们', '人大', '人社', '人居', '人文', '人工', '人力', '人身', '个人', '个体', '个性', '个别',
  '家庭', '家属', '家乡', '家园', '家居', '家政', '家电', '条件', '条例', '条款', '条线', '次序', '次要', '次日', '台账', '台风', '台阶',
  '只有', '只要', '只是', '只能', '年级', '年代', '年轻', '年龄', '年终', '年初', '年底', '年末', '年度', '年货', '年份', '天气', '天然', '天地',
  '天下', '顶级', '顶尖', '宗旨', '宗教', '单位', '单独', '单一', '单元', '单纯', '单项', '管理', '管控', '管辖', '管护', '管网', '管道', '管住', '管好', '片区', '片面', '片刻', '笔者', '剂量', '周岁', '节约', '节能', '节日', '节点', '节假日', '节目', '节省', '节水', '节奏', '节俭', '节庆', '具有', '具体', '具备', '方针', '方能', '方可', '方才', '方言', '份额', '元旦', '元素', '元宵', '户籍', '户外', '户口', '套餐', '例如', '起来', '起步', '起到', '起点', '起草', '起诉', '起床',
  '道路', '道德', '道理', '面对', '面向', '面积', '面临', '面貌', '面前', '面上', '本地', '本身', '本着', '本级', '本轮', '本次', '期间',
  '期待', '期限', '期望', '间隔', '头脑', '把关', '把握', '块状', '米面', '方面', '方式', '方法', '方案', '方向', '方便', '方位', '度过',
  '座谈', '周边', '周围', '周密', '周到', '周末', '周年', '日常', '日夜', '日益', '日前', '日报', '日趋', '日均', '月均', '件事', '升级',
  '升温', '间接', '根据', '根本', '张贴', '日产', '日清', '栋梁', '头等', '把手', '克服', '所有', '所以', '所在', '所属',
  '口罩', '口号', '口径', '口岸', '口子', '口气', '口味', '口头', '口碑', '口令', '口腔', '口袋', '口粮', '口感', '口吻', '口中', '口语',
  '口之家', '户型', '户均', '尾声', '尾款', '尾气', '尾矿', '尾号', '尾部', '尾随', '尾巴', '尾数', '羽毛', '羽绒', '羽毛球',
  '车辆', '车间', '车站', '车位', '车型', '车队', '车载', '车主', '车身', '车险', '车牌', '车流', '车道', '车程', '车速', '车厢', '车上', '车内', '车检',
  '列车', '列入', '列为', '列出', '列席', '列表', '列举', '种植', '种类', '种养', '种子', '种苗', '种粮', '种业', '种地', '种田', '种草',
];

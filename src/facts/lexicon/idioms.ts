/**
 * Numerals that are not quantities (SPEC.md §3), as data about the language:
 * fixed expressions, slogans, and the words a numeral forms with its neighbours.
 */

/** Fixed expressions and slogans built from numerals. Matched where the numeral stands. */
export const NUMERAL_EXPRESSIONS = [
  '最后一公里', '最后一里', '最后一米', '最后一百米', '最后一步', '一公里',
  '一把手', '一盘棋', '一张网', '一张图', '一条心', '一站式', '一对一', '一次性', '一揽子', '一体化', '一条龙', '一竿子',
  '一起', '一道', '一线', '一心', '一键', '一面', '一手', '一流', '一致', '一样', '一般', '一切', '一些', '一直', '一定', '一旦', '一律',
  '两个维护', '两个确立', '四个意识', '四个自信', '四个全面', '三个代表', '三个务必', '五位一体', '八项规定', '四风', '三会一课',
  '两学一做', '一岗双责', '四个一', '三到位', '两不愁', '三保障', '六稳', '六保', '三农', '两新', '两会', '两委', '三公', '五水共治',
  '一人一档', '一户一策', '一企一策', '一村一品', '一事一议', '千家万户', '三番五次', '千方百计', '万众一心', '一心一意',
  '四面八方', '五湖四海', '千辛万苦', '万无一失', '一丝不苟', '三令五申', '一举两得', '独一无二', '一清二楚', '十全十美',
  '百分百', '一百个放心', '一刀切', '一窝蜂', '半边天', '一把尺子', '一家人', '一辈子', '一阵子', '一下子', '一会儿',
  // a bare multiplier in an idiom or a name (elsewhere `万人` is 10,000 people)
  '一年一度', '一年四季', '一年到头', '一天到晚', '两个一百年',
  '万人空巷', '万家灯火', '千人一面', '百家争鸣', '百家讲坛', '千人计划', '万人计划', '百人计划', '万元户', '百万雄师', '千军万马', '万人迷',
] as const;

/**
 * A Chinese numeral + `个` before a verb or a modal names a slogan, not a count: `两个确保`, `四个坚持`,
 * `三个必须`, `五个到位` (a count has a noun there: `两个专班`).
 */
export const SLOGAN_HEADS = [
  '确保', '坚持', '必须', '维护', '确立', '到位', '落实', '服务', '意识', '自信', '全面', '代表', '务必', '不摘', '不变', '不放松', '没有', '优先',
  '统一', '结合', '聚焦', '推进', '提升', '加强', '强化', '转变', '坚定', '看齐', '着力', '围绕', '一批', '一百年',
];

/** Two bare round numbers in one short stretch make a campaign's name: `百名干部进万家`, `千名党员联万户`. */
export const ROUND_SLOGAN_WINDOW = 8;

/** `一起` is a count only before a noun of incidents: `一起交通事故`; `发现一起、查处一起` is an idiom. */
export const INCIDENT_NOUNS = ['事故', '案件', '案', '纠纷', '火灾', '事件', '违法', '违规', '盗窃', '诈骗', '投诉', '险情', '病例', '疫情', '警情'];

/** Before `一`, these make it part of a word: `统一`, `唯一`, `之一`, `逐一`, `每一`, `新一轮`. */
export const ONE_WORD_BEFORE = '统唯之同单逐划专合如万均归第初整纯某每新上下其另任这那哪';

/**
 * A lone `一` before a measure word of things or people is mostly the indefinite article: `一批干部`,
 * `一项重要任务`, `我是一名法官`, `一支朝气蓬勃的队伍`, `一个熟练工`. It counts one only right after a verb
 * that makes, finds or hands over the thing (`新建一座桥`, `成立一个专班`, `查处一起案件`), `了` allowed between,
 * or after the noun at the end of a clause (`新建村级幼儿园一所。`, `发现隐患一处，`).
 */
export const ONE_COUNT_VERBS = [
  '新建', '建成', '建起', '建设', '修建', '成立', '组建', '设立', '建立', '开设', '增设', '开通', '开辟', '打造', '新增', '举办', '召开',
  '发生', '查处', '破获', '侦破', '查获', '出台', '印发', '制定', '签订', '签署', '引进', '落地', '投用', '启用', '新开', '购置', '采购',
  '配备', '安装', '捐赠', '捐献', '发放', '救治', '收治', '确诊', '新增', '处置', '化解', '挂牌', '获批', '荣获', '获得', '收到', '派出',
];
/** Between the verb and `一`: `成立了一个专班`. */
export const ONE_COUNT_GLUE = ['了'];
/** Measure words whose lone `一` is vague whatever stands before it: `打造一批精品线路`, `一种方式`, `一系列措施`. */
export const ONE_VAGUE_MEASURES = ['批', '种', '系列', '片', '类', '番', '股', '阵', '些'];

/** Negations that make `一X` "not a single": `不漏一人`, `不落一户`, `无一例`. */
export const NEGATIONS = '不没无未毫';

/** Suffixes that turn a quantity into a class or label: `千万吨级`, `一次性`, `8小时制`. */
export const LABEL_SUFFIXES = '级型性式制档';

/** A span of years that names a plan: `五年规划`, `三年行动计划`, `十年攻坚`. */
export const PLAN_LABEL = /^(?:规划|计划|行动|攻坚|发展纲要)/;

/** After a span of service, the name of its award: `工作三十年“荣誉天平奖章”`, `从警30年荣誉纪念章`. */
export const AWARD_LABEL = /^(?:[“"「『][^”"」』]{0,10}(?:奖章|纪念章|勋章|证书|奖)[”"」』]|荣誉(?:纪念章|奖章|证书|称号))/;

/** A duration that names a policy circle: `15分钟生活圈`, `15分钟养老服务圈`, `半小时经济圈`. */
export const CIRCLE_LABEL = /^[\p{Script=Han}]{0,6}圈/u;

/** Words that mark a following numeral as an ordinal or a label: `第一`, `一期工程`. */
export const ORDINAL_PREFIX = '第';
/** `一期`, `二期` followed by these, or in brackets, name a phase: `项目（一期）`, `二期工程`. */
export const PHASE_NOUNS = ['工程', '项目', '工地', '建设'];

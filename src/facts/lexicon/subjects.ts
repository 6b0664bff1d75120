/** Where a subject (what is counted) ends, as data. */

/** Words that end a subject after the measure word: `21名党员干部在…`, `24名党员干部下沉…`. */
export const SUBJECT_STOPS = [
  '在', '对', '为', '把', '被', '将', '从', '向', '与', '和', '及', '以', '等', '到', '于', '由', '给', '已', '均', '都', '也', '还', '又', '并',
  '下沉', '开展', '参与', '进行', '奔赴', '赶赴', '前往', '响应', '取消', '坚守', '扎根', '支援', '深入', '转为', '做好', '逐一', '联系',
  '协助', '配合', '参加', '投入', '提供', '实现', '完成', '负责', '第一', '一线', '全部', '全力', '共同', '每日', '每天', '暂停', '进驻',
  '驻扎', '吃住', '实行', '加入', '报名', '接受', '获得', '受到', '得到', '帮助', '积极', '主动', '迅速', '连续', '持续', '累计', '共计',
  '开始', '正在', '全天', '昼夜', '分别', '覆盖', '涉及', '用于', '专项', '用来', '入户', '上门', '值守',
  '值班', '逐户', '建立', '设立', '加固', '改造', '建设', '新建', '修建', '安装', '配备', '购买', '采购', '实施', '支持', '转移', '安置', '救助', '发放', '落实', '组成', '组建', '成立', '出动', '调配', '投放', '下发', '拨付', '筹集', '完成',
];

/** Verbs before a quantity that end a subject read backwards: `配送盒饭2800余份` → 盒饭. */
export const VERBS_BEFORE = [
  '配送', '设置', '安排', '组织', '调配', '协调', '保证', '清运', '处理', '涉及', '接听', '开展', '办理', '查验', '发放', '拨付', '筹集',
  '筹措', '投入', '完成', '实现', '达到', '达', '为', '是', '有', '共', '累计', '共计', '合计', '总计', '新增', '增加', '减少', '下降',
  '增长', '转移', '安置', '出动', '派出', '排查', '整改', '检查', '巡查', '走访', '慰问', '救助', '帮扶', '培训', '收集', '解决', '接待',
  '受理', '办结', '回复', '化解', '捐赠', '捐款', '募集', '采购', '储备', '调运', '供应', '销售', '建成', '改造', '新建', '修复',
];

/** Subjects that make `台` count vehicles: `铲雪车20台`, `20台洒水车`. */
export const VEHICLE_WORDS = ['车', '货车', '卡车', '轿车', '客车', '巴士', '机动车', '拖拉机', '铲车', '救护车', '消防车'];

/** Subjects that make `个` count people: `兄弟姐妹八个`, `三个孩子`. */
export const PERSON_WORDS = ['兄弟姐妹', '兄弟', '姐妹', '孩子', '子女', '儿女', '儿子', '女儿', '同志', '同学', '学生', '干部', '职工', '员工', '党员', '工人', '农民工', '老人', '儿童'];

/** Subjects that make `口` count things, not the members of a household (`一家5口`): `3口井`, `两口鱼塘`. */
export const KOU_THING_WORDS = ['井', '塘', '锅', '缸', '池', '窑', '箱'];

/**
 * What is counted decides the category of some measure words: [measure word (as units.ts writes it),
 * subject endings, category, unit]. `铲雪车20台` are vehicles (`电脑20台` stay a count); `兄弟姐妹八个` are people;
 * `3口井` are things (`一家5口` stay people).
 */
export const CATEGORY_BY_SUBJECT: ReadonlyArray<readonly [string, readonly string[], 'vehicles' | 'personnel' | 'count', string]> = [
  ['台', VEHICLE_WORDS, 'vehicles', 'vehicle'],
  ['个', PERSON_WORDS, 'personnel', 'person'],
  ['口', KOU_THING_WORDS, 'count', '口'],
];

/** Words that announce a duration and are not what lasts: `历时20天`, `为期40天`. */
export const DURATION_VERBS = ['历时', '为期', '持续', '长达', '用时', '耗时', '连续', '延长至', '延长', '缩短至', '缩短'];

/** Words ending in a linking character that must not be trimmed: `行为`, `所有`, `到达`. */
export const PARTICLE_WORDS = ['行为', '作为', '成为', '认为', '因为', '以为', '所有', '拥有', '没有', '具有', '占有', '特有', '为了', '除了', '到达', '抵达', '下达', '表达', '发达', '传达', '目的', '有的', '的确'];

/** Right after the measure word, these start a predicate, not what is counted: `934万千瓦创新高`, `突破1000万千瓦大关`, `130万吨，同期增`. */
export const AFTER_PREDICATES = ['创', '同比', '同期', '比上年', '比去年', '较上年', '较去年', '较', '大关', '关口', '增长', '下降', '位居', '居全', '占全'];

/** Adverbs right before the number that belong to no subject: `直播观看量已超11亿人次`, `游客均达`. */
export const ADVERBS_BEFORE = ['已经', '已', '均', '都', '也', '还', '仅', '就', '才', '再', '又', '将'];

/** Time and linking words that start no subject read backwards: `昨天全省监测134家` → 全省监测, `其中玉龙雪山接待9805人`. */
export const LEADING_WORDS = ['昨天', '昨日', '今天', '今日', '当天', '当日', '今年', '去年', '目前', '其中', '同时', '此外', '另外', '截至', '全年', '期间', '当前'];

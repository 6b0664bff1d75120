/**
 * A small valid Report built by hand, so the formatters are tested whatever the extraction finds:
 * Chinese text, commas, quotes, line breaks, TAB, leading/trailing spaces, a formula-looking
 * subject, a range, a fact above the first department, a fractional value.
 */
import { ReportSchema, type Fact, type Report } from '../../src/schema.js';

function fact(fields: Partial<Fact> & Pick<Fact, 'category' | 'value' | 'unit' | 'measureWord' | 'raw'>): Fact {
  return {
    department: '区党政办公室',
    departmentIndex: 1,
    max: null,
    qualifier: 'exact',
    per: null,
    total: false,
    subject: null,
    span: { start: 100, end: 103 },
    line: 5,
    page: null,
    context: fields.raw,
    confidence: 0.9,
    ...fields,
  };
}

export const FACTS: Fact[] = [
  fact({ department: null, departmentIndex: null, category: 'personnel', value: 300, unit: 'person', measureWord: '人', total: true,
    subject: '干部群众', raw: '300人', span: { start: 20, end: 24 }, line: 2, context: '共投入300人', confidence: 0.6 }),
  fact({ category: 'personnel', value: 21, unit: 'person', measureWord: '名', subject: '党员干部', raw: '21名',
    span: { start: 263, end: 266 }, line: 19, context: '21名党员干部在区疫情防控指挥部值班值守', confidence: 0.95 }),
  fact({ category: 'personnel', value: 24, unit: 'person', measureWord: '名', subject: '党员干部, "骨干"', raw: '24名',
    span: { start: 290, end: 294 }, line: 20, context: '24名党员干部\n下沉街道，开展"网格化"包保' }),
  fact({ category: 'count', value: 1, max: 3, unit: '组', measureWord: '组', subject: '=SUM(1)', raw: '1到3组',
    span: { start: 300, end: 305 }, line: 21, context: '+成立1到3组\r\n@检查组', confidence: 0.8 }),
  fact({ department: '区财政金融局', departmentIndex: 2, category: 'funds', value: 4680000, unit: 'CNY', measureWord: '万元',
    subject: '疫情防控物资采购、隔离场所运转费', raw: '468万元', span: { start: 400, end: 405 }, line: 30, confidence: 1 }),
  fact({ department: '区财政金融局', departmentIndex: 2, category: 'tonnage', value: 0.5, unit: 't', measureWord: '公斤',
    qualifier: 'about', per: 'day', subject: ' 蔬菜 ', raw: '约500公斤', span: { start: 410, end: 416 }, line: 31,
    context: '-\t每日约500公斤\\蔬菜', confidence: 0.7 }),
];

export const REPORT: Report = ReportSchema.parse({
  schemaVersion: '1.1',
  source: { path: 'reports/样本, "一".txt', format: 'text', encoding: 'utf-8', bytes: 1200, sha256: 'a'.repeat(64) },
  document: { title: '迎疫而上与人民群众同心战“疫”', subtitle: null, kicker: null, byline: null, lead: '共投入300人。' },
  departments: [
    { index: 1, name: '区党政办公室', line: 17, span: { start: 210, end: 360 }, text: '……', factCount: 3 },
    { index: 2, name: '区财政金融局', line: 29, span: { start: 362, end: 500 }, text: '……', factCount: 2 },
  ],
  facts: FACTS,
  warnings: [],
});

/** The same report under another file name, with its facts only in department 2. */
export const OTHER: Report = ReportSchema.parse({
  ...REPORT,
  source: { ...REPORT.source, path: 'b.txt' },
  departments: REPORT.departments.map((d) => ({ ...d, factCount: d.index === 2 ? 2 : 0 })),
  facts: FACTS.filter((f) => f.departmentIndex === 2),
});

/**
 * Generators of report-like text for the property tests: mostly the pieces the extractor reacts to
 * (numerals, measure words, unit names, heading shapes, punctuation, line breaks, full-width blanks),
 * some prose, and a little of anything, glued in random order. `documentText` builds the shape of a real
 * report (headline, byline, hard-wrapped department blocks) out of the same pieces.
 */
import fc from 'fast-check';

/** Settings shared by every property: a fixed seed (FC_SEED overrides), runs scaled by FC_RUNS_SCALE. */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FC_SEED ?? 20221128);
  const scale = Number(process.env.FC_RUNS_SCALE ?? 1);
  // fast-check's failure message already names seed and path; `verbose` adds the counterexample's shrink log.
  return { seed, numRuns: Math.max(1, Math.round(numRuns * scale)), verbose: 1 };
}

const chars = (s: string): string[] => [...s];

export const NUMERAL_CHARS = chars('〇○零一二两三四五六七八九十百千万亿壹贰叁拾佰仟萬億兩0123456789０１２３４５６７８９');
export const MEASURE_WORDS = ['名', '人', '位', '个', '家', '辆', '吨', '元', '万元', '亿元', '次', '人次', '件', '处', '条', '项', '户', '公斤', '小时', '天', '个月', '%', '％', '百分之', '个百分点', '平方米', '公里', '台', '批', '余', '多', '近', '约', '左右', '以上', '逾'];
export const UNIT_NAMES = ['区财政局', '县公安局', '区党政办公室', '市应急管理局', '区教育局', '综合行政执法局', '便民服务中心', '区卫生健康委员会', '县水利局', '济宁高新控股集团', '街道办事处', '区纪工委监工委', '消防救援大队', '區財政局'];
export const HEADING_MARKS = ['一、', '二、', '十二、', '（一）', '（2）', '(3)', '1.', '2、', '【', '】', '〖', '〗', '**', '__', '# ', '## ', '：', ':', '——'];
export const PUNCTUATION = chars('，。、；：“”（）《》！？…—,.;!?()"\'·');
export const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\n\n\n', '\u3000\u3000', '  ', '\t', ' ', '\u3000', '\u00a0', '\ufeff'];
export const WORDS = [
  '党员干部', '下沉社区', '开展', '检查', '企业', '物资', '资金', '累计', '共计', '其中', '每日', '日均', '疫情防控', '核酸检测',
  '志愿者', '车辆', '发放', '筹措', '到位', '第一时间', '三服务', '四不两直', '一线', '9月2日', '2022年', '置城八号公馆',
  '本报济宁讯（记者 刘菲 曹俐）', '（记者 胡碧源）', '来源：济宁日报', '编辑：张三', '迎疫而上迎疫而上', '同心战““疫疫””',
  '的', '了', '在', '和', '等', '为', '是', '至', '到', '两三', '百余', '近百', '数十', '上千', '1,800', '1.2万', '4.5万余',
];
const DECIMALS = fc.tuple(fc.nat(99999), fc.nat(99)).map(([a, b]) => (b === 0 ? String(a) : `${a}.${b}`));
const CHINESE_NUMBER = fc.array(fc.constantFrom(...NUMERAL_CHARS.slice(0, 16)), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

/** One piece of report-like text. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NUMERAL_CHARS) },
  { weight: 4, arbitrary: DECIMALS },
  { weight: 3, arbitrary: CHINESE_NUMBER },
  { weight: 6, arbitrary: fc.constantFrom(...MEASURE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...UNIT_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADING_MARKS) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 5, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
);

/** A clause of prose with a quantity in it, no line breaks: `开展检查1.2万余次，`. */
const clause = fc
  .tuple(fc.constantFrom(...WORDS), fc.oneof(DECIMALS, CHINESE_NUMBER), fc.constantFrom(...MEASURE_WORDS), fc.constantFrom(...WORDS), fc.constantFrom('，', '。', '、', '；', ''))
  .map((parts) => parts.join(''));

/** Pieces and clauses glued in any order, optionally with arbitrary characters among them. */
export function cjkText({ anyChars = true, maxPieces = 80 } = {}): fc.Arbitrary<string> {
  const any = fc.string({ unit: 'binary', maxLength: 4 });
  const p = fc.oneof({ weight: 16, arbitrary: piece }, { weight: 4, arbitrary: clause }, { weight: anyChars ? 1 : 0, arbitrary: any });
  return fc.array(p, { maxLength: maxPieces, size: 'large' }).map((parts) => parts.join(''));
}

/** Hard-wrap `text` every `width` characters with `newline`, as text copied out of a PDF is. */
function wrap(text: string, width: number, newline: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(newline);
}

const heading = fc
  .tuple(fc.constantFrom('', '一、', '（二）', '【', '**', '## '), fc.constantFrom(...UNIT_NAMES), fc.constantFrom('', '：'))
  .map(([mark, name, colon]) => (mark === '【' ? `【${name}】` : mark === '**' ? `**${name}**` : `${mark}${name}${colon}`));

/** A whole report: headline, maybe a byline, then department blocks of wrapped paragraphs. */
export function documentText({ newline = fc.constantFrom('\n', '\r\n') as fc.Arbitrary<string> } = {}): fc.Arbitrary<string> {
  // [heading, clauses, blank line after, body on the heading's line (`区财政局：全力…`)]
  const block = fc.tuple(heading, fc.array(clause, { minLength: 1, maxLength: 8, size: 'large' }), fc.boolean(), fc.boolean());
  return fc
    .record({
      // a title, sometimes doubled the way fake-bold PDF text is (`迎疫而上迎疫而上`)
      title: fc.option(fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([w, doubled]) => (doubled ? w.map((x) => x + x) : w).join('')), { nil: null }),
      signature: fc.boolean(),
      byline: fc.boolean(),
      blocks: fc.array(block, { maxLength: 8, size: 'large' }),
      width: fc.integer({ min: 12, max: 40 }),
      nl: newline,
      indent: fc.constantFrom('', '\u3000\u3000', '  '),
    })
    .map(({ title, signature, byline, blocks, width, nl, indent }) => {
      const out: string[] = [];
      if (title) out.push(title, '');
      const lead = byline ? '本报济宁讯（记者 刘菲 曹俐）党旗所指，行动所向。' : '';
      if (lead) out.push(wrap(lead, width, nl), '');
      for (const [head, clauses, blank, inline] of blocks) {
        const body = wrap(clauses.join(''), width, nl);
        if (inline) out.push(`${indent}${head}${head.endsWith('：') ? '' : '：'}${body}`);
        else out.push(head, indent + body);
        if (blank) out.push('');
      }
      if (signature) out.push('', '云溪县乡村振兴局', '2024年1月8日', '（记者 胡碧源）', '来源：济宁日报');
      return out.join(nl);
    });
}

/** Either shape, for the properties that hold of any text. */
export function reportText(): fc.Arbitrary<string> {
  return fc.oneof(cjkText(), documentText());
}

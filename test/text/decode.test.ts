import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WarningCode } from '../../src/errors.js';
import { extract } from '../../src/index.js';
import { decode, type Encoding } from '../../src/text/decode.js';
import { encode } from '../helpers/encode.js';
import { random } from '../helpers/random.js';

const SAMPLE = readFileSync(new URL('../../fixtures/jining-gaoxin-2022.txt', import.meta.url), 'utf8');
/** The sample's first paragraph: a byline, wrapped lines, full-width punctuation. */
const PARAGRAPH = SAMPLE.split('\n\n')[0] as string;
const CJK = '区财政局全力筹措资金，保障疫情防控工作。共投入资金210万元，发放物资2000件（套）。';
const ASCII_HEAVY = 'Report 2023: 21 cadres on duty, 24 hours a day (区财政局).';
const TRADITIONAL = '社會福利署開放臨時庇護中心26個，最高峰時共有1,320人入住。';

const guessed = (warnings: Array<{ code: string }>) => warnings.filter((w) => w.code === WarningCode.ENCODING_GUESSED).length;
const invalid = (warnings: Array<{ code: string }>) => warnings.some((w) => w.code === WarningCode.INVALID_BYTES);

const bytes = (...b: number[]) => Uint8Array.from(b);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** [case, bytes, decoded text, encoding, was it a guess?] */
const DETECTED: Array<[string, Uint8Array, string, Encoding, boolean]> = [
  // UTF-8: trusted when valid, never a guess
  ['UTF-8', encode(CJK, 'utf-8'), CJK, 'utf-8', false],
  ['UTF-8 with BOM (BOM dropped)', encode(CJK, 'utf-8', { bom: true }), CJK, 'utf-8', false],
  ['UTF-8 paragraph with LF', encode(PARAGRAPH, 'utf-8'), PARAGRAPH, 'utf-8', false],
  ['ASCII only', encode('Hello, world 123', 'utf-8'), 'Hello, world 123', 'utf-8', false],
  ['empty', bytes(), '', 'utf-8', false],
  // Valid UTF-8 without CJK but with U+0080–U+07FF is weighed against GB18030 (the `24小` trap below):
  // UTF-8 wins a tie, and the choice is reported as a guess.
  ['Latin with accents (valid UTF-8, not CJK)', encode('café crème, ÄÖÜ', 'utf-8'), 'café crème, ÄÖÜ', 'utf-8', true],
  // GB18030 / GBK: no BOM, invalid as UTF-8, so a guess
  ['GB18030 paragraph', encode(PARAGRAPH, 'gb18030'), PARAGRAPH, 'gb18030', true],
  ['GBK sentence', encode(CJK, 'gbk'), CJK, 'gb18030', true],
  ['GB18030 with its BOM', encode(CJK, 'gb18030', { bom: true }), CJK, 'gb18030', false],
  ['GB18030 four-byte character 𠀀', encode('区财政局𠀀资金', 'gb18030'), '区财政局𠀀资金', 'gb18030', true],
  // Big5
  ['Big5 Traditional', encode(TRADITIONAL, 'big5'), TRADITIONAL, 'big5', true],
  // UTF-16 with a BOM: certain
  ['UTF-16LE BOM, CJK-heavy', encode(CJK, 'utf-16le', { bom: true }), CJK, 'utf-16le', false],
  ['UTF-16BE BOM, CJK-heavy', encode(CJK, 'utf-16be', { bom: true }), CJK, 'utf-16be', false],
  ['UTF-16LE BOM, ASCII-heavy', encode(ASCII_HEAVY, 'utf-16le', { bom: true }), ASCII_HEAVY, 'utf-16le', false],
  ['UTF-16BE BOM, ASCII-heavy', encode(ASCII_HEAVY, 'utf-16be', { bom: true }), ASCII_HEAVY, 'utf-16be', false],
  // UTF-16 without a BOM: NUL bytes (ASCII-heavy) or high bytes of Han characters (CJK-heavy) tell
  ['UTF-16LE no BOM, ASCII-heavy', encode(ASCII_HEAVY, 'utf-16le'), ASCII_HEAVY, 'utf-16le', true],
  ['UTF-16BE no BOM, ASCII-heavy', encode(ASCII_HEAVY, 'utf-16be'), ASCII_HEAVY, 'utf-16be', true],
  ['UTF-16LE no BOM, CJK-heavy', encode(CJK, 'utf-16le'), CJK, 'utf-16le', true],
  ['UTF-16BE no BOM, CJK-heavy', encode(CJK, 'utf-16be'), CJK, 'utf-16be', true],
  ['UTF-16LE no BOM, paragraph', encode(PARAGRAPH, 'utf-16le'), PARAGRAPH, 'utf-16le', true],
  ['UTF-16BE no BOM, paragraph', encode(PARAGRAPH, 'utf-16be'), PARAGRAPH, 'utf-16be', true],
  ['UTF-16LE no BOM, Traditional', encode(TRADITIONAL, 'utf-16le'), TRADITIONAL, 'utf-16le', true],
  ['UTF-16LE no BOM, whole sample', encode(SAMPLE, 'utf-16le'), SAMPLE, 'utf-16le', true],
  ['UTF-16BE no BOM, whole sample', encode(SAMPLE, 'utf-16be'), SAMPLE, 'utf-16be', true],
  // `一` is U+4E00: a NUL on the low side must not pass for ASCII-heavy UTF-16 of the other order
  ['UTF-16LE no BOM, with 一 and 最 (NUL low bytes)', encode('打通最后一里', 'utf-16le'), '打通最后一里', 'utf-16le', true],
  ['UTF-16BE no BOM, with 一 and 最 (NUL low bytes)', encode('打通最后一里', 'utf-16be'), '打通最后一里', 'utf-16be', true],
  // The `24小` trap: GBK 32 34 D0 A1 is also the valid UTF-8 `24С`
  ['24小 (32 34 D0 A1)', bytes(0x32, 0x34, 0xd0, 0xa1), '24小', 'gb18030', true],
  ['24小时 in GBK', encode('24小时', 'gbk'), '24小时', 'gb18030', true],
  ['实行24小时值班 in GBK', encode('实行24小时值班', 'gbk'), '实行24小时值班', 'gb18030', true],
  ['24小 + more text', concat(bytes(0x32, 0x34, 0xd0, 0xa1), encode('时值班值守，确保上传下达。', 'gbk')), '24小时值班值守，确保上传下达。', 'gb18030', true],
];

describe('decode: detection', () => {
  it.each(DETECTED)('%s', (_, input, text, encoding, wasGuessed) => {
    const d = decode(input);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(guessed(d.warnings)).toBe(wasGuessed ? 1 : 0);
    expect(invalid(d.warnings)).toBe(false);
  });
});

// Short GBK text is where chardet fails (DEPENDENCIES.md): 4–12 characters, some with a number.
const SHORT_GBK = [
  '防控工作', '区财政局', '值班值守', '人民群众', '党旗所指', '开展工作', '落实责任', '防汛抗旱', '高新区',
  '筛选15名', '党员干部下沉社区', '24名党员干部', '协调保供车辆70余辆', '每日保证肉类库存80吨', '全力保障物资供应',
  '划拨210万元党费', '成立3个疫情监督检查组', '组织5家保供商超', '区纪工委监工委', '济宁高新控股集团',
];
const SHORT_BIG5 = ['消防處', '醫院管理局', '颱風襲港後', '社會福利署', '救出被困人士47人', '合共1,900車次', '政府各部門復常工作綜述'];
const SHORT_UTF16 = ['区财政局全力筹措资金', '党员干部下沉社区', '颱風襲港後政府各部門', '24名党员干部下沉街道'];

describe('decode: short clauses', () => {
  it.each(SHORT_GBK)('GBK %s', (clause) => {
    expect(decode(encode(clause, 'gbk')).text).toBe(clause);
  });
  it.each(SHORT_BIG5)('Big5 %s', (clause) => {
    const d = decode(encode(clause, 'big5'));
    expect(d.text).toBe(clause);
    expect(d.encoding).toBe('big5');
  });
  it.each(SHORT_UTF16.flatMap((c) => [[c, 'utf-16le'], [c, 'utf-16be']] as Array<[string, 'utf-16le' | 'utf-16be']>))(
    'UTF-16 without BOM %s (%s)',
    (clause, encoding) => {
      const d = decode(encode(clause, encoding));
      expect(d.text).toBe(clause);
      expect(d.encoding).toBe(encoding);
    },
  );
});

describe('decode: known misses', () => {
  // Six Han characters in UTF-16 without a BOM whose low bytes also look like Han high bytes (83 % of them):
  // the shape is ambiguous and GB18030's mostly-ASCII reading `brbr圼OO鷁Q{` outscores the right one.
  it.fails('UTF-16LE without BOM 牢牢守住建筑', () => {
    expect(decode(encode('牢牢守住建筑', 'utf-16le')).text).toBe('牢牢守住建筑');
  });
  // Four Han characters whose UTF-16LE bytes are all printable ASCII: `hQSOZQXT` is valid, plain UTF-8.
  it.fails('UTF-16LE without BOM 全体党员', () => {
    expect(decode(encode('全体党员', 'utf-16le')).text).toBe('全体党员');
  });
});

/** [case, bytes, forced encoding, decoded text] */
const FORCED: Array<[string, Uint8Array, Encoding, string]> = [
  ['GBK bytes read as gbk', encode(CJK, 'gbk'), 'gbk', CJK],
  ['GB18030 bytes read as gb18030', encode(CJK, 'gb18030'), 'gb18030', CJK],
  ['Big5 bytes read as big5', encode(TRADITIONAL, 'big5'), 'big5', TRADITIONAL],
  ['UTF-8 with BOM read as utf-8 (BOM dropped)', encode(CJK, 'utf-8', { bom: true }), 'utf-8', CJK],
  ['UTF-16LE with BOM read as utf-16le (BOM dropped)', encode(CJK, 'utf-16le', { bom: true }), 'utf-16le', CJK],
  ['UTF-16BE without BOM read as utf-16be', encode(CJK, 'utf-16be'), 'utf-16be', CJK],
  // The override wins even against what detection would say: `24小` is valid UTF-8.
  ['24小 bytes forced to utf-8', bytes(0x32, 0x34, 0xd0, 0xa1), 'utf-8', '24С'],
  ['Big5 bytes that detection could mistake, forced to big5', encode('消防處', 'big5'), 'big5', '消防處'],
];

describe('decode: the encoding override', () => {
  it.each(FORCED)('%s', (_, input, encoding, text) => {
    const d = decode(input, encoding);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(guessed(d.warnings)).toBe(0);
    expect(invalid(d.warnings)).toBe(false);
  });
});

/** [case, bytes, forced encoding or undefined (detect), what the text must contain, was the encoding guessed?] */
const INVALID: Array<[string, Uint8Array, Encoding | undefined, string, boolean]> = [
  ['GBK bytes forced to utf-8', encode(CJK, 'gbk'), 'utf-8', '\uFFFD', false],
  ['UTF-8 with a stray FF', concat(encode('区财政局', 'utf-8'), bytes(0xff), encode('全力保障', 'utf-8')), 'utf-8', '区财政局\uFFFD全力保障', false],
  ['UTF-16LE with BOM and an odd last byte', concat(encode('区财政局', 'utf-16le', { bom: true }), bytes(0x41)), undefined, '区财政局\uFFFD', false],
  ['GBK text with a lone lead byte at the end', concat(encode('区财政局全力保障物资供应', 'gbk'), bytes(0x81)), undefined, '区财政局全力保障物资供应\uFFFD', true],
  ['a lone surrogate in UTF-16BE', concat(encode('区财政局', 'utf-16be'), bytes(0xd8, 0x00, 0x00, 0x41)), 'utf-16be', '区财政局\uFFFDA', false],
];

describe('decode: invalid bytes', () => {
  it.each(INVALID)('%s → INVALID_BYTES and U+FFFD', (_, input, encoding, expected, wasGuessed) => {
    const d = decode(input, encoding);
    expect(d.text).toContain(expected);
    expect(invalid(d.warnings)).toBe(true);
    expect(guessed(d.warnings)).toBe(wasGuessed ? 1 : 0);
  });
});


describe('decode: never throws', () => {
  const next = random(20220902);
  const PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x84, 0x31, 0x95, 0x33], [0x32, 0x34, 0xd0]];
  const buffers = Array.from({ length: 400 }, (_, k) => {
    const prefix = PREFIXES[k % PREFIXES.length] as number[];
    const body = Array.from({ length: Math.floor(next() * 80) }, () => Math.floor(next() * 256));
    return Uint8Array.from([...prefix, ...body]);
  });
  const ENCODINGS: Array<Encoding | undefined> = [undefined, 'utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'];

  it.each(ENCODINGS.map((e) => [e ?? 'detected']))('400 random buffers, encoding %s', (name) => {
    const encoding = name === 'detected' ? undefined : (name as Encoding);
    for (const input of buffers) {
      const d = decode(input, encoding);
      expect(typeof d.text).toBe('string');
      expect(['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be']).toContain(d.encoding);
      expect(guessed(d.warnings)).toBeLessThanOrEqual(encoding ? 0 : 1);
      if (invalid(d.warnings)) expect(d.text).toContain('\uFFFD');
    }
  });
});

describe('extract: the `encoding` option (`--encoding`)', () => {
  /** [case, bytes, option, reported encoding, ENCODING_GUESSED in the report?] */
  const CASES: Array<[string, Uint8Array, Encoding | undefined, string, boolean]> = [
    ['GBK detected', encode(CJK, 'gbk'), undefined, 'gb18030', true],
    ['GBK forced', encode(CJK, 'gbk'), 'gbk', 'gbk', false],
    ['Big5 forced', encode(TRADITIONAL, 'big5'), 'big5', 'big5', false],
    ['UTF-16BE without BOM forced', encode(CJK, 'utf-16be'), 'utf-16be', 'utf-16be', false],
    ['UTF-8 detected', encode(CJK, 'utf-8'), undefined, 'utf-8', false],
  ];
  it.each(CASES)('%s', (_, input, encoding, reported, warned) => {
    const report = extract(input, encoding ? { encoding } : {});
    expect(report.source.encoding).toBe(reported);
    expect(guessed(report.warnings)).toBe(warned ? 1 : 0);
  });

  it('rejects an encoding it does not know', () => {
    expect(() => extract(encode(CJK, 'utf-8'), { encoding: 'latin1' as Encoding })).toThrow();
  });
});

describe('strict UTF-8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const reference = (b: Uint8Array): string | null => {
    try {
      return fatal.decode(b);
    } catch {
      return null;
    }
  };
  /** What decode reads as UTF-8 when it is strict UTF-8 (null otherwise), forced so that no guess intervenes. */
  const strict = (b: Uint8Array): string | null => {
    const d = decode(b, 'utf-8');
    return d.warnings.some((w) => w.code === WarningCode.INVALID_BYTES) ? null : d.text;
  };

  it('reads every valid text as TextDecoder does, astral characters and a BOM after the start included', () => {
    const next = random(7);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) {
        const pick = next();
        const cp = pick < 0.3 ? 0x20 + Math.floor(next() * 0x5f) : pick < 0.8 ? 0x4e00 + Math.floor(next() * 0x5200) : pick < 0.9 ? 0x1f300 + Math.floor(next() * 0x300) : pick < 0.95 ? 0xfeff : 0x80 + Math.floor(next() * 0x780);
        text += String.fromCodePoint(cp);
      }
      const b = new Uint8Array(Buffer.from(text, 'utf8'));
      expect(strict(b)).toBe(reference(b)?.replace(/^\uFEFF/, '') ?? null);
      expect(strict(b)).toBe(text.replace(/^\uFEFF/, ''));
    }
  });

  it('refuses what TextDecoder refuses: random bytes, truncated sequences, encoded surrogates, overlongs', () => {
    const next = random(11);
    const cases: Uint8Array[] = [bytes(0xe4, 0xb8), bytes(0xed, 0xa0, 0x80), bytes(0xc0, 0xaf), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xff)];
    for (let n = 0; n < 300; n++) cases.push(Uint8Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.floor(next() * 256)));
    for (const b of cases) expect(strict(b) === null).toBe(reference(b) === null);
  });
});

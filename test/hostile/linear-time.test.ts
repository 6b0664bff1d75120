/**
 * Time stays linear: each hostile input is timed against plain report text of the same byte size (the
 * fixture repeated) in the same run, and may take at most 5 times as long. A ratio, not an absolute time,
 * so a slow or busy machine does not fail it; a quadratic pass or a backtracking regex does (the ones found
 * took 40–1000 times as long at these sizes). The ratios are printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { plainText, repeated, singleLine, timesOf } from './inputs.js';

const MAX_RATIO = 5;
const MB = 1024 * 1024;
const ratios: string[] = [];
afterAll(() => console.info(`time ratios against plain text of the same size:\n  ${ratios.join('\n  ')}`));

/** Fails when `input` takes more than MAX_RATIO times as long as plain text of its size. */
function expectLinear(name: string, input: Buffer): void {
  const plain = plainText(input.length);
  extract(plainText(64 * 1024)); // warm up the compiler on ordinary text first,
  extract('河南：收购秋粮120万吨。\n\n四川：开设网点300个。\n'); // and build the place table, once per process
  const [hostileMs, plainMs] = timesOf(() => extract(input), () => extract(plain));
  const ratio = hostileMs / plainMs;
  ratios.push(`${ratio.toFixed(2)}  ${name} (${(input.length / MB).toFixed(2)} MB: ${hostileMs.toFixed(0)} ms, plain ${plainMs.toFixed(0)} ms)`);
  expect(ratio, `${name}: ${hostileMs.toFixed(0)} ms against ${plainMs.toFixed(0)} ms for plain text`).toBeLessThan(MAX_RATIO);
}

describe('hostile input takes at most 5x the time of plain text of its size', () => {
  const CASES: Array<[string, () => Buffer]> = [
    ['a single 10 MB line', () => singleLine(10 * MB)],
    ['a million blank lines', () => repeated('\n', 1_000_000)],
    ['a million CRLF blank lines', () => repeated('\r\n', 2_000_000)],
    ['100,000 digits in a row', () => repeated('1', 100_000)],
    ['a million digits and a measure word', () => Buffer.concat([repeated('1', 1_000_000), Buffer.from('名')])],
    ['100,000 余 in a row', () => repeated('余', 300_000)],
    ['100,000 一二三 in a row', () => repeated('一二三', 900_000)],
    ['a heading line of 【 and 100,000 blanks', () => Buffer.from(`【${' '.repeat(100_000)}x`)],
    ['a heading line of ** and 100,000 blanks', () => Buffer.from(`**${' '.repeat(100_000)}x`)],
    ['a heading line of # and 100,000 blanks', () => Buffer.from(`# a${' '.repeat(100_000)}x`)],
    ['100,000 full-width blanks', () => repeated('\u3000', 300_000)],
    ['100,000 open brackets', () => repeated('（', 300_000)],
    ['a 1 MB paragraph of 的', () => repeated('的', MB)],
    // Heading candidates by the 100,000: each is looked up in the place table, and the series choice sees them all.
    ['100,000 X： lines (河南：)', () => repeated('河南：\n', 100_000 * 10)],
    ['100,000 place names one per line (鼓楼区)', () => repeated('鼓楼区\n', 100_000 * 10)],
    ['100,000 run-ins after a sentence end (。河南：)', () => repeated('。河南：', 100_000 * 12)],
    ['100,000 speaker lines (江苏省政协主席 张某某)', () => repeated('江苏省政协主席 张某某\n', 100_000 * 32)],
  ];
  it.each(CASES)('%s', (name, make) => expectLinear(name, make()), 60_000);
});

describe('fact- and heading-dense text grows linearly: four times the text takes at most 8 times as long', () => {
  // Many facts or departments cost more per byte than prose (each is assembled and validated: a heading
  // every 7 characters took 4-5 times plain text's time), so these are compared with themselves at a
  // quarter of the size; a quadratic pass makes the ratio 16.
  const CASES: Array<[string, string]> = [
    ['a heading every 7 characters (区财政局 and a blank line)', '区财政局\n\n'],
    ['numbered headings (一、区财政局)', '一、区财政局\n'],
    ['a series of place headings, each with a body (河南：一句。)', '河南：收购秋粮120万吨。\n'],
    ['a fact every 2 characters (1名)', '1名'],
    ['money with the unit elided (投资3000万，)', '投资3000万，'],
    ['a unit carried over (5吨、2000万、)', '5吨、2000万、'],
    ['a rate word over a long list (每日80吨、)', '每日80吨、'],
    ['percentages (5%、)', '5%、'],
  ];
  it.each(CASES)('%s', (name, unit) => {
    const small = repeated(unit, 100_000);
    const large = repeated(unit, 400_000);
    extract(small);
    const [largeMs, smallMs] = timesOf(() => extract(large), () => extract(small));
    const ratio = largeMs / smallMs;
    ratios.push(`${ratio.toFixed(2)}  ${name}: 400 KB against 100 KB (linear: 4)`);
    expect(ratio).toBeLessThan(8);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { fold, foldCode } from '../../src/text/normalize.js';

/** [input, folded] — folding is one code unit for one, so offsets into the folded text are offsets into the input. */
const FOLDS: Array<[string, string]> = [
  // full-width ASCII → ASCII
  ['１２３', '123'], ['ＡＢＣａｂｃ', 'ABCabc'], ['３０％', '30%'], ['１．５', '1.5'], ['（一）', '(一)'], ['区财政局：', '区财政局:'],
  ['［区教育局］', '[区教育局]'], ['＊＊区财政局＊＊', '**区财政局**'], ['＃ 标题', '# 标题'],
  // ideographic space → space
  ['　　县水利局', '  县水利局'],
  // Traditional → Simplified: numerals and measure words
  ['萬', '万'], ['億', '亿'], ['噸', '吨'], ['輛', '辆'], ['兩', '两'], ['個', '个'], ['處', '处'], ['項', '项'], ['條', '条'],
  ['5億元', '5亿元'], ['1.2萬噸', '1.2万吨'], ['380輛', '380辆'], ['兩星期', '两星期'], ['26個', '26个'], ['56處', '56处'],
  // Traditional unit names and byline words
  ['消防處', '消防处'], ['社會福利署', '社会福利署'], ['區黨政辦公室', '区党政办公室'], ['香港房屋委員會', '香港房屋委员会'],
  ['本報訊（記者 劉菲）', '本报讯(记者 刘菲)'],
  // unchanged: Simplified, ASCII, CJK punctuation that headings look for in their own form
  ['区财政局', '区财政局'], ['Hello, world', 'Hello, world'], ['、。【】“”', '、。【】“”'], ['', ''],
  // `，` stays full-width: `100，200` is two numbers, `1,800` one
  ['100，200', '100，200'],
];

describe('fold', () => {
  it.each(FOLDS)('%s → %s', (input, folded) => {
    expect(fold(input)).toBe(folded);
    expect(fold(input)).toHaveLength(input.length);
  });

  it('keeps surrogate pairs (characters outside the BMP) intact', () => {
    const text = '𠀀区𪚥財政𠮷局🙂';
    const folded = fold(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('𠀀区𪚥财政𠮷局🙂');
    expect([...folded]).toHaveLength([...text].length);
  });

  it('keeps the length of a long mixed text (chunked folding)', () => {
    const text = '區財政局１２３　𠮷，'.repeat(5000);
    const folded = fold(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.slice(0, 11)).toBe('区财政局123 𠮷，');
    expect(folded.slice(-11)).toBe('区财政局123 𠮷，');
  });

  it('folds every code unit the same way as foldCode', () => {
    const text = '萬億噸輛兩個處ＡＺ０９　';
    for (let i = 0; i < text.length; i++) expect(fold(text).charCodeAt(i)).toBe(foldCode(text.charCodeAt(i)));
  });
});

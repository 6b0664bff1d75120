import { describe, expect, it } from 'vitest';
import { detectFormat, detectTextFormat, looksLikeHtml } from '../../src/read/detect.js';
import { file } from './helpers.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('detectFormat: by content, whatever the name', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ', 'pdf'],
    ['\n  %PDF-1.4', 'pdf'],
    ['PK\x03\x04\x14\x00', 'docx'],
    ['<!DOCTYPE html><html>', 'html'],
    ['<!doctype HTML>', 'html'],
    ['\xef\xbb\xbf<html>', 'html'],
    ['<?xml version="1.0"?>\n<!-- saved --><html>', 'html'],
    ['<meta charset="gb2312"><p>正文</p>', 'html'],
    ['<head><title>x</title>', 'html'],
    ['  <div class="main">', 'text'], // markup in a text file (Markdown, a hostile .txt) stays text
    ['<script>alert(1)</script>迎疫而上', 'text'],
    ['<p>区财政局</p>', 'text'],
    ['本报济宁讯 %PDF- 是一种格式', 'text'],
    ['区财政局拨付资金210万元。', 'text'],
    ['<区财政局> 不是标签', 'text'],
    ['**区财政局**', 'text'],
    ['PK 不是压缩包', 'text'],
    ['', 'text'],
  ])('%j → %s', (input, format) => expect(detectFormat(bytes(input))).toBe(format));

  it('reads the committed fixtures by their content', () => {
    expect(detectFormat(file('bulletin.pdf'))).toBe('pdf');
    expect(detectFormat(file('bulletin.docx'))).toBe('docx');
    expect(detectFormat(file('page.html'))).toBe('html');
  });

  it('a string: web page or text', () => {
    expect(detectTextFormat('<!DOCTYPE html><p>x</p>')).toBe('html');
    expect(detectTextFormat('区财政局')).toBe('text');
    expect(looksLikeHtml('<!-- a --> <!-- b -->\n<body>')).toBe(true);
  });
});

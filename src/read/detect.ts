/**
 * The format of an input, from its first bytes, whatever the file is called:
 * `%PDF-` is a PDF; a ZIP whose central directory names `word/document.xml` is Word; a document that
 * starts (after a BOM, blanks and comments) with `<!doctype html`, `<html` or a typical tag is a web page;
 * anything else is text.
 */
import type { SourceFormat } from '../schema.js';

/** `%PDF-`, looked for in the first 1,024 bytes (PDF readers accept a little before it). */
const PDF_MAGIC = '%PDF-';
/** A ZIP's local file header `PK\x03\x04`, or the end record of an empty archive `PK\x05\x06`. */
const ZIP_MAGIC = [0x50, 0x4b];
/** How far into the bytes a web page's first tag is looked for. */
const HTML_SNIFF_BYTES = 2048;
/**
 * The start of a web page once a BOM, blanks, `<?xml …?>` and comments are skipped: the tags a saved page
 * opens with. A text that merely starts with markup (`<script>…` in a hostile .txt, `<div align=center>` in
 * Markdown) stays text.
 * @example '<!DOCTYPE html>' '<html lang="zh">' '<head>' '<meta charset="gb2312">'
 */
const HTML_START = /^(?:<!doctype\s+html|<(?:html|head|body|meta|title)(?=[\s>/]))/i;
/** What may stand before the first tag: a BOM (as Latin-1 or UTF-8), blanks, an XML declaration, comments. */
const HTML_PREAMBLE = /^(?:\ufeff|\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe|\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/;

export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (startsWithPdf(bytes)) return 'pdf';
  if (bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1] && (bytes[2] === 3 || bytes[2] === 5)) return 'docx'; // checked for word/document.xml by the Word reader
  if (looksLikeHtml(latin1(bytes.subarray(0, HTML_SNIFF_BYTES)))) return 'html';
  return 'text';
}

/** For a string input (already decoded text). */
export function detectTextFormat(text: string): SourceFormat {
  if (text.startsWith(PDF_MAGIC)) return 'pdf';
  return looksLikeHtml(text.slice(0, HTML_SNIFF_BYTES)) ? 'html' : 'text';
}

export function looksLikeHtml(head: string): boolean {
  const rest = head.slice(HTML_PREAMBLE.exec(head)?.[0].length ?? 0);
  return HTML_START.test(rest);
}

function startsWithPdf(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 1024));
  const at = head.indexOf(PDF_MAGIC);
  // At the start, or after blanks only (a text that merely mentions %PDF- further on stays text).
  return at === 0 || (at > 0 && head.slice(0, at).trim() === '');
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

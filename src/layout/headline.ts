/**
 * Title, subtitle and kicker. The headline is a short block of title-like lines at the top of the text,
 * or — when a PDF's reading order put it last, as fake-bold (doubled) lines betray — at the end.
 *   `迎疫而上…“疫”` (doubled)  `济宁高新区区直各部门单位助力疫情防控`  ·  `战“疫”一线党旗红` (doubled)
 *      → title                    → subtitle                            → kicker
 */
import type { SourceText } from '../text/source.js';
import { fold } from '../text/normalize.js';
import { layoutWidth } from '../text/unwrap.js';
import { ENDS_WITH_DATE } from './dates.js';
import { doubledRuns, type Run } from './dedouble.js';

export interface Headline {
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  /** The headline's lines (excluded from the body), in source order. */
  lines: HeadLine[];
}

export interface HeadLine {
  line: number;
  text: string;
  /** Source pieces the restored text is made of (one piece: the whole line, when not doubled). */
  runs: Run[];
  doubled: boolean;
  /** Lines of one cluster have no blank line between them. */
  cluster: number;
}

/** Title-like: short, and not ending a sentence. */
const MAX_TITLE_WIDTH = 40;
/** Wider than a title: the line belongs to a paragraph. */
const PARAGRAPH_LINE_WIDTH = MAX_TITLE_WIDTH;
const SENTENCE_END = /[。！？!?；;，,、:：]$/;
const MAX_HEADLINE_LINES = 4;
/** `# 标题` in Markdown. */
const ATX_TITLE = /^#\s+/;
/** `——县直各部门…` marks a subtitle. */
const SUBTITLE_DASH = /^(?:——|--|—)\s*/;

export interface HeadlineRules {
  /** A line that is a byline or a block heading cannot be part of the headline. */
  isBodyLine(foldedLine: string): boolean;
}

export function findHeadline(source: SourceText, rules: HeadlineRules): Headline {
  const top = collect(source, rules, 1);
  if (top.length > 0) return assign(top);
  const bottom = collect(source, rules, -1);
  if (bottom.some((l) => l.doubled)) return assign(bottom);
  return { title: null, subtitle: null, kicker: null, lines: [] };
}

/**
 * Clusters of title-like lines (separated by blank lines) from the top or the bottom, as long as every
 * line of a cluster is title-like: a wrapped first paragraph fails on its last line, which ends a sentence.
 */
function collect(source: SourceText, rules: HeadlineRules, step: 1 | -1): HeadLine[] {
  const out: HeadLine[] = [];
  let cluster: HeadLine[] = [];
  let clusterId = 0;
  let i = step === 1 ? 0 : source.lineCount - 1;
  for (; i >= 0 && i < source.lineCount; i += step) {
    const { start, end } = source.content(i);
    if (end === start) {
      if (cluster.length > 0) {
        out.push(...cluster);
        cluster = [];
        clusterId++;
      }
      continue;
    }
    const raw = source.text.slice(start, end);
    const folded = fold(raw);
    const doubled = doubledRuns(raw);
    const runs: Run[] = doubled ? doubled.map(([at, len]) => [start + at, len]) : [[start, end - start]];
    let text = doubled ? runs.map(([at, len]) => source.text.slice(at, at + len)).join('') : raw;
    const markdown = ATX_TITLE.exec(text);
    if (markdown && !doubled) {
      runs[0] = [start + markdown[0].length, end - start - markdown[0].length];
      text = text.slice(markdown[0].length);
    }
    const markdownTitle = step === 1 && out.length === 0 && cluster.length === 0 && ATX_TITLE.test(folded);
    // A byline or heading right under the headline is a clean boundary; at the top, so is an indented
    // paragraph (`　　眼下正值…`), a line wider than any title, or an issuing line that ends with its date.
    const opensBody = step === 1 && (source.isIndented(i) || layoutWidth(text) > PARAGRAPH_LINE_WIDTH || ENDS_WITH_DATE.test(text));
    if (!markdownTitle && (rules.isBodyLine(folded) || opensBody)) {
      out.push(...cluster);
      break;
    }
    if (!markdownTitle && !titleLike(text)) break; // the cluster was the body's first paragraph
    if (out.length + cluster.length >= MAX_HEADLINE_LINES) break;
    cluster.push({ line: i, text, runs, doubled: doubled !== null, cluster: clusterId });
  }
  // A cluster cut short by a body line is the body's first paragraph, not a headline.
  if (i < 0 || i >= source.lineCount) return []; // the whole text is title-like: no body to head
  return step === 1 ? out : out.reverse();
}

function titleLike(text: string): boolean {
  return layoutWidth(text) <= MAX_TITLE_WIDTH && !SENTENCE_END.test(text) && !ENDS_WITH_DATE.test(text);
}

/**
 * Roles by layout: a `——` line is a subtitle; in a cluster of two, title then subtitle; in a cluster of
 * three, kicker, title, subtitle; a line standing alone beside a larger cluster is the kicker.
 */
function assign(lines: HeadLine[]): Headline {
  const result: Headline = { title: null, subtitle: null, kicker: null, lines };
  const clusters = new Map<number, HeadLine[]>();
  for (const l of lines) clusters.set(l.cluster, [...(clusters.get(l.cluster) ?? []), l]);
  const main = [...clusters.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const others = lines.filter((l) => !main.includes(l));
  const dash = main.findIndex((l) => SUBTITLE_DASH.test(l.text));
  if (dash > 0) {
    result.title = (main[dash - 1] as HeadLine).text;
    result.subtitle = (main[dash] as HeadLine).text.replace(SUBTITLE_DASH, '');
    if (dash > 1) result.kicker = (main[dash - 2] as HeadLine).text;
  } else if (main.length >= 3) {
    [result.kicker, result.title, result.subtitle] = main.slice(-3).map((l) => l.text) as [string, string, string];
  } else {
    result.title = (main[0] as HeadLine).text;
    result.subtitle = main[1]?.text ?? null;
  }
  if (!result.kicker && others.length > 0) result.kicker = others.map((l) => l.text).join(' ');
  return result;
}

/**
 * The document-level choice of headings. Every paragraph's candidate heading, and every run-in heading right
 * after a sentence's end (`…增长8.5%。 云南：…`, a copy that lost its paragraph breaks), is collected first;
 * then the document decides:
 *   - a unit named by its suffix in an explicit style (`区财政局：`, `【区教育局】`, `一、县财政局`, a bare
 *     `区党政办公室` line) at a paragraph's start is a heading by itself;
 *   - any other candidate (a place, a sector, a speaker, a unit then a blank, a run-in after a sentence's
 *     end) is a heading only as a member of a series: two or more candidates of one shape, each followed by
 *     body text. The largest series wins; a series of ambiguous names alone (`城区`, `鼓楼`) needs three.
 * A lone `X：` line in prose is not a series, nor is a list of one-line names (nothing follows each but the next).
 */
import type { NameKind } from './names.js';

export interface Candidate {
  style: string;
  kind: NameKind;
  /** View offsets: heading start, name, body start. */
  start: number;
  nameStart: number;
  nameEnd: number;
  bodyStart: number;
  /** After a sentence's end inside a paragraph, not at its start. */
  midline: boolean;
  /** Followed by body text: in its own paragraph after the name, or in a paragraph after it. */
  followedByBody: boolean;
  /** The index of its paragraph in the reading view. */
  paragraph: number;
}

/** The styles a unit name heads a block in on its own (the others are shapes that need a series). */
const EXPLICIT_STYLES = new Set(['markdown', 'bracket', 'numbered', 'run-in', 'bare']);
const MIN_SERIES = 2;
/** Names listed in a note. */
const LISTED = 30;
const MIN_AMBIGUOUS_SERIES = 3;

/** Explicit: a unit by its suffix, in an explicit style, at a paragraph's start. */
const isExplicit = (c: Candidate): boolean => c.kind === 'unit' && !c.midline && EXPLICIT_STYLES.has(c.style);

export interface Choice {
  /** The headings, in document order. */
  headings: Candidate[];
  /** What was decided and why, for `--debug`. */
  notes: string[];
}

export function chooseHeadings(candidates: readonly Candidate[], nameOf: (c: Candidate) => string): Choice {
  const notes: string[] = [];
  const explicit = candidates.filter(isExplicit);
  const series = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!isExplicit(c) && !c.followedByBody) continue;
    const members = series.get(c.style) ?? [];
    members.push(c);
    series.set(c.style, members);
  }
  const usable = [...series].filter(([, members]) => isSeries(members));
  // The largest series structures the document (the earliest of equals).
  usable.sort((a, b) => b[1].length - a[1].length || (a[1][0] as Candidate).start - (b[1][0] as Candidate).start);
  const winner = usable[0];
  const chosen = new Set<Candidate>(winner?.[1] ?? []);
  const alone = explicit.filter((c) => !chosen.has(c));
  for (const c of alone) chosen.add(c);

  // (at most LISTED names each: a document of 100,000 candidates gets a trace line, not a megabyte)
  const list = (cs: readonly Candidate[]) =>
    cs.slice(0, LISTED).map((c) => `${nameOf(c)}${c.midline ? ' (mid-line)' : ''}`).join(', ') + (cs.length > LISTED ? ` and ${cs.length - LISTED} more` : '');
  if (winner) notes.push(`chose the ${winner[0]} series of ${winner[1].length}: ${list(winner[1])}`);
  if (alone.length > 0) notes.push(`kept ${list(alone)} outside a series: a unit by its suffix in an explicit style heads a block by itself`);
  for (const [style, members] of series) {
    if (style === winner?.[0]) continue;
    const left = members.filter((c) => !chosen.has(c));
    if (left.length === 0) continue;
    const why = !isSeries(members)
      ? members.length < MIN_SERIES ? 'a lone heading is not a series' : 'ambiguous names alone need a longer series'
      : `smaller than the ${winner?.[0]} series`;
    notes.push(`left out the ${style} candidates ${list(left)}: ${why}`);
  }
  const withoutBody = candidates.filter((c) => !c.followedByBody && !chosen.has(c));
  if (withoutBody.length > 0) notes.push(`left out ${list(withoutBody)}: no body text follows`);
  return { headings: candidates.filter((c) => chosen.has(c)), notes };
}

function isSeries(members: readonly Candidate[]): boolean {
  if (members.length < MIN_SERIES) return false;
  return members.length >= MIN_AMBIGUOUS_SERIES || members.some((c) => c.kind !== 'ambiguous');
}

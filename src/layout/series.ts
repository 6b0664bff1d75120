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
  /** A unit by its suffix, in an explicit style, at a paragraph's start: a heading by itself. */
  explicit: boolean;
  /** Followed by body text: in its own paragraph after the name, or in a paragraph after it. */
  followedByBody: boolean;
  /** The index of its paragraph in the reading view. */
  paragraph: number;
}

/** The styles a unit name heads a block in on its own (the others are shapes that need a series). */
export const EXPLICIT_STYLES: ReadonlySet<string> = new Set(['markdown', 'bracket', 'numbered', 'run-in', 'bare']);
const MIN_SERIES = 2;
const MIN_AMBIGUOUS_SERIES = 3;
/** Names listed in a note. */
const LISTED = 30;

export interface Choice {
  /** The headings, in document order. */
  headings: Candidate[];
  /** What was decided and why, for `--debug` (empty without `nameOf`). */
  notes: string[];
}

/** @param nameOf a candidate's name as written, to explain the choice in notes; null: no notes. */
export function chooseHeadings(candidates: readonly Candidate[], nameOf: ((c: Candidate) => string) | null): Choice {
  const series = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.followedByBody && !c.explicit) continue;
    const members = series.get(c.style);
    if (members) members.push(c);
    else series.set(c.style, [c]);
  }
  // The largest series structures the document (the earliest of equals).
  let winner: [string, Candidate[]] | undefined;
  for (const entry of series) {
    const [, members] = entry;
    if (!isSeries(members)) continue;
    if (!winner || members.length > winner[1].length || (members.length === winner[1].length && (members[0] as Candidate).start < (winner[1][0] as Candidate).start)) winner = entry;
  }
  const winning = winner?.[0];
  const headings: Candidate[] = [];
  for (const c of candidates) if (c.explicit || (c.style === winning && c.followedByBody)) headings.push(c);
  return { headings, notes: nameOf ? notesOf(candidates, headings, series, winner, nameOf) : [] };
}

/** What was chosen and why the rest was not, naming at most LISTED candidates a note. */
function notesOf(candidates: readonly Candidate[], headings: readonly Candidate[], series: Map<string, Candidate[]>, winner: [string, Candidate[]] | undefined, nameOf: (c: Candidate) => string): string[] {
  const chosen = new Set(headings);
  const named = (c: Candidate) => `${nameOf(c)}${c.midline ? ' (mid-line)' : ''}`;
  const lists = new Map<string, { names: string[]; count: number }>();
  const note = (key: string, c: Candidate) => {
    const list = lists.get(key) ?? (lists.set(key, { names: [], count: 0 }).get(key) as { names: string[]; count: number });
    if (list.count++ < LISTED) list.names.push(named(c));
  };
  for (const c of candidates) {
    if (c.style === winner?.[0] && chosen.has(c)) note('winner', c);
    else if (chosen.has(c)) note('alone', c);
    else if (!c.followedByBody) note('no body', c);
    else note(c.style, c);
  }
  const text = (key: string) => {
    const list = lists.get(key) as { names: string[]; count: number };
    return list.names.join(', ') + (list.count > LISTED ? ` and ${list.count - LISTED} more` : '');
  };
  const notes: string[] = [];
  if (winner) notes.push(`chose the ${winner[0]} series of ${winner[1].length}: ${text('winner')}`);
  if (lists.has('alone')) notes.push(`kept ${text('alone')} outside a series: a unit by its suffix in an explicit style heads a block by itself`);
  for (const [style, members] of series) {
    if (style === winner?.[0] || !lists.has(style)) continue;
    const why = !isSeries(members)
      ? members.length < MIN_SERIES ? 'a lone heading is not a series' : 'ambiguous names alone need a longer series'
      : `smaller than the ${winner?.[0]} series`;
    notes.push(`left out the ${style} candidates ${text(style)}: ${why}`);
  }
  if (lists.has('no body')) notes.push(`left out ${text('no body')}: no body text follows`);
  return notes;
}

function isSeries(members: readonly Candidate[]): boolean {
  if (members.length < MIN_SERIES) return false;
  return members.length >= MIN_AMBIGUOUS_SERIES || members.some((c) => c.kind !== 'ambiguous');
}

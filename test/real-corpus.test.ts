/**
 * Accuracy on real documents (fixtures/real/: round-ups, briefings and speech digests from public sites,
 * gold written by hand; sources in its README), micro-averaged over the folder as `npm run accuracy` prints
 * it. Each floor is a measured figure rounded down, not a wish. Then the calibration of `confidence` on both
 * folders of gold (scripts/fit-confidence.mjs fits it; the table is `npm run accuracy`'s).
 */
import { describe, expect, it } from 'vitest';
import { FOLDERS, scoreFolder } from '../scripts/lib/score-folder.mjs';
import { extract } from '../src/index.js';

const FLOORS = { deptF1: 1, f1: 0.92, blindF1: 0.92, subject: 0.84, blindSubject: 0.84 };

describe('fixtures/real/', () => {
  const { micro, rows } = scoreFolder('fixtures/real', extract);
  const failing = rows.filter((r) => r.deptF1 < 1 || r.f1 < 0.9).map((r) => ({ doc: r.doc, misses: r.misses, extra: r.falsePositives }));

  it(`department F1 ≥ ${FLOORS.deptF1}`, () => {
    expect(micro.deptF1, JSON.stringify(failing, null, 1)).toBeGreaterThanOrEqual(FLOORS.deptF1);
  });
  it(`fact F1 ≥ ${FLOORS.f1}`, () => {
    expect(micro.f1).toBeGreaterThanOrEqual(FLOORS.f1);
  });
  it(`department-blind fact F1 ≥ ${FLOORS.blindF1}`, () => {
    expect(micro.blindF1).toBeGreaterThanOrEqual(FLOORS.blindF1);
  });
  it(`subject accuracy on matched facts ≥ ${FLOORS.subject}, and on the facts matched department-blind ≥ ${FLOORS.blindSubject}`, () => {
    expect(micro.subject).toBeGreaterThanOrEqual(FLOORS.subject);
    expect(micro.blindSubject).toBeGreaterThanOrEqual(FLOORS.blindSubject);
  });
});

/** Buckets need this many facts before their share right says anything. */
const MIN_BUCKET = 20;
/** How far a bucket's share right may stray from its mean confidence. */
const TOLERANCE = 0.1;

describe.each(FOLDERS)('confidence is calibrated on %s/', (dir) => {
  const { calibration, scored } = scoreFolder(dir, extract);

  it(`in every bucket of at least ${MIN_BUCKET} facts, the share right is within ${TOLERANCE} of the mean confidence`, () => {
    const table = calibration.filter((b) => b.facts >= MIN_BUCKET);
    expect(table.length, JSON.stringify(calibration)).toBeGreaterThan(0);
    for (const b of table) expect(Math.abs((b.shareRight as number) - (b.meanConfidence as number)), JSON.stringify(b)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('facts kept at --min-confidence 0.9 are right at least 90 % of the time', () => {
    const kept = scored.filter((x) => x.confidence >= 0.9);
    expect(kept.filter((x) => x.right).length / kept.length).toBeGreaterThanOrEqual(0.9);
  });
});

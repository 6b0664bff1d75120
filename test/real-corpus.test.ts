/**
 * Accuracy on real documents (fixtures/real/: round-ups, briefings and speech digests from public sites,
 * gold written by hand; sources in its README), micro-averaged over the folder as `npm run accuracy` prints
 * it. Each floor is a measured figure rounded down, not a wish.
 */
import { describe, expect, it } from 'vitest';
import { scoreFolder } from '../scripts/lib/score-folder.mjs';
import { extract } from '../src/index.js';

const FLOORS = { deptF1: 1, f1: 0.92, blindF1: 0.92, subject: 0.84 };

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
  it(`subject accuracy on matched facts ≥ ${FLOORS.subject}`, () => {
    expect(micro.subject).toBeGreaterThanOrEqual(FLOORS.subject);
  });
});

import type { extract } from '../../src/index.js';

export interface DocumentScore {
  doc: string;
  f1: number;
  blindF1: number;
  deptF1: number;
  subject: number;
  departments: string;
  facts: string;
  misses: string[];
  falsePositives: string[];
}
export interface CalibrationRow {
  bucket: string;
  facts: number;
  meanConfidence: number | null;
  shareRight: number | null;
}
export interface FolderScore {
  dir: string;
  micro: { f1: number; blindF1: number; deptF1: number; subject: number; blindSubject: number; documents: number; departments: number; facts: number };
  rows: DocumentScore[];
  calibration: CalibrationRow[];
  /** Every predicted fact's confidence and whether it is right (department-blind). */
  scored: Array<{ confidence: number; right: boolean }>;
}
export declare const FOLDERS: readonly string[];
export declare function scoreFolder(dir: string, extractReport: typeof extract): FolderScore;
export declare const BUCKETS: ReadonlyArray<readonly [number, number]>;
export declare function blindPairs(goldFacts: ReadonlyArray<Record<string, unknown>>, facts: ReadonlyArray<Record<string, unknown>>): Array<[Record<string, unknown>, Record<string, unknown>]>;
export declare function blindRight(goldFacts: ReadonlyArray<Record<string, unknown>>, facts: ReadonlyArray<Record<string, unknown>>): boolean[];
export declare function calibration(scored: ReadonlyArray<{ confidence: number; right: boolean }>): CalibrationRow[];

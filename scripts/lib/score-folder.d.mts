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
export interface FolderScore {
  dir: string;
  micro: { f1: number; blindF1: number; deptF1: number; subject: number; documents: number; departments: number; facts: number };
  rows: DocumentScore[];
}
export declare const FOLDERS: readonly string[];
export declare function scoreFolder(dir: string, extractReport: typeof extract): FolderScore;

import { ReportError } from '../errors.js';
import type { ReadDocument } from './index.js';

export async function readPdf(_bytes: Uint8Array, _options: { maxBytes: number }): Promise<ReadDocument> {
  throw new ReportError('DAMAGED', 'not implemented yet');
}

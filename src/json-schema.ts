/** The JSON Schema of the report, generated from the zod schema (the committed copy is schemas/report.schema.json). */
import * as z from 'zod/mini';
import { ReportSchema } from './schema.js';

export function reportJsonSchema(): object {
  return {
    $id: 'https://github.com/report-extract/report-extract/schemas/report.schema.json',
    title: 'report-extract report',
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
  };
}

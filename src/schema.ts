/**
 * The report contract (SPEC.md §2). This file is the only definition: TypeScript types come from
 * `z.infer`, and `schemas/report.schema.json` is generated from `ReportSchema` by `npm run schema`.
 * Field names and enum values are a public interface: change them only with a `schemaVersion` bump.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

const offset = z.number().int().nonnegative();
const line = z.number().int().positive();

/** Offsets into the decoded source text, in UTF-16 code units (as JS strings index); `end` is exclusive. */
export const SpanSchema = z.object({ start: offset, end: offset });

export const SourceSchema = z.object({
  path: z.string().nullable().describe('the input path, "-" for stdin, null for a string input'),
  encoding: z.string().describe('the encoding used to decode the bytes: utf-8, gb18030, big5, utf-16le, utf-16be'),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BylineSchema = z.object({
  outlet: z.string().nullable().describe('本报, 新华社 …'),
  place: z.string().nullable().describe('the dateline place: 济宁'),
  reporters: z.array(z.string()).describe('people credited (记者, 通讯员), in order'),
});

export const DocumentSchema = z.object({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  kicker: z.string().nullable(),
  byline: BylineSchema.nullable(),
  lead: z.string().nullable().describe('text before the first department, without the byline'),
});

export const DepartmentSchema = z.object({
  index: z.number().int().positive(),
  name: z.string().min(1),
  line,
  span: SpanSchema.describe('heading through the end of the body, in the source'),
  text: z.string().describe("the block's body, lines re-joined, without the heading"),
  factCount: z.number().int().nonnegative(),
});

export const CATEGORIES = ['personnel', 'funds', 'tonnage', 'vehicles', 'count', 'duration', 'percent', 'measure'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export const QualifierSchema = z.enum(['exact', 'over', 'nearly', 'about']);
export const PerSchema = z.enum(['day', 'week', 'month', 'year']);

export const FactSchema = z.object({
  department: z.string().nullable().describe('null above the first department block'),
  departmentIndex: z.number().int().positive().nullable(),
  category: CategorySchema,
  value: z.number().describe('in the canonical unit; the lower bound of a range'),
  max: z.number().nullable().describe('upper bound of a range, else null'),
  unit: z.string().min(1).describe('canonical unit: person, CNY, t, vehicle, h, day, %, km … or the measure word of a count'),
  measureWord: z.string().describe('the classifier or unit as written: 名, 万元, 吨, 件（套）'),
  qualifier: QualifierSchema,
  per: PerSchema.nullable(),
  total: z.boolean(),
  subject: z.string().nullable().describe('what is counted, best effort'),
  raw: z.string().min(1).describe("the quantity's own text, wrap breaks removed"),
  span: SpanSchema,
  line,
  context: z.string().describe('the clause the fact came from'),
  confidence: z.number().min(0).max(1),
});

export const WarningSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).describe('stable code, see src/errors.ts'),
  message: z.string(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  departments: z.array(DepartmentSchema),
  facts: z.array(FactSchema),
  warnings: z.array(WarningSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Byline = z.infer<typeof BylineSchema>;
export type DocumentInfo = z.infer<typeof DocumentSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Per = z.infer<typeof PerSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Report = z.infer<typeof ReportSchema>;

export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'] as const;

/** Options of `extract`, checked once at the entrance. */
export const OptionsSchema = z.object({
  /**
   * Decode with this encoding instead of detecting it.
   * @default undefined (detect: BOM, strict UTF-8, then the best of GB18030/Big5/UTF-16)
   * @example 'gb18030'
   */
  encoding: z.enum(ENCODINGS).optional(),
  /**
   * The path reported in `source.path`.
   * @default null
   */
  path: z.string().nullable().default(null),
  /**
   * Skip `ReportSchema.parse` of the result (it is always valid by construction; the CLI validates).
   * @default false
   */
  skipValidation: z.boolean().default(false),
});
export type ExtractOptions = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;

/**
 * The report contract (SPEC.md §2). This file is the only definition: TypeScript types come from
 * `z.infer`, and `schemas/report.schema.json` is generated from `ReportSchema` by `npm run schema`.
 * Field names and enum values are a public interface: change them only with a `schemaVersion` bump.
 */
// zod/mini: the same validation, tree-shaken to what is used (the chained API costs ~20 ms of start-up).
import * as z from 'zod/mini';

export const SCHEMA_VERSION = '1.1';

const offset = z.int().check(z.nonnegative());
const line = z.int().check(z.positive());
const about = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

/** Offsets into the decoded source text, in UTF-16 code units (as JS strings index); `end` is exclusive. */
export const SpanSchema = z.object({ start: offset, end: offset });

/** The formats a file is read as: detected from its content (`%PDF-`, a ZIP holding word/document.xml, HTML tags), else text. */
export const SOURCE_FORMATS = ['text', 'pdf', 'docx', 'html'] as const;
export const SourceFormatSchema = z.enum(SOURCE_FORMATS);

export const SourceSchema = z.object({
  path: about(z.nullable(z.string()), 'the input path, "-" for stdin, null for a string input'),
  format: about(SourceFormatSchema, 'the format the input was read as: text, pdf (its text layer), docx (Word) or html (a web page\'s main content)'),
  encoding: about(z.string(), 'text and html: the encoding used to decode the bytes (utf-8, gb18030, big5, utf-16le, utf-16be); pdf and docx: "unicode" (the file stores characters)'),
  bytes: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const BylineSchema = z.object({
  outlet: about(z.nullable(z.string()), '本报, 新华社 …'),
  place: about(z.nullable(z.string()), 'the dateline place: 济宁'),
  reporters: about(z.array(z.string()), 'people credited (记者, 通讯员), in order'),
});

export const DocumentSchema = z.object({
  title: z.nullable(z.string()),
  subtitle: z.nullable(z.string()),
  kicker: z.nullable(z.string()),
  byline: z.nullable(BylineSchema),
  lead: about(z.nullable(z.string()), 'text before the first department, without the byline'),
});

export const DepartmentSchema = z.object({
  index: z.int().check(z.positive()),
  name: z.string().check(z.minLength(1)),
  line,
  span: about(SpanSchema, 'heading through the end of the body, in the source'),
  text: about(z.string(), "the block's body, lines re-joined, without the heading"),
  factCount: z.int().check(z.nonnegative()),
});

export const CATEGORIES = ['personnel', 'funds', 'tonnage', 'vehicles', 'count', 'duration', 'percent', 'measure'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export const QualifierSchema = z.enum(['exact', 'over', 'nearly', 'about']);
export const PerSchema = z.enum(['day', 'week', 'month', 'year']);

export const FactSchema = z.object({
  department: about(z.nullable(z.string()), 'null above the first department block'),
  departmentIndex: z.nullable(z.int().check(z.positive())),
  category: CategorySchema,
  value: about(z.number(), 'in the canonical unit; the lower bound of a range'),
  max: about(z.nullable(z.number()), 'upper bound of a range, else null'),
  unit: about(z.string().check(z.minLength(1)), 'canonical unit: person, CNY, t, vehicle, h, day, %, km … or the measure word of a count'),
  measureWord: about(z.string(), 'the classifier or unit as written: 名, 万元, 吨, 件（套）'),
  qualifier: QualifierSchema,
  per: z.nullable(PerSchema),
  total: z.boolean(),
  subject: about(z.nullable(z.string()), 'what is counted, best effort'),
  raw: about(z.string().check(z.minLength(1)), "the quantity's own text, wrap breaks removed"),
  span: SpanSchema,
  line,
  page: about(z.nullable(z.int().check(z.positive())), 'pdf: the 1-based page of span.start; null for other formats'),
  context: about(z.string(), 'the clause the fact came from'),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

/** A chunk of facts, as `extractChunks` validates them. */
export const FactListSchema = z.array(FactSchema);

export const WarningSchema = z.object({
  code: about(z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/)), 'stable code, see src/errors.ts'),
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
export type SourceFormat = z.infer<typeof SourceFormatSchema>;
export type Report = z.infer<typeof ReportSchema>;

/** The default of the `maxBytes` option and of `--max-bytes`: 256 MiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'] as const;
/** `inputFormat`: `auto` detects the format from the bytes, whatever the file is called. */
export const INPUT_FORMATS = ['auto', ...SOURCE_FORMATS] as const;

/** Options of `extract`, checked once at the entrance. */
export const OptionsSchema = z.object({
  /**
   * Decode with this encoding instead of detecting it.
   * @default undefined (detect: BOM, strict UTF-8, then the best of GB18030/Big5/UTF-16)
   * @example 'gb18030'
   */
  encoding: z.optional(z.enum(ENCODINGS)),
  /**
   * Read the input as this format instead of detecting it. `pdf`, `docx` and `html` need the async entry
   * (`extractAsync`, `extractFile`); the synchronous `extract` reads text only.
   * @default 'auto'
   * @example 'html'
   */
  inputFormat: z._default(z.enum(INPUT_FORMATS), 'auto'),
  /**
   * The path reported in `source.path`.
   * @default null
   */
  path: z._default(z.nullable(z.string()), null),
  /**
   * Refuse input larger than this many bytes (`ReportError` with code `TOO_LARGE`) instead of exhausting
   * memory; a string counts its UTF-8 bytes.
   * @default 268435456 (256 MiB)
   * @example 16 * 1024 * 1024
   */
  maxBytes: z._default(z.int().check(z.positive()), DEFAULT_MAX_BYTES),
  /**
   * Skip `ReportSchema.parse` of the result (it is always valid by construction; the CLI validates).
   * @default false
   */
  skipValidation: z._default(z.boolean(), false),
});
export type ExtractOptions = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;

/**
 * Validation at the speed of the extraction. `schema.parse` of zod/mini walks its definition and copies
 * every object it checks: on a dense document that is a third of the time and half of the garbage. Here
 * the same zod schema is compiled once, on first use, into plain JavaScript tests that only read the
 * value. A value they refuse is handed to zod itself, whose error is the one thrown, so zod stays the only
 * definition and the only error format; a definition this compiler does not know is checked by zod.
 * `test/check.test.ts` holds the two to the same verdicts.
 */
import * as z from 'zod/mini';

type Check = (value: unknown) => boolean;

/** Parse like `schema.parse`, but without copying a valid value: the value itself is returned. */
export function validated<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> {
  if (conforms(schema, value)) return value as z.infer<T>;
  return z.parse(schema, value); // throws zod's error (or, should the two ever disagree, zod's verdict stands)
}

/** Whether `value` is valid for `schema`, the verdict zod would give, without building anything. */
export function conforms(schema: z.ZodMiniType, value: unknown): boolean {
  return compiled(schema)(value);
}

const cache = new WeakMap<z.ZodMiniType, Check>();

function compiled(schema: z.ZodMiniType): Check {
  let check = cache.get(schema);
  if (!check) cache.set(schema, (check = compile(schema)));
  return check;
}

/** The zod definition, as much of it as this compiler reads. */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
}
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  format?: string;
  pattern?: RegExp;
}

/**
 * The schema as the source of one function, as zod's own JIT does for its classic objects: straight-line
 * tests run several times faster than a tree of closures. Objects and arrays are functions of their own
 * (`refs[i]`), as are regular expressions and whatever the compiler hands to zod.
 */
function compile(schema: z.ZodMiniType): Check {
  const refs: unknown[] = [];
  const def = schema._zod.def as unknown as Def;
  const own = refinements(def, 'o', refs);
  const byZod: Check = (value) => z.safeParse(schema, value).success;
  if (own === null) return byZod;
  let body: string;
  if (def.type === 'object') {
    if (!def.shape) return byZod;
    const fields = Object.entries(def.shape).map(([key, field]) => `x = o[${JSON.stringify(key)}]; if (!(${test(field, 'x', refs)})) return false;`);
    body = `if (typeof o !== 'object' || o === null || Array.isArray(o)) return false; let x; ${fields.join(' ')} return ${own};`;
  } else if (def.type === 'array') {
    if (!def.element) return byZod;
    body = `if (!Array.isArray(o)) return false; for (const x of o) if (!(${test(def.element, 'x', refs)})) return false; return ${own};`;
  } else {
    body = `return ${test(schema, 'o', refs)};`;
  }
  return new Function('refs', `return function check(o) { ${body} };`)(refs) as Check;
}

/** A JavaScript expression true when variable `x` is valid for `schema`. */
function test(schema: z.ZodMiniType, x: string, refs: unknown[]): string {
  const def = schema._zod.def as unknown as Def;
  if (def.type === 'object' || def.type === 'array') return `${ref(refs, compiled(schema))}(${x})`;
  const base = typeTest(def, x, refs);
  const own = refinements(def, x, refs);
  if (base === null || own === null) return `${ref(refs, (value: unknown) => z.safeParse(schema, value).success)}(${x})`;
  return `(${base}) && ${own}`;
}

/** A reference to `value` from the generated code. */
const ref = (refs: unknown[], value: unknown): string => `refs[${refs.push(value) - 1}]`;

/** The `.check(…)`s of a definition as one expression ('true' for none); null when one is unknown here. */
function refinements(def: Def, x: string, refs: unknown[]): string | null {
  const tests = (def.checks ?? []).map((c) => refinement(c._zod.def, x, refs));
  if (tests.includes(null)) return null;
  const real = tests.filter((t) => t !== '');
  return real.length === 0 ? 'true' : real.map((t) => `(${t})`).join(' && ');
}

function typeTest(def: Def, x: string, refs: unknown[]): string | null {
  switch (def.type) {
    case 'string':
      return `typeof ${x} === 'string'`;
    case 'boolean':
      return `typeof ${x} === 'boolean'`;
    case 'number':
      if (def.format === 'safeint') return `Number.isSafeInteger(${x})`;
      if (def.format === undefined) return `typeof ${x} === 'number' && Number.isFinite(${x})`;
      return null;
    case 'enum':
      return oneOf(Object.values(def.entries ?? {}), x);
    case 'literal':
      return oneOf(def.values ?? [], x);
    case 'nullable':
      return `${x} === null || (${test(def.innerType as z.ZodMiniType, x, refs)})`;
    default:
      return null;
  }
}

/** `x` is one of these primitive values (strings, finite numbers, booleans, null); else null. */
function oneOf(values: unknown[], x: string): string | null {
  const ok = (v: unknown): boolean => typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0 || !values.every(ok)) return null;
  return values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ');
}

/** One `.check(…)` of a definition, as an expression ('' when it checks nothing); null when unknown here. */
function refinement(c: CheckDef, x: string, refs: unknown[]): string | null {
  switch (c.check) {
    case 'describe':
      return ''; // documentation only
    case 'min_length':
      return `${x}.length >= ${Number(c.minimum ?? 0)}`;
    case 'greater_than':
      return `${x} ${c.inclusive ? '>=' : '>'} ${Number(c.value)}`;
    case 'less_than':
      return `${x} ${c.inclusive ? '<=' : '<'} ${Number(c.value)}`;
    case 'string_format': {
      if (c.format !== 'regex' || !c.pattern) return null;
      const pattern = c.pattern;
      return `${ref(refs, (s: string) => ((pattern.lastIndex = 0), pattern.test(s)))}(${x})`;
    }
    default:
      return null;
  }
}

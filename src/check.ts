/**
 * Validation at the speed of the extraction. `schema.parse` of zod/mini walks its definition and copies
 * every object it checks: on a dense document that is a third of the time and half of the garbage. Here
 * the same zod schema is compiled once, on first use, into a tree of plain predicates that only read the
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

function compile(schema: z.ZodMiniType): Check {
  const def = schema._zod.def as unknown as Def;
  const byZod: Check = (value) => z.safeParse(schema, value).success;
  const refinements = (def.checks ?? []).map((c) => refinement(c._zod.def));
  if (refinements.includes(null)) return byZod;
  const base = typeCheck(def);
  if (!base) return byZod;
  const all = refinements as Check[];
  if (all.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const r of all) if (!r(value)) return false;
    return true;
  };
}

function typeCheck(def: Def): Check | null {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'number':
      if (def.format === 'safeint') return (v) => Number.isSafeInteger(v);
      if (def.format === undefined) return (v) => typeof v === 'number' && Number.isFinite(v);
      return null;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => allowed.has(v as string);
    }
    case 'literal': {
      const allowed = new Set(def.values);
      return (v) => allowed.has(v);
    }
    case 'nullable': {
      const inner = compiled(def.innerType as z.ZodMiniType);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = compiled(def.element as z.ZodMiniType);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (const x of v) if (!element(x)) return false;
        return true;
      };
    }
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, s]) => [key, compiled(s)] as const);
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const [key, check] of fields) if (!check(o[key])) return false;
        return true;
      };
    }
    default:
      return null;
  }
}

/** One `.check(…)` of a definition; `null` when this compiler does not know it. */
function refinement(c: CheckDef): Check | null {
  switch (c.check) {
    case 'describe':
      return () => true; // documentation only
    case 'min_length': {
      const min = c.minimum ?? 0;
      return (v) => (v as string | unknown[]).length >= min;
    }
    case 'greater_than': {
      const n = c.value as number;
      return c.inclusive ? (v) => (v as number) >= n : (v) => (v as number) > n;
    }
    case 'less_than': {
      const n = c.value as number;
      return c.inclusive ? (v) => (v as number) <= n : (v) => (v as number) < n;
    }
    case 'string_format': {
      if (c.format !== 'regex' || !c.pattern) return null;
      const pattern = c.pattern;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    default:
      return null;
  }
}

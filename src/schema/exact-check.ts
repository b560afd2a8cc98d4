import { z } from 'astro/zod';

/** A compiled check: true when the value passes the schema and is already the schema's output. */
export type ExactCheck = (value: unknown) => boolean;

/**
 * Compiles a Zod schema into a check that answers, without copying anything, whether
 * `schema.parse(value)` would succeed *and* return a value equal to the input, keys in the same
 * order (so the input can be kept as the parsed value). Zod 3 builds a new copy of every object
 * and array it validates; for the ingest, that copy of each issue cost as much as two parsing
 * stages. The check is made from the schema's own definitions, so there is no second schema to
 * keep in step. It is conservative: an object whose keys are out of the schema's order, or
 * anything it is unsure of, answers false, and the caller then runs Zod itself (which also
 * words the errors). Throws when the schema uses a type or a check it does not know: use Zod
 * for that schema.
 * Mirrors zod/v3/types.js (3.25): ZodString, ZodNumber, ZodObject (strip), ZodArray, ZodEnum…
 */
export function compileExactCheck(schema: z.ZodTypeAny): ExactCheck {
  const def = schema._def as { typeName: z.ZodFirstPartyTypeKind };
  switch (def.typeName) {
    case z.ZodFirstPartyTypeKind.ZodString:
      return stringCheck(schema as z.ZodString);
    case z.ZodFirstPartyTypeKind.ZodNumber:
      return numberCheck(schema as z.ZodNumber);
    case z.ZodFirstPartyTypeKind.ZodBoolean:
      return (value) => typeof value === 'boolean';
    case z.ZodFirstPartyTypeKind.ZodLiteral: {
      const literal = (schema as z.ZodLiteral<unknown>).value;
      return (value) => value === literal;
    }
    case z.ZodFirstPartyTypeKind.ZodEnum: {
      const values: readonly unknown[] = (schema as z.ZodEnum<[string, ...string[]]>).options;
      return (value) => typeof value === 'string' && values.includes(value);
    }
    case z.ZodFirstPartyTypeKind.ZodNullable: {
      const inner = compileExactCheck((schema as z.ZodNullable<z.ZodTypeAny>).unwrap());
      return (value) => value === null || inner(value);
    }
    case z.ZodFirstPartyTypeKind.ZodArray:
      return arrayCheck(schema as z.ZodArray<z.ZodTypeAny>);
    case z.ZodFirstPartyTypeKind.ZodObject:
      return objectCheck(schema as z.AnyZodObject);
    case z.ZodFirstPartyTypeKind.ZodDiscriminatedUnion:
      return unionCheck(schema as z.ZodDiscriminatedUnion<string, z.AnyZodObject[]>);
    default:
      throw new Error(`compileExactCheck: ${def.typeName} is not supported`);
  }
}

function stringCheck(schema: z.ZodString): ExactCheck {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  for (const check of schema._def.checks) {
    if (check.kind === 'min') min = Math.max(min, check.value);
    else if (check.kind === 'max') max = Math.min(max, check.value);
    else if (check.kind === 'length') (min = Math.max(min, check.value)), (max = Math.min(max, check.value));
    else if (check.kind === 'regex' && !check.regex.global && !check.regex.sticky) patterns.push(check.regex);
    else throw new Error(`compileExactCheck: string check "${check.kind}" is not supported here`);
  }
  const [pattern, ...more] = patterns;
  if (more.length > 0) throw new Error('compileExactCheck: one regex a string, at most');
  return pattern
    ? (value) => typeof value === 'string' && value.length >= min && value.length <= max && pattern.test(value)
    : (value) => typeof value === 'string' && value.length >= min && value.length <= max;
}

function numberCheck(schema: z.ZodNumber): ExactCheck {
  const tests = schema._def.checks.map((check): ((value: number) => boolean) => {
    switch (check.kind) {
      case 'min':
        return check.inclusive ? (value) => value >= check.value : (value) => value > check.value;
      case 'max':
        return check.inclusive ? (value) => value <= check.value : (value) => value < check.value;
      case 'int':
        return Number.isInteger;
      case 'finite':
        return Number.isFinite;
      default:
        throw new Error(`compileExactCheck: number check "${check.kind}" is not supported`);
    }
  });
  // Zod treats NaN as a type of its own ("nan"), never a number.
  return (value) => typeof value === 'number' && !Number.isNaN(value) && tests.every((test) => test(value));
}

function arrayCheck(schema: z.ZodArray<z.ZodTypeAny>): ExactCheck {
  const { minLength, maxLength, exactLength } = schema._def;
  const item = compileExactCheck(schema.element);
  return (value) => {
    if (!Array.isArray(value)) return false;
    if ((minLength && value.length < minLength.value) || (maxLength && value.length > maxLength.value)) return false;
    if (exactLength && value.length !== exactLength.value) return false;
    // An indexed loop, not every(): every() skips the holes of a sparse array; Zod does not.
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}

/**
 * A plain object whose own keys are the shape's, in the shape's order (an optional key may be
 * left out), each value passing its check. Zod would drop unknown keys and reorder the rest,
 * so either makes the output differ from the input: false.
 */
function objectCheck(schema: z.AnyZodObject): ExactCheck {
  if (schema._def.unknownKeys !== 'strip' || !(schema._def.catchall instanceof z.ZodNever)) {
    throw new Error('compileExactCheck: only plain z.object() is supported (no passthrough, strict or catchall)');
  }
  const fields = Object.entries(schema.shape as z.ZodRawShape).map(([key, field]) => {
    const optional = field instanceof z.ZodOptional;
    return { key, optional, check: compileExactCheck(optional ? (field as z.ZodOptional<z.ZodTypeAny>).unwrap() : field) };
  });
  return (value) => {
    if (!isPlainObject(value)) return false;
    // Keys and values read in one go: a keyed read per field, with keys and object shapes
    // changing from call to call, is V8's slow (megamorphic) path.
    const keys = Object.keys(value);
    const values = Object.values(value);
    let k = 0;
    for (const field of fields) {
      if (keys[k] === field.key) {
        if (!field.check(values[k])) return false;
        k++;
      } else if (!field.optional || field.key in value) {
        return false;
      }
    }
    return k === keys.length;
  };
}

function unionCheck(schema: z.ZodDiscriminatedUnion<string, z.AnyZodObject[]>): ExactCheck {
  const { discriminator } = schema;
  const byValue = new Map([...schema.optionsMap].map(([tag, option]) => [tag, compileExactCheck(option)]));
  return (value) => isPlainObject(value) && (byValue.get(value[discriminator] as string)?.(value) ?? false);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

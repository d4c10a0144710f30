/**
 * Every field a Zod object schema accepts, as dotted paths ("preparation.fasting.solidsHours"), for
 * the test that keeps docs/settings.md listing every setting. Walks through what wraps a field
 * (optional, default, preprocess, a list of objects, a choice of shapes) to the objects inside.
 */
import type { z } from 'astro/zod';

/** The parts of Zod 4's internal definition this walk reads; `type` names the kind of schema. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
}

const definition = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The schemas a value may have to pass through to reach the fields it holds. */
function inner(schema: z.ZodType): z.ZodType[] {
  const def = definition(schema);
  if (def.innerType) return [def.innerType];
  if (def.type === 'pipe') return [def.in, def.out].filter((part): part is z.ZodType => part !== undefined);
  if (def.element) return [def.element];
  if (def.options) return [...def.options];
  return [];
}

/** Every field name under `schema`, depth first, each object's own fields before its children's. */
export function schemaKeys(schema: z.ZodType, prefix = ''): string[] {
  const shape = definition(schema).shape;
  if (!shape) return [...new Set(inner(schema).flatMap((part) => schemaKeys(part, prefix)))];
  return [
    ...new Set(
      Object.entries(shape).flatMap(([name, field]) => {
        const key = prefix ? `${prefix}.${name}` : name;
        return [key, ...schemaKeys(field, key)];
      }),
    ),
  ];
}

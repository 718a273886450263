/**
 * How the API's schemas are written: closed objects, and schemas shared by `$id`. Shared schemas become named
 * components of the OpenAPI document; the others refer to them with `ref`.
 */
import Type, { type TSchema } from 'typebox';
import { LANGUAGES } from '../messages/index.ts';

/** Objects in the API's schemas take no fields beyond those listed. */
export const closed = { additionalProperties: false } as const;

/**
 * `?lang=` of any request: the language its error messages are written in, before the Accept-Language header. A
 * query schema lists it so that a closed query still takes it.
 */
export const languageQuery = {
  lang: Type.Optional(
    Type.Enum([...LANGUAGES], {
      description: 'The language of error messages: en or ru; without it, the Accept-Language header chooses',
    }),
  ),
};

/** A schema registered with Fastify under `id`, and a reference to it typed like the schema itself. */
export interface Shared<T extends TSchema> {
  schema: T & { $id: string };
  ref: Type.TUnsafe<Type.Static<T>>;
}

export function shared<T extends TSchema>(id: string, schema: T): Shared<T> {
  return { schema: Object.assign(schema, { $id: id }), ref: Type.Unsafe<Type.Static<T>>({ $ref: `${id}#` }) };
}

/**
 * How the diary routes take a body: as any JSON value, checked whole by the diary's parsers in the handler
 * (src/diary-service), with the documented schema shown in the OpenAPI document.
 */
import type { SwaggerTransform } from '@fastify/swagger';

/** A body that is validated by a diary parser in the handler; the OpenAPI document shows `documented`. */
export function checkedInHandler(documented: unknown): { swaggerTransform: SwaggerTransform } {
  return {
    swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: documented }, url }),
  };
}

/** Any JSON value: the handler's parser checks it and says what is wrong. */
export const ANY_BODY = {};

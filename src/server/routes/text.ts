/**
 * Free-text intake over HTTP: `POST /api/v1/parse` reads a person's own words into findings (each with the words
 * that said it) and answers, with the same pure parser the CLI and the web app use. `understand` is also what
 * `POST /api/v1/assessments` uses for its `text` field.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ErrorShared, type ParseRequest, ParseRequestSchema, ParseResultShared } from '../../api/index.ts';
import { parseAnswers } from '../../engine/index.ts';
import { fieldOf, NumbError, words } from '../../errors.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { type Language, lexiconFor, type ParseResult, parseText } from '../../text/index.ts';
import type { KnowledgeIn } from '../language.ts';

export interface TextRoutesOptions {
  /** The knowledge in the language of the request, whose words the findings are named in. */
  knowledgeIn: KnowledgeIn;
}

/**
 * What `text` says, as findings and as answers checked by the engine, read in `lang` or else in the language its
 * letters show. Text of only spaces is refused like an empty one (the schema has already refused an empty or an
 * over-long text, or one that is not a string).
 */
export function understand(text: string, knowledge: Knowledge, lang?: Language): ParseResult {
  if (text.trim() === '') {
    const values = {
      field: fieldOf(['text']),
      expected: words('error.expected.someWords'),
      got: words('error.got.onlySpaces'),
    };
    throw new NumbError('NUMB_BAD_REQUEST', 'error.expects', values, ['text']);
  }
  const result = parseText(text, lexiconFor(text, lang), knowledge);
  return { ...result, answers: parseAnswers(result.answers, knowledge) };
}

export const textRoutes: FastifyPluginAsync<TextRoutesOptions> = async (app, options) => {
  app.post<{ Body: ParseRequest }>(
    '/api/v1/parse',
    {
      schema: {
        operationId: 'parseText',
        summary: 'Read a person’s own words',
        description:
          'The findings the text states (present, absent or unknown), each with the words that said it and their ' +
          'offsets; the same as answers, ready for `POST /api/v1/assessments`; where on the hand; the choice ' +
          'questions it answers; and notes on what was assumed. Nothing is stored. English and Russian: `lang` says ' +
          'which, or else text with Cyrillic letters is read as Russian.',
        body: ParseRequestSchema,
        response: {
          200: ParseResultShared.ref,
          400: ErrorShared.ref,
          413: ErrorShared.ref,
          415: ErrorShared.ref,
        },
      },
    },
    async (request, reply) => {
      // Health information: no cache may keep it.
      reply.header('cache-control', 'no-store');
      return understand(request.body.text, options.knowledgeIn(request.language), request.body.lang);
    },
  );
};

/**
 * The language of a request, chosen in one place: the `lang` the request gives (a query parameter, or the field of a
 * JSON body such as the text intake's), else the best one numbcheck speaks of its Accept-Language header, else
 * English. Routes read it as `request.language`; error replies are written in it and every API reply names it in
 * Content-Language.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Knowledge, knowledge as numbcheckKnowledge, readableIn } from '../knowledge/index.ts';
import { isLanguage, type Language, pickLanguage } from '../messages/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request is answered in. */
    language: Language;
  }
}

/**
 * The language tags of an Accept-Language header, most preferred first: "ru-RU,ru;q=0.9,en;q=0.8" is ru-RU, ru, en.
 * A tag with q=0 is refused, not preferred, so it is left out; tags of equal weight keep their order.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  const weighted = header.split(',').flatMap((part, order) => {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const q = parameters.find((parameter) => /^q=/i.test(parameter));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return tag === '' || !(weight > 0) ? [] : [{ tag, weight, order }];
  });
  return weighted.sort((a, b) => b.weight - a.weight || a.order - b.order).map(({ tag }) => tag);
}

function langOf(value: unknown): Language | undefined {
  if (typeof value !== 'object' || value === null || !('lang' in value)) return undefined;
  return isLanguage(value.lang) ? value.lang : undefined;
}

/** The language of a request from what is known before its body is read: `?lang=`, else Accept-Language. */
export function languageOf(request: FastifyRequest): Language {
  return langOf(request.query) ?? pickLanguage(acceptedLanguages(request.headers['accept-language']));
}

/** Chooses each request's language, and names it in the Content-Language of API replies and error replies. */
export function chooseLanguages(app: FastifyInstance): void {
  app.decorateRequest('language', 'en');
  app.addHook('onRequest', async (request) => {
    request.language = languageOf(request);
  });
  // A JSON body's `lang` (the language of the person's words) wins once the body is read.
  app.addHook('preValidation', async (request) => {
    request.language = langOf(request.body) ?? request.language;
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') || reply.statusCode >= 400)
      reply.header('content-language', request.language);
  });
}

/** The knowledge a request reads, in the request's language. */
export type KnowledgeIn = (language: Language) => Knowledge;

/**
 * numbcheck's own knowledge in each language it speaks; a knowledge base the server was given instead has its own
 * words, which no language's table was written for, so it is served as it is.
 */
export function knowledgeIn(knowledge: Knowledge): KnowledgeIn {
  return (language) => (knowledge === numbcheckKnowledge ? readableIn(language).knowledge : knowledge);
}

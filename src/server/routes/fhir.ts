/**
 * numbcheck's FHIR R4 definitions, for the systems that read its FHIR export: the interview's Questionnaire, which
 * every saved assessment in the export answers (`QuestionnaireResponse.questionnaire` names it by its canonical URL
 * and the knowledge version).
 */
import type { FastifyPluginAsync } from 'fastify';
import { INTERVIEW_QUESTIONNAIRE_ID, interviewQuestionnaire } from '../../fhir/index.ts';
import type { Language } from '../../messages/index.ts';
import type { KnowledgeIn } from '../language.ts';

export interface FhirRoutesOptions {
  knowledgeIn: KnowledgeIn;
}

/** FHIR's JSON media type, as FHIR R4 names it for a resource. */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export const fhirRoutes: FastifyPluginAsync<FhirRoutesOptions> = async (app, options) => {
  // Made once per language: the same for every request in it.
  const made = new Map<Language, string>();
  app.get(
    `/fhir/Questionnaire/${INTERVIEW_QUESTIONNAIRE_ID}`,
    {
      schema: {
        operationId: 'getInterviewQuestionnaire',
        tags: ['fhir'],
        summary: 'The interview as a FHIR R4 Questionnaire',
        description:
          'One item per question of the knowledge base, with its answers, in the language of the request ' +
          '(`?lang=en|ru` or Accept-Language). `version` is the knowledge version; each saved assessment in ' +
          '`GET /api/v1/export?format=fhir` is a QuestionnaireResponse to it. See docs/fhir.md.',
        response: {
          200: {
            description: 'A FHIR R4 Questionnaire resource',
            content: { 'application/fhir+json': { schema: { type: 'object' } } },
          },
        },
      },
    },
    async (request, reply) => {
      const { language } = request;
      let json = made.get(language);
      if (json === undefined) {
        json = JSON.stringify(interviewQuestionnaire(options.knowledgeIn(language), language));
        made.set(language, json);
      }
      return reply.type(FHIR_JSON).header('content-language', language).send(json);
    },
  );
};

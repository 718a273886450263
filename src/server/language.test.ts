import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import { useApp } from './testkit.ts';

const { answers } = JSON.parse(
  readFileSync(new URL('../../examples/cases/D05.json', import.meta.url), 'utf8'),
) as { answers: unknown };

interface Assessed {
  triage: { level: string; reasons: { text: string }[] };
  causes: { id: string; name: string; probability: number }[];
}

describe('what the API says, in the language of the request', () => {
  const server = useApp();

  const assessIn = async (headers: Record<string, string>, query = ''): Promise<[Response, Assessed]> => {
    const response = await fetch(`${server.base}/api/v1/assessments${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ answers }),
    });
    assert.equal(response.status, 200);
    return [response, (await response.json()) as Assessed];
  };

  it('words an assessment in Russian for Accept-Language: ru, deciding exactly as in English', async () => {
    const [, english] = await assessIn({ 'accept-language': 'en-GB' });
    const [response, russian] = await assessIn({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' });
    assert.equal(response.headers.get('content-language'), 'ru');
    assert.equal(russian.triage.level, english.triage.level);
    assert.deepEqual(
      russian.causes.map(({ id, probability }) => [id, probability]),
      english.causes.map(({ id, probability }) => [id, probability]),
    );
    assert.match(russian.causes[0]?.name ?? '', /шейная радикулопатия/);
    for (const reason of russian.triage.reasons) assert.match(reason.text, /[а-яё]/i, reason.text);
    assert.equal(
      english.causes[0]?.name,
      knowledge.causes.find((c) => c.id === 'cervical_radiculopathy')?.name,
    );
  });

  it('takes ?lang=ru over the header', async () => {
    const [, russian] = await assessIn({ 'accept-language': 'en' }, '?lang=ru');
    assert.match(russian.causes[0]?.name ?? '', /[а-яё]/i);
  });

  it('serves the knowledge base and one question in Russian, with the same ids', async () => {
    const ru = (await (
      await fetch(`${server.base}/api/v1/knowledge`, { headers: { 'accept-language': 'ru' } })
    ).json()) as typeof knowledge;
    assert.deepEqual(
      ru.causes.map((cause) => cause.id),
      knowledge.causes.map((cause) => cause.id),
    );
    assert.match(ru.causes.find((c) => c.id === 'carpal_tunnel')?.name ?? '', /запястного канала/);
    const question = (await (await fetch(`${server.base}/api/v1/questions/duration?lang=ru`)).json()) as {
      id: string;
      text: string;
    };
    assert.equal(question.id, 'duration');
    assert.match(question.text, /[а-яё]/i);
  });
});

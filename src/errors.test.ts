import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import {
  anyOf,
  bad,
  ERRORS,
  type ErrorCode,
  messageOf,
  NumbError,
  summaryOf,
  within,
  words,
} from './errors.ts';
import { catalogOf, LANGUAGES, type MessageKey, translator } from './messages/index.ts';
import { acceptedLanguages } from './server/language.ts';
import { errorOf, type RunningApp, startApp } from './server/testkit.ts';
import { openSqliteStore } from './store/index.ts';

const CODES = Object.keys(ERRORS).filter((code): code is ErrorCode => Object.hasOwn(ERRORS, code));

/** A value for each placeholder of a message: a number where it counts (plural, number), else a word. */
function sampleValues(message: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      values[element.value] = element.type === TYPE.plural || element.type === TYPE.number ? 3 : 'VALUE';
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return values;
}

describe('the error registry', () => {
  it('gives every code an HTTP error status and a meaning in every language', () => {
    for (const code of CODES) {
      const { status } = ERRORS[code];
      assert.ok(status >= 400 && status <= 599, `${code}: ${status}`);
      for (const language of LANGUAGES) {
        const summary = summaryOf(code, language);
        assert.ok(summary.length > 0 && !summary.startsWith('error.'), `${code} in ${language}: ${summary}`);
      }
    }
    assert.notEqual(summaryOf('NUMB_BAD_ANSWER', 'ru'), summaryOf('NUMB_BAD_ANSWER', 'en'));
  });

  it('declares only codes that the code raises', () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const texts: string[] = [];
    const read = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) read(path);
        else if (/\.ts$/.test(entry.name) && !entry.name.includes('.test.') && entry.name !== 'errors.ts') {
          texts.push(readFileSync(path, 'utf8'));
        }
      }
    };
    read(root);
    const code = texts.join('\n');
    assert.deepEqual(
      CODES.filter((name) => !code.includes(`'${name}'`)),
      [],
    );
  });

  it('renders every error template in every language with its values, leaving no placeholder', () => {
    const english = catalogOf('en');
    const keys = Object.keys(english).filter((key): key is MessageKey => Object.hasOwn(english, key));
    for (const key of keys.filter((k) => k.startsWith('error.'))) {
      const values = sampleValues(english[key]);
      for (const language of LANGUAGES) {
        const text = translator(language)(key, values);
        assert.ok(!/\{\w+/.test(text), `${language} ${key}: ${text}`);
        assert.notEqual(text, key, `${language} ${key} is missing`);
      }
    }
  });
});

describe('a NumbError', () => {
  const error = bad(
    'NUMB_BAD_ANSWER',
    ['onset'],
    words('error.expected.oneOf', { choices: anyOf(['sudden', 'gradual']) }),
    'soon',
  );

  it('keeps its message in English and tells it in Russian on demand', () => {
    assert.equal(error.message, '"onset" expects one of sudden or gradual, got "soon"');
    assert.equal(messageOf(error, 'en'), error.message);
    assert.equal(
      messageOf(error, 'ru'),
      '«onset»: ожидается одно из значений: sudden или gradual, получено "soon"',
    );
    assert.equal(error.status, 400);
    assert.deepEqual(error.path, ['onset']);
  });

  it('names the whole path once it is placed inside a larger input', () => {
    const placed = within(error, ['answers']);
    assert.equal(placed.message, '"answers.onset" expects one of sudden or gradual, got "soon"');
    assert.deepEqual(placed.path, ['answers', 'onset']);
  });

  it('writes counts by each language’s rules', () => {
    const long = bad(
      'NUMB_BAD_ENTRY',
      ['note'],
      words('error.expected.atMostCharacters', { max: 2000 }),
      'x'.repeat(61),
    );
    assert.match(long.message, /expects at most 2,000 characters, got "x{60}"… \(61 characters\)$/);
    assert.match(messageOf(long, 'ru'), /не больше 2\s000 символов, получено "x{60}"… \(61 символ\)$/);
  });

  it('leaves any other error’s message as it is', () => {
    assert.equal(messageOf(new TypeError('boom'), 'ru'), 'boom');
  });
});

describe('the Accept-Language header', () => {
  it('lists the languages by their weight, leaving out refused ones', () => {
    assert.deepEqual(acceptedLanguages('ru-RU,ru;q=0.9,en;q=0.8'), ['ru-RU', 'ru', 'en']);
    assert.deepEqual(acceptedLanguages('en;q=0.5, ru;q=0.7'), ['ru', 'en']);
    assert.deepEqual(acceptedLanguages('ru;q=0, en'), ['en']);
    assert.deepEqual(acceptedLanguages(undefined), []);
  });
});

/** A GET with headers fetch cannot set (Host), as a fetch Response. */
function rawGet(base: string, path: string, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve(new Response(body, { status: response.statusCode ?? 0 })));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP API’s errors', () => {
  let server: RunningApp;
  let webRoot: string;
  before(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'numbcheck-errors-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app");\n');
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>numbcheck</title>\n');
    server = await startApp({ webRoot, rateLimits: { ...LOW_LIMITS } });
  });
  after(async () => {
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const badAge = JSON.stringify({ answers: { age: 300 } });
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answer in Russian for Accept-Language: ru, and say so in Content-Language', async () => {
    const response = await post('/api/v1/assessments', badAge, {
      'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8',
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-language'), 'ru');
    const error = await errorOf(response);
    assert.equal(error.code, 'NUMB_BAD_ANSWER');
    assert.equal(error.message, '«answers.age»: ожидается число от 0 до 120 (years), получено 300');
    assert.deepEqual(error.path, ['answers', 'age']);
  });

  it('answer in Russian for ?lang=ru, whatever the header prefers', async () => {
    const response = await post('/api/v1/assessments?lang=ru', badAge, { 'accept-language': 'en' });
    assert.equal(response.headers.get('content-language'), 'ru');
    assert.match((await errorOf(response)).message, /^«answers\.age»: ожидается/);
  });

  it('answer in the language of a body’s lang field', async () => {
    const response = await post('/api/v1/parse', JSON.stringify({ text: '   ', lang: 'ru' }));
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-language'), 'ru');
    assert.equal(
      (await errorOf(response)).message,
      '«text»: ожидается хотя бы несколько слов об онемении, получено одни пробелы',
    );
  });

  it('answer in English otherwise: no header, a language numbcheck does not speak, Russian weighed below English', async () => {
    for (const header of [undefined, 'de-DE', 'ru;q=0.1, en;q=0.9']) {
      const response = await post(
        '/api/v1/assessments',
        badAge,
        header === undefined ? {} : { 'accept-language': header },
      );
      assert.equal(response.headers.get('content-language'), 'en', String(header));
      assert.equal(
        (await errorOf(response)).message,
        '"answers.age" expects a number of years from 0 to 120, got 300',
        String(header),
      );
    }
  });

  it('name their language on successful API replies too', async () => {
    const response = await fetch(`${server.base}/api/v1/questions/age`, {
      headers: { 'accept-language': 'ru' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-language'), 'ru');
  });

  it('send each code with the status it is declared with', async () => {
    const reached: [ErrorCode, Promise<Response>][] = [
      ['NUMB_QUESTION_NOT_FOUND', fetch(`${server.base}/api/v1/questions/favourite_colour`)],
      ['NUMB_UNKNOWN_QUESTION', post('/api/v1/assessments', JSON.stringify({ answers: { colour: 'red' } }))],
      ['NUMB_BAD_ANSWER', post('/api/v1/assessments', badAge)],
      ['NUMB_BAD_JSON', post('/api/v1/assessments', '{"answers":')],
      ['NUMB_BAD_REQUEST', post('/api/v1/assessments', '{"answers": {}, "extra": 1}')],
      ['NUMB_NOT_FOUND', fetch(`${server.base}/api/v1/nothing-here`)],
      ['NUMB_STORE_UNAVAILABLE', fetch(`${server.base}/api/v1/episodes`)],
      ['NUMB_ACCOUNTS_OFF', fetch(`${server.base}/api/v1/account`)],
      [
        'NUMB_BODY_TOO_LARGE',
        post('/api/v1/assessments', JSON.stringify({ answers: {}, pad: 'x'.repeat(70_000) })),
      ],
      ['NUMB_UNSUPPORTED_MEDIA_TYPE', post('/api/v1/assessments', badAge, { 'content-type': 'text/plain' })],
      ['NUMB_FORBIDDEN_ORIGIN', post('/api/v1/assessments', badAge, { origin: 'https://elsewhere.example' })],
      [
        'NUMB_HEADERS_TOO_LARGE',
        fetch(`${server.base}/healthz`, { headers: { 'x-padding': 'p'.repeat(20_000) } }),
      ],
      ['NUMB_FORBIDDEN_PATH', fetch(`${server.base}/assets/app.js%00`)],
      [
        'NUMB_PRECONDITION_FAILED',
        fetch(`${server.base}/assets/app.js`, { headers: { 'if-match': '"other"' } }),
      ],
      [
        'NUMB_RANGE_NOT_SATISFIABLE',
        fetch(`${server.base}/assets/app.js`, { headers: { range: 'bytes=5000-' } }),
      ],
      ['NUMB_UNKNOWN_HOST', rawGet(server.base, '/healthz', { host: 'elsewhere.example' })],
    ];
    for (const [code, pending] of reached) {
      const response = await pending;
      const error = await errorOf(response);
      assert.deepEqual(
        { status: response.status, code: error.code },
        { status: ERRORS[code].status, code },
        error.message,
      );
    }
  });

  it('send 429 NUMB_TOO_MANY_REQUESTS, in Russian when asked, once a client goes over its limit', async () => {
    let last: Response | undefined;
    for (let i = 0; i <= LOW_LIMITS.default.max; i++) {
      last = await fetch(`${server.base}/api/v1/questions/age?lang=ru`);
    }
    assert.ok(last);
    assert.equal(last.status, 429);
    const error = await errorOf(last);
    assert.equal(error.code, 'NUMB_TOO_MANY_REQUESTS');
    assert.match(error.message, /^Этот адрес принимает не больше \d+ запросов/);
  });
});

describe('the HTTP API’s errors with a diary', () => {
  let server: RunningApp;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'numbcheck-errors-diary-'));
    server = await startApp({ store: await openSqliteStore(dir) });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('send 404 NUMB_ENTRY_NOT_FOUND and 414 NUMB_URL_TOO_LONG, in the language asked for', async () => {
    const missing = await fetch(`${server.base}/api/v1/episodes/nope`, {
      headers: { 'accept-language': 'ru' },
    });
    assert.equal(missing.status, ERRORS.NUMB_ENTRY_NOT_FOUND.status);
    const error = await errorOf(missing);
    assert.equal(error.code, 'NUMB_ENTRY_NOT_FOUND');
    assert.equal(error.message, 'В дневнике нет записи «эпизод» с id "nope"');
    const long = await fetch(`${server.base}/api/v1/episodes/${'e'.repeat(5000)}`);
    assert.equal(long.status, ERRORS.NUMB_URL_TOO_LONG.status);
    assert.equal((await errorOf(long)).code, 'NUMB_URL_TOO_LONG');
  });

  it('take ?lang on a listing whose query is closed to other fields', async () => {
    const response = await fetch(`${server.base}/api/v1/episodes?lang=ru&limit=0`);
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /^«limit»: ожидается целое число от 1 до/);
  });
});

const LOW_LIMITS = {
  default: { max: 60, windowMs: 60_000 },
  files: { max: 60, windowMs: 60_000 },
  import: { max: 10, windowMs: 60_000 },
  signIn: { max: 10, windowMs: 60_000 },
};

describe('an error of the command line', () => {
  it('is the same error in both languages', () => {
    const error = new NumbError('NUMB_CANNOT_WRITE', 'error.NUMB_CANNOT_WRITE.file', {
      file: 'out.json',
      reason: words('error.NUMB_FILE_NOT_FOUND.permission'),
    });
    assert.equal(error.status, 500);
    assert.equal(error.message, 'cannot write out.json: permission denied');
    assert.equal(messageOf(error, 'ru'), 'не удаётся записать out.json: нет доступа');
  });
});

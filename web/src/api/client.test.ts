/**
 * The web app's client against the real server (SQLite store, accounts with a software authenticator): every method
 * is called, and every reply is checked against the same TypeBox schema the server documents and serialises it with.
 * Failures come as the one ApiError: the server's code, message and path for a 4xx, a clear error without a server.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import {
  AccountDeletedSchema,
  AccountViewSchema,
  BctqQuestionnaireSchema,
  BctqRecordShared,
  DeleteAllResultSchema,
  DIARY_SHARED_SCHEMAS,
  DiaryDocumentShared,
  EpisodeListSchema,
  EpisodeShared,
  EpisodeWithCheckSchema,
  ExposureListSchema,
  ExposureOneSchema,
  ImportResultSchema,
  InsightsSchema,
  NewTokenSchema,
  PasskeyAddedSchema,
  RecoveryCodesSchema,
  RegisteredSchema,
  SavedAssessmentShared,
  SessionSchema,
  SHARED_SCHEMAS,
  SignedInSchema,
  SignedOutEverywhereSchema,
  SummarySchema,
} from '../../../src/api/index.ts';
import { sampleDiary, toDocument } from '../../../src/diary/index.ts';
import { textField } from '../../../src/server/auth/accounts-testkit.ts';
import { SoftwareAuthenticator } from '../../../src/server/auth/software-authenticator.ts';
import { type RunningApp, startApp } from '../../../src/server/testkit.ts';
import { type DiaryStore, openSqliteStore } from '../../../src/store/index.ts';
import { duringSuite } from '../../../src/suite-testkit.ts';
import { loadLanguage } from '../language.ts';
import { type AccountClient, accountClient, type Passkeys } from './accounts.ts';
import { EPISODE } from './api-testkit.ts';
import { ApiError, type ApiTransport, errorText } from './client.ts';
import { type DiaryClient, diaryClient } from './diary.ts';

/** The schemas replies refer to by `$ref` ("Assessment#"), for TypeBox to resolve them. */
const REFERENCES: Record<string, TSchema> = Object.fromEntries(
  [...SHARED_SCHEMAS, ...DIARY_SHARED_SCHEMAS].map((schema) => [`${schema.$id}#`, schema]),
);

function fits(schema: TSchema, reply: unknown): boolean {
  return Value.Check(REFERENCES, schema, reply);
}

/** Asserts that a reply is what its route's schema says it is. */
function assertFits(schema: TSchema, reply: unknown, what: string): void {
  const errors = Value.Errors(REFERENCES, schema, reply).map(
    (error) => `${error.instancePath || '(the reply)'} ${error.message}`,
  );
  assert.deepEqual(errors.slice(0, 5), [], `${what}: the reply fits its schema`);
  assert.ok(fits(schema, reply), what);
}

/** Rejects with an ApiError of this status and code; the error, for more checks. */
async function failure(work: Promise<unknown>, status: number, code: string): Promise<ApiError> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof ApiError, `an ApiError, got ${String(error)}`);
    assert.equal(error.status, status, error.message);
    assert.equal(error.code, code, error.message);
    assert.ok(error.message.length > 0);
    return error;
  }
  assert.fail(`expected ${status} ${code}, and the request succeeded`);
}

/** A browser's fetch for node: it keeps the cookies the server sets, as a browser does for its own origin. */
function browserLikeTransport(base: string): ApiTransport {
  const cookies = new Map<string, string>();
  return {
    base: `${base}/api/v1`,
    async fetch(url, init) {
      const headers = new Headers(init.headers);
      if (cookies.size > 0)
        headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      const response = await fetch(url, { ...init, headers });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    },
  };
}

/** A phone's or a laptop's passkeys, for a page at `origin`: the software authenticator the server's tests use. */
function devicePasskeys(origin: string): Passkeys {
  const authenticator = new SoftwareAuthenticator();
  return {
    async create(options) {
      const credential = authenticator.create(
        {
          challenge: textField(options, 'challenge'),
          rp: { id: textField(options, 'rp', 'id') },
          user: { id: textField(options, 'user', 'id') },
        },
        origin,
      );
      // Sent as it comes, as the browser's are: SimpleWebAuthn types `transports` as any strings.
      return credential as Awaited<ReturnType<Passkeys['create']>>;
    },
    async get(options) {
      return authenticator.get(
        { challenge: textField(options, 'challenge'), rpId: textField(options, 'rpId') },
        origin,
      );
    },
  };
}

/** A client whose calls are counted, so that a method left untested fails the suite. */
function counted<T extends object>(client: T, called: Set<string>): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (typeof key === 'string') called.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
}

function assertAllCalled(client: object, called: Set<string>): void {
  assert.deepEqual(
    Object.keys(client).filter((method) => !called.has(method)),
    [],
    'every method of the client is called',
  );
}

interface Server {
  running: RunningApp;
  /** http://localhost:PORT: passkeys need a host name, not an address. */
  base: string;
}

/** The real server for the suite, with a new SQLite store (`store`) or none. */
function useServer(options: { store: boolean; accounts?: boolean }): () => Server {
  let folder = '';
  let store: DiaryStore | undefined;
  return duringSuite(
    'the server',
    async () => {
      if (options.store) {
        folder = await mkdtemp(join(tmpdir(), 'numbcheck-client-'));
        store = await openSqliteStore(folder);
      }
      const running = await startApp({ store, accounts: options.accounts ?? false });
      return { running, base: running.base.replace('127.0.0.1', 'localhost') };
    },
    async ({ running }) => {
      await running.close();
      await store?.close();
      if (folder !== '') await rm(folder, { recursive: true, force: true });
    },
  );
}

// The client's own messages are the web app's words, loaded as the app loads them.
before(() => loadLanguage());

describe('the diary client, on a server with a diary', () => {
  const server = useServer({ store: true });
  const called = new Set<string>();
  let diary: DiaryClient;
  const client = (): DiaryClient => {
    diary ??= counted(diaryClient(browserLikeTransport(server().base)), called);
    return diary;
  };

  it('logs, reads, changes, repeats and deletes an episode, each reply as its schema says', async () => {
    const added = await client().addEpisode(EPISODE);
    assertFits(EpisodeWithCheckSchema, added, 'addEpisode');
    assert.equal(added.episode.severity, 4);
    assert.equal(added.check.emergency, false);

    const read = await client().episode(added.episode.id);
    assertFits(EpisodeShared.schema, read, 'episode');
    assert.deepEqual(read, added.episode);

    const changed = await client().updateEpisode(added.episode.id, { ...EPISODE, severity: 6 });
    assertFits(EpisodeWithCheckSchema, changed, 'updateEpisode');
    assert.equal(changed.episode.severity, 6);

    const again = await client().repeatEpisode(added.episode.id, { utcOffsetMinutes: 60 });
    assertFits(EpisodeWithCheckSchema, again, 'repeatEpisode');
    assert.notEqual(again.episode.id, added.episode.id);

    const page = await client().episodes({ newestFirst: 'true', limit: '1' });
    assertFits(EpisodeListSchema, page, 'episodes');
    assert.equal(page.episodes.length, 1);
    assert.equal(typeof page.next, 'string', 'a second page follows');

    // A bodiless write: the client header is what lets the server take it.
    assert.equal(await client().deleteEpisode(again.episode.id), undefined);
    await failure(client().episode(again.episode.id), 404, 'NUMB_ENTRY_NOT_FOUND');
  });

  it('logs an episode with a danger sign, and the reply says to show the emergency screen', async () => {
    const saved = await client().addEpisode({ ...EPISODE, symptoms: ['face_droop'] });
    assertFits(EpisodeWithCheckSchema, saved, 'addEpisode with a danger sign');
    assert.equal(saved.check.emergency, true);
    assert.equal(saved.check.assessment.triage.level, 'emergency');
  });

  it('logs and lists exposure periods', async () => {
    const saved = await client().addExposure({
      kind: 'run',
      startedAt: '2026-11-21T18:00:00+01:00',
      durationMinutes: 45,
      interventions: ['hand_expander'],
      episodeCount: 1,
    });
    assertFits(ExposureOneSchema, saved, 'addExposure');
    const page = await client().exposures({ newestFirst: 'true', limit: '10' });
    assertFits(ExposureListSchema, page, 'exposures');
    assert.ok(page.exposures.some((exposure) => exposure.id === saved.exposure.id));
  });

  it('imports a diary export, then reads insights and the doctor summary of it', async () => {
    const imported = await client().importDocument(
      toDocument(sampleDiary({ days: 60, end: new Date().toISOString() })),
    );
    assertFits(ImportResultSchema, imported, 'importDocument');
    assert.ok(imported.added.episodes > 10);
    const exported = await client().exportDocument();
    assertFits(DiaryDocumentShared.schema, exported, 'exportDocument');
    assert.ok(exported.episodes.length >= imported.added.episodes);
    const bundle = await client().exportFhir();
    assert.ok('resourceType' in bundle && bundle.resourceType === 'Bundle', 'exportFhir gives a FHIR Bundle');

    const insights = await client().insights({ utcOffsetMinutes: '60' });
    assertFits(InsightsSchema, insights, 'insights');
    assert.ok(insights.patterns.text.length > 0);

    const to = new Date();
    const from = new Date(to.getTime() - 28 * 86_400_000);
    const summary = await client().summary({
      from: from.toISOString(),
      to: to.toISOString(),
      utcOffsetMinutes: '60',
    });
    assertFits(SummarySchema, summary, 'summary');
    assert.ok(summary.counts.episodes > 0);
  });

  it('saves an assessment and a BCTQ, and reads the questionnaire', async () => {
    const saved = await client().saveAssessment({ answers: { age: 52 }, utcOffsetMinutes: 60 });
    assertFits(SavedAssessmentShared.schema, saved, 'saveAssessment');
    assert.equal(saved.answers.age, 52);

    const questionnaire = await client().questionnaire();
    assertFits(BctqQuestionnaireSchema, questionnaire, 'questionnaire');
    const items = [...questionnaire.symptomSeverity.items, ...questionnaire.functionalStatus.items];
    const record = await client().saveBctq({
      answers: Object.fromEntries(items.map((item) => [item.id, 2])),
      utcOffsetMinutes: 60,
    });
    assertFits(BctqRecordShared.schema, record, 'saveBctq');
    assert.equal(record.scores.symptomSeverity, 2);
  });

  it('gives a bad entry back as the server said it: code, status, message and the field', async () => {
    const error = await failure(client().addEpisode({ ...EPISODE, severity: 11 }), 400, 'NUMB_BAD_ENTRY');
    assert.deepEqual(error.path, ['severity']);
    assert.match(error.message, /severity/);
    assert.match(errorText(error), /severity/);
    assert.equal(error.unavailable, false);
  });

  it('deletes everything after the confirmation', async () => {
    const result = await client().deleteAll({ confirm: 'delete everything' });
    assertFits(DeleteAllResultSchema, result, 'deleteAll');
    assert.ok(result.deleted.episodes > 10);
    assert.deepEqual((await client().episodes()).episodes, []);
  });

  it('checks replies for real: a reply with a field missing or wrong does not fit', async () => {
    const saved = await client().addEpisode(EPISODE);
    assert.ok(fits(EpisodeWithCheckSchema, saved));
    const { note: _, ...withoutNote } = saved.episode;
    assert.equal(fits(EpisodeWithCheckSchema, { ...saved, episode: withoutNote }), false);
    // The assessment sits behind a reference ("Assessment#"): it is checked too.
    const wrongLevel = structuredClone(saved);
    Object.assign(wrongLevel.check.assessment.triage, { level: 'maybe' });
    assert.equal(fits(EpisodeWithCheckSchema, wrongLevel), false);
  });

  it('calls every method of the diary client', () => {
    assertAllCalled(diaryClient(browserLikeTransport(server().base)), called);
  });
});

describe('the account client, on a server with accounts', () => {
  const server = useServer({ store: true, accounts: true });
  const called = new Set<string>();
  interface Device {
    accounts: AccountClient;
    diary: DiaryClient;
  }
  let devicesMade: { phone: Device; laptop: Device } | undefined;
  /** Two browsers, each with its cookies and passkeys. */
  const devices = () => {
    if (devicesMade === undefined) {
      const { base } = server();
      const device = (): Device => {
        const transport = browserLikeTransport(base);
        return {
          accounts: counted(accountClient(transport, devicePasskeys(new URL(base).origin)), called),
          diary: diaryClient(transport),
        };
      };
      devicesMade = { phone: device(), laptop: device() };
    }
    return devicesMade;
  };

  it('keeps the diary from someone not signed in: 401, and the words to sign in again', async () => {
    const { accounts: phone, diary } = devices().phone;
    const session = await phone.session();
    assertFits(SessionSchema, session, 'session');
    assert.deepEqual(session, { accounts: true, account: null });
    const error = await failure(diary.episodes(), 401, 'NUMB_SIGN_IN_REQUIRED');
    assert.equal(error.signedOut, true);
    assert.match(errorText(error), /not signed in/);
  });

  it('makes an account with a passkey, signs in and out, and recovers with a code', async () => {
    const { accounts: phone, diary } = devices().phone;
    const made = await phone.register('Ann');
    assertFits(RegisteredSchema, made, 'register');
    assert.equal(made.account.name, 'Ann');
    assertFits(SessionSchema, await phone.session(), 'session, signed in');
    assertFits(EpisodeWithCheckSchema, await diary.addEpisode(EPISODE), 'addEpisode, signed in');

    assert.equal(await phone.signOut(), undefined);
    assert.deepEqual((await phone.session()).account, null);

    const signedIn = await phone.signIn();
    assertFits(SignedInSchema, signedIn, 'signIn');
    assert.equal(signedIn.account.id, made.account.id);

    await phone.signOut();
    const [code = ''] = made.recoveryCodes;
    const recovered = await phone.recover({ code });
    assertFits(SignedInSchema, recovered, 'recover');
    assert.equal(recovered.recoveryCodesLeft, made.recoveryCodes.length - 1);
    await failure(phone.recover({ code }), 401, 'NUMB_SIGN_IN_FAILED');
    // A failed sign-in leaves the session of this browser as it was: signed in.
    assert.equal((await phone.session()).account?.id, made.account.id);
  });

  it('manages passkeys, recovery codes and access tokens', async () => {
    const phone = devices().phone.accounts;
    const view = await phone.view();
    assertFits(AccountViewSchema, view, 'view');
    const [first] = view.passkeys;
    assert.ok(first);
    const last = await failure(phone.removePasskey(first.id), 409, 'NUMB_LAST_PASSKEY');
    assert.match(errorText(last), /passkey/);

    const added = await phone.addPasskey();
    assertFits(PasskeyAddedSchema, added, 'addPasskey');
    assert.equal(await phone.removePasskey(first.id), undefined);
    assert.deepEqual(
      (await phone.view()).passkeys.map((passkey) => passkey.id),
      [added.passkey.id],
    );

    const codes = await phone.newRecoveryCodes();
    assertFits(RecoveryCodesSchema, codes, 'newRecoveryCodes');
    assert.equal((await phone.view()).recoveryCodesLeft, codes.recoveryCodes.length);

    const token = await phone.createToken({ name: 'laptop CLI' });
    assertFits(NewTokenSchema, token, 'createToken');
    assert.equal(await phone.revokeToken(token.accessToken.id), undefined);
    assert.deepEqual((await phone.view()).accessTokens, []);
  });

  it('signs out everywhere, then deletes the account with its diary', async () => {
    const { phone, laptop } = devices();
    const ended = await phone.accounts.signOutEverywhere();
    assertFits(SignedOutEverywhereSchema, ended, 'signOutEverywhere');
    assert.ok(ended.sessionsEnded >= 1);
    await failure(phone.accounts.view(), 401, 'NUMB_SIGN_IN_REQUIRED');

    await laptop.accounts.register('Bo');
    await laptop.diary.addEpisode(EPISODE);
    const deleted = await laptop.accounts.deleteAccount({ confirm: 'delete my account' });
    assertFits(AccountDeletedSchema, deleted, 'deleteAccount');
    assert.equal(deleted.deleted.episodes, 1);
    assert.deepEqual(await laptop.accounts.session(), { accounts: true, account: null });
    // The laptop's passkey belonged to the deleted account: it signs in to nothing now.
    await failure(laptop.accounts.signIn(), 401, 'NUMB_SIGN_IN_FAILED');
  });

  it('calls every method of the account client', () => {
    const { base } = server();
    assertAllCalled(accountClient(browserLikeTransport(base), devicePasskeys(base)), called);
  });
});

describe('the client where the diary cannot be used', () => {
  const storeless = useServer({ store: false });

  it('says the diary is not available in this mode when the server runs without a store (503)', async () => {
    const diary = diaryClient(browserLikeTransport(storeless().base));
    const error = await failure(diary.episodes(), 503, 'NUMB_STORE_UNAVAILABLE');
    assert.equal(error.unavailable, true);
    assert.match(errorText(error), /The diary is not available in this mode/);
  });

  it('says the account routes are off on a server without accounts', async () => {
    const accounts = accountClient(
      browserLikeTransport(storeless().base),
      devicePasskeys('http://localhost'),
    );
    assertFits(SessionSchema, await accounts.session(), 'session without accounts');
    const error = await failure(accounts.view(), 404, 'NUMB_ACCOUNTS_OFF');
    assert.equal(error.unavailable, false);
  });

  it('says the diary is not available when the app is served as plain files, with no API', async () => {
    const files = createServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    try {
      const address = files.address();
      assert.ok(address !== null && typeof address === 'object');
      const diary = diaryClient(browserLikeTransport(`http://127.0.0.1:${address.port}`));
      const error = await failure(diary.addExposure({ kind: 'run' }), 404, 'NOT_NUMBCHECK');
      assert.equal(error.unavailable, true);
    } finally {
      await new Promise((resolve) => files.close(resolve));
    }
  });

  it('says numbcheck could not reach its server when nothing answers', async () => {
    const gone = await startApp();
    await gone.close();
    const diary = diaryClient(browserLikeTransport(gone.base));
    const error = await failure(diary.insights(), 0, 'NETWORK');
    assert.match(error.message, /could not reach its server/);
    assert.match(errorText(error), /Check the connection/);
    assert.equal(error.unavailable, false);
  });
});

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AccountInfo, AccountView, DeleteAccountBody, KeyInfo } from '../api/accounts.ts';
import { API, errorText } from '../api/client.ts';
import { accountApi } from '../api/passkeys.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { DiaryBack, ErrorBox, TextField } from './controls.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import { dayText } from './format.ts';

/**
 * The screens of a server with accounts: signing in (a passkey, or a recovery code), the recovery codes shown once,
 * and the account itself (passkeys, recovery codes, access tokens, signing out, export and deleting the account).
 */

/** What the API takes to delete an account; the person types the words of their own language instead. */
const DELETE_CONFIRMATION: DeleteAccountBody['confirm'] = 'delete my account';

/** The new recovery codes, shown this once, with a way to keep them. */
function RecoveryCodes(props: { codes: readonly string[]; onDone?: () => void }): JSX.Element {
  const file = `${t('webDiary.codes.fileTitle')}\n\n${props.codes.join('\n')}\n\n${t('webDiary.codes.fileNote')}\n`;
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(file)}`;
  return (
    <section class="section recovery-codes" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('webDiary.codes.title')}</h2>
      <p>{fillIn(t('webDiary.codes.lead', { keep: SLOT }), <strong>{t('webDiary.codes.keep')}</strong>)}</p>
      <ul class="code-list">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <a class="button button-secondary link-as-button" href={href} download="numbcheck-recovery-codes.txt">
          {t('webDiary.codes.download')}
        </a>
        {props.onDone && (
          <button type="button" class="button button-primary" onClick={props.onDone}>
            {t('webDiary.codes.kept')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Signing in, making an account, or signing in with a recovery code. */
export function SignInScreen(props: { onSignedIn: (account: AccountInfo) => void }): JSX.Element {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ account: AccountInfo; recoveryCodes: string[] } | null>(null);

  const run = (work: () => Promise<void>): void => {
    setError(null);
    setBusy(true);
    work()
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  const signIn = (): void => run(async () => props.onSignedIn((await accountApi.signIn()).account));
  const register = (event: Event): void => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('webDiary.signIn.nameMissing'));
      return;
    }
    run(async () => setMade(await accountApi.register(name.trim())));
  };
  const recover = (event: Event): void => {
    event.preventDefault();
    if (code.trim() === '') {
      setError(t('webDiary.signIn.codeMissing', { example: '7K2M-9QXD-4HRT' }));
      return;
    }
    run(async () => props.onSignedIn((await accountApi.recover({ code: code.trim() })).account));
  };

  if (made) {
    return (
      <div class="screen diary" data-screen="account-created">
        <ScreenHeading>{t('webDiary.signIn.ready', { name: made.account.name })}</ScreenHeading>
        <p class="lead">{t('webDiary.signIn.readyLead')}</p>
        <RecoveryCodes codes={made.recoveryCodes} onDone={() => props.onSignedIn(made.account)} />
      </div>
    );
  }

  return (
    <div class="screen diary" data-screen="sign-in">
      <ScreenHeading>{t('webDiary.signIn.title')}</ScreenHeading>
      <p class="lead">{t('webDiary.signIn.lead')}</p>
      {error && <ErrorBox>{error}</ErrorBox>}
      <div class="button-row">
        <button type="button" class="button button-primary" disabled={busy} onClick={signIn}>
          {t('webDiary.signIn.passkey')}
        </button>
      </div>

      <section class="section" aria-labelledby="new-title">
        <h2 id="new-title">{t('webDiary.signIn.new')}</h2>
        <form onSubmit={register}>
          <TextField
            id="account-name"
            label={t('webDiary.signIn.name')}
            hint={t('webDiary.signIn.nameHint')}
            maxLength={100}
            autoComplete="nickname"
            value={name}
            onChange={setName}
          />
          <div class="button-row">
            <button type="submit" class="button button-secondary" disabled={busy}>
              {t('webDiary.signIn.create')}
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="recover-title">
        <h2 id="recover-title">{t('webDiary.signIn.lost')}</h2>
        <form onSubmit={recover}>
          <TextField
            id="recovery-code"
            label={t('webDiary.signIn.code')}
            maxLength={64}
            autoComplete="one-time-code"
            spellcheck={false}
            value={code}
            onChange={setCode}
          />
          <div class="button-row">
            <button type="submit" class="button button-secondary" disabled={busy}>
              {t('webDiary.signIn.withCode')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}

/**
 * Passkeys or access tokens: each with when it was added and last used, and a button to remove it (`action`, or none
 * when `action` is null: the last passkey stays).
 */
function KeyList(props: {
  items: readonly KeyInfo[];
  action: string | null;
  busy: boolean;
  onAction: (item: KeyInfo) => void;
}): JSX.Element {
  return (
    <ul class="key-list">
      {props.items.map((item) => (
        <li key={item.id}>
          <span class="key-name">{item.name}</span>
          <span class="hint">
            {' '}
            {item.lastUsedAt
              ? t('webDiary.keys.used', { added: dayText(item.createdAt), used: dayText(item.lastUsedAt) })
              : t('webDiary.keys.unused', { added: dayText(item.createdAt) })}
          </span>{' '}
          {props.action && (
            <button
              type="button"
              class="link-button"
              disabled={props.busy}
              onClick={() => props.onAction(item)}
            >
              {props.action}
              <span class="visually-hidden"> {item.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The signed-in account: passkeys, recovery codes, access tokens, signing out, export and deletion. */
export function AccountScreen(props: { onSignedOut: () => void }): JSX.Element {
  const [view, setView] = useState<AccountView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [tokenName, setTokenName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const load = (): void => {
    accountApi.view().then(setView, (e: unknown) => setError(errorText(e)));
  };
  useEffect(load, []);
  const run = (work: () => Promise<void>, reload = true): void => {
    setError(null);
    setStatus(null);
    setBusy(true);
    work()
      .then(() => {
        if (reload) load();
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };

  const createToken = (event: Event): void => {
    event.preventDefault();
    if (tokenName.trim() === '') {
      setError(t('webDiary.account.tokenNameMissing'));
      return;
    }
    run(async () => {
      setSecret((await accountApi.createToken({ name: tokenName.trim() })).secret);
      setTokenName('');
    });
  };
  const deleteAccount = (event: Event): void => {
    event.preventDefault();
    const phrase = t('webDiary.account.deletePhrase');
    if (typed.trim().toLowerCase() !== phrase.toLowerCase()) {
      setError(t('webDiary.account.deleteTypeFirst', { phrase }));
      return;
    }
    run(async () => {
      await accountApi.deleteAccount({ confirm: DELETE_CONFIRMATION });
      props.onSignedOut();
    }, false);
  };

  return (
    <div class="screen diary" data-screen="account">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.account')}</ScreenHeading>
      {view && (
        <p class="lead">
          {fillIn(
            t('webDiary.account.signedInSince', { name: SLOT, since: dayText(view.account.createdAt) }),
            <strong>{view.account.name}</strong>,
          )}
        </p>
      )}
      {error && <ErrorBox>{error}</ErrorBox>}
      <div role="status">{status && <p class="diary-notice diary-notice-text">{status}</p>}</div>
      {view === null && !error && <p aria-live="polite">{t('webDiary.account.loading')}</p>}
      {view && (
        <>
          <section class="section" aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">{t('webDiary.account.passkeys')}</h2>
            <p>{t('webDiary.account.passkeysText')}</p>
            <KeyList
              items={view.passkeys}
              action={view.passkeys.length > 1 ? t('webDiary.account.remove') : null}
              busy={busy}
              onAction={(passkey) => run(() => accountApi.removePasskey(passkey.id))}
            />
            <div class="button-row">
              <button
                type="button"
                class="button button-secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await accountApi.addPasskey();
                    setStatus(t('webDiary.account.passkeyAdded'));
                  })
                }
              >
                {t('webDiary.account.addPasskey')}
              </button>
            </div>
          </section>

          <section class="section" aria-labelledby="codes-left-title">
            <h2 id="codes-left-title">{t('webDiary.account.codes')}</h2>
            <p>{t('webDiary.account.codesLeft', { count: view.recoveryCodesLeft })}</p>
            {codes ? (
              <RecoveryCodes codes={codes} />
            ) : (
              <div class="button-row">
                <button
                  type="button"
                  class="button button-secondary"
                  disabled={busy}
                  onClick={() =>
                    run(async () => setCodes((await accountApi.newRecoveryCodes()).recoveryCodes))
                  }
                >
                  {t('webDiary.account.newCodes')}
                </button>
              </div>
            )}
          </section>

          <section class="section" aria-labelledby="tokens-title">
            <h2 id="tokens-title">{t('webDiary.account.tokens')}</h2>
            <p>
              {fillIn(
                t('webDiary.account.tokensText', { header: SLOT }),
                <code>Authorization: Bearer …</code>,
              )}
            </p>
            {view.accessTokens.length > 0 && (
              <KeyList
                items={view.accessTokens}
                action={t('webDiary.account.revoke')}
                busy={busy}
                onAction={(token) => run(() => accountApi.revokeToken(token.id))}
              />
            )}
            {secret && (
              <div class="diary-notice new-token">
                <p>{t('webDiary.account.newToken')}</p>
                <p>
                  <code class="token-secret">{secret}</code>
                </p>
              </div>
            )}
            <form onSubmit={createToken}>
              <TextField
                id="token-name"
                label={t('webDiary.account.tokenName')}
                maxLength={100}
                value={tokenName}
                onChange={setTokenName}
              />
              <div class="button-row">
                <button type="submit" class="button button-secondary" disabled={busy}>
                  {t('webDiary.account.createToken')}
                </button>
              </div>
            </form>
          </section>

          <section class="section" aria-labelledby="sign-out-title">
            <h2 id="sign-out-title">{t('webDiary.account.signOut')}</h2>
            <div class="button-row">
              <button
                type="button"
                class="button button-secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await accountApi.signOut();
                    props.onSignedOut();
                  }, false)
                }
              >
                {t('webDiary.account.signOut')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await accountApi.signOutEverywhere();
                    props.onSignedOut();
                  }, false)
                }
              >
                {t('webDiary.account.signOutEverywhere')}
              </button>
            </div>
          </section>

          <section class="section danger-zone" aria-labelledby="leave-title">
            <h2 id="leave-title">{t('webDiary.account.leave')}</h2>
            <p>
              {fillIn(
                t('webDiary.account.exportText', { link: SLOT }),
                <a href={`${API}/account/export`} download="numbcheck-account.json">
                  {t('webDiary.account.export')}
                </a>,
              )}
            </p>
            <p>{t('webDiary.account.deleteText')}</p>
            <form onSubmit={deleteAccount}>
              <TextField
                id="delete-account-confirm"
                label={t('webDiary.account.deleteConfirm', { phrase: t('webDiary.account.deletePhrase') })}
                value={typed}
                onChange={setTyped}
              />
              <div class="button-row">
                <button type="submit" class="button button-warning" disabled={busy}>
                  {t('webDiary.account.delete')}
                </button>
              </div>
            </form>
          </section>
        </>
      )}
    </div>
  );
}

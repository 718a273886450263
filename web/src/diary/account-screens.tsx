import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AccountInfo, AccountView, DeleteAccountBody, KeyInfo } from '../api/accounts.ts';
import { API, errorText } from '../api/client.ts';
import { accountApi } from '../api/passkeys.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { DiaryBack, ErrorBox, TextField } from './controls.tsx';
import { dayText, plural } from './format.ts';

/**
 * The screens of a server with accounts: signing in (a passkey, or a recovery code), the recovery codes shown once,
 * and the account itself (passkeys, recovery codes, access tokens, signing out, export and deleting the account).
 */

const DELETE_CONFIRMATION: DeleteAccountBody['confirm'] = 'delete my account';

/** The new recovery codes, shown this once, with a way to keep them. */
function RecoveryCodes(props: { codes: readonly string[]; onDone?: () => void }): JSX.Element {
  const file = `numbcheck recovery codes\n\n${props.codes.join('\n')}\n\nEach code signs in once, when no passkey is at hand.\n`;
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(file)}`;
  return (
    <section class="section recovery-codes" aria-labelledby="codes-title">
      <h2 id="codes-title">Your recovery codes</h2>
      <p>
        If you lose this device, each code lets you sign in once.{' '}
        <strong>Keep them somewhere safe now</strong>: they are not shown again.
      </p>
      <ul class="code-list">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <a class="button button-secondary link-as-button" href={href} download="numbcheck-recovery-codes.txt">
          Download the codes
        </a>
        {props.onDone && (
          <button type="button" class="button button-primary" onClick={props.onDone}>
            I have kept them
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
      setError('Enter a name for your account first: a first name or a nickname is enough.');
      return;
    }
    run(async () => setMade(await accountApi.register(name.trim())));
  };
  const recover = (event: Event): void => {
    event.preventDefault();
    if (code.trim() === '') {
      setError('Enter one of your recovery codes, such as 7K2M-9QXD-4HRT.');
      return;
    }
    run(async () => props.onSignedIn((await accountApi.recover({ code: code.trim() })).account));
  };

  if (made) {
    return (
      <div class="screen diary" data-screen="account-created">
        <ScreenHeading>Your account is ready, {made.account.name}</ScreenHeading>
        <p class="lead">You are signed in. Next time, sign in with the passkey of this device.</p>
        <RecoveryCodes codes={made.recoveryCodes} onDone={() => props.onSignedIn(made.account)} />
      </div>
    );
  }

  return (
    <div class="screen diary" data-screen="sign-in">
      <ScreenHeading>Sign in to your diary</ScreenHeading>
      <p class="lead">
        This numbcheck keeps a private diary for each person. You sign in with a passkey: the screen lock,
        fingerprint or face of your phone or computer. There is no password.
      </p>
      {error && <ErrorBox>{error}</ErrorBox>}
      <div class="button-row">
        <button type="button" class="button button-primary" disabled={busy} onClick={signIn}>
          Sign in with a passkey
        </button>
      </div>

      <section class="section" aria-labelledby="new-title">
        <h2 id="new-title">New here?</h2>
        <form onSubmit={register}>
          <TextField
            id="account-name"
            label="A name for your account"
            hint="Only you see it. A first name or a nickname is enough."
            maxLength={100}
            autoComplete="nickname"
            value={name}
            onChange={setName}
          />
          <div class="button-row">
            <button type="submit" class="button button-secondary" disabled={busy}>
              Create an account with a passkey
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="recover-title">
        <h2 id="recover-title">Lost your passkey?</h2>
        <form onSubmit={recover}>
          <TextField
            id="recovery-code"
            label="A recovery code"
            maxLength={64}
            autoComplete="one-time-code"
            spellcheck={false}
            value={code}
            onChange={setCode}
          />
          <div class="button-row">
            <button type="submit" class="button button-secondary" disabled={busy}>
              Sign in with the code
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
            added {dayText(item.createdAt)}
            {item.lastUsedAt ? `, last used ${dayText(item.lastUsedAt)}` : ', not used yet'}
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
      setError('Name the token first, after what will use it, such as “laptop CLI”.');
      return;
    }
    run(async () => {
      setSecret((await accountApi.createToken({ name: tokenName.trim() })).secret);
      setTokenName('');
    });
  };
  const deleteAccount = (event: Event): void => {
    event.preventDefault();
    if (typed.trim().toLowerCase() !== DELETE_CONFIRMATION) {
      setError(`To delete your account, type “${DELETE_CONFIRMATION}” in the box.`);
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
      <ScreenHeading>Your account</ScreenHeading>
      {view && (
        <p class="lead">
          Signed in as <strong>{view.account.name}</strong>, since {dayText(view.account.createdAt)}.
        </p>
      )}
      {error && <ErrorBox>{error}</ErrorBox>}
      <div role="status">{status && <p class="diary-notice diary-notice-text">{status}</p>}</div>
      {view === null && !error && <p aria-live="polite">Loading your account…</p>}
      {view && (
        <>
          <section class="section" aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">Passkeys</h2>
            <p>Add a passkey on each phone or computer you use, so that losing one does not lock you out.</p>
            <KeyList
              items={view.passkeys}
              action={view.passkeys.length > 1 ? 'Remove' : null}
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
                    setStatus('Passkey added.');
                  })
                }
              >
                Add a passkey
              </button>
            </div>
          </section>

          <section class="section" aria-labelledby="codes-left-title">
            <h2 id="codes-left-title">Recovery codes</h2>
            <p>{plural(view.recoveryCodesLeft, 'recovery code')} left. New codes replace all the old ones.</p>
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
                  Make new recovery codes
                </button>
              </div>
            )}
          </section>

          <section class="section" aria-labelledby="tokens-title">
            <h2 id="tokens-title">Access tokens for scripts</h2>
            <p>
              A token lets a script or the numbcheck command line use your diary (not your account). Send it
              as <code>Authorization: Bearer …</code>. Revoke a token you no longer use.
            </p>
            {view.accessTokens.length > 0 && (
              <KeyList
                items={view.accessTokens}
                action="Revoke"
                busy={busy}
                onAction={(token) => run(() => accountApi.revokeToken(token.id))}
              />
            )}
            {secret && (
              <div class="diary-notice new-token">
                <p>Your new token, shown this once: copy it now.</p>
                <p>
                  <code class="token-secret">{secret}</code>
                </p>
              </div>
            )}
            <form onSubmit={createToken}>
              <TextField
                id="token-name"
                label="What will use it"
                maxLength={100}
                value={tokenName}
                onChange={setTokenName}
              />
              <div class="button-row">
                <button type="submit" class="button button-secondary" disabled={busy}>
                  Create a token
                </button>
              </div>
            </form>
          </section>

          <section class="section" aria-labelledby="sign-out-title">
            <h2 id="sign-out-title">Sign out</h2>
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
                Sign out
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
                Sign out everywhere
              </button>
            </div>
          </section>

          <section class="section danger-zone" aria-labelledby="leave-title">
            <h2 id="leave-title">Take your data and leave</h2>
            <p>
              <a href={`${API}/account/export`} download="numbcheck-account.json">
                Download everything
              </a>{' '}
              — your account, passkeys, tokens and whole diary, as JSON.
            </p>
            <p>
              Deleting your account deletes your whole diary with it, for good. Download everything first.
            </p>
            <form onSubmit={deleteAccount}>
              <TextField
                id="delete-account-confirm"
                label={`Type “${DELETE_CONFIRMATION}” to confirm`}
                value={typed}
                onChange={setTyped}
              />
              <div class="button-row">
                <button type="submit" class="button button-warning" disabled={busy}>
                  Delete my account and diary
                </button>
              </div>
            </form>
          </section>
        </>
      )}
    </div>
  );
}

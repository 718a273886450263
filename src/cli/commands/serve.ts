import type { AddressInfo } from 'node:net';
import { NumbError, words } from '../../errors.ts';
import { knowledge, readableIn } from '../../knowledge/index.ts';
import type { Translate } from '../../messages/index.ts';
import { allowedHostNames, buildApp } from '../../server/index.ts';
import type { DiaryStore } from '../../store/index.ts';
import { parsePort, type ServeCommandOptions } from '../args.ts';
import type { Io } from '../io.ts';
import { wordsOf } from '../text.ts';
import { type DiaryWorld, processWorld } from './diary.ts';

/** What `numbcheck serve` was asked for (src/cli/args.ts): --host, --port, --data, --accounts, --allowed-host… */
export type ServeOptions = ServeCommandOptions;

/** This machine only, unless asked: answers are health information, and without --accounts no one signs in. */
export const DEFAULT_HOST = '127.0.0.1';

/** Whether an address is this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
export const DEFAULT_PORT = 8080;

/** Where to listen: the options win over the HOST and PORT environment variables, which win over the defaults. */
export function listenAddress(
  options: ServeOptions,
  env: Readonly<Record<string, string | undefined>>,
): { host: string; port: number } {
  const envHost = env.HOST === '' ? undefined : env.HOST;
  const envPort = env.PORT === undefined || env.PORT === '' ? undefined : env.PORT;
  return {
    host: options.host ?? envHost ?? DEFAULT_HOST,
    port:
      options.port ??
      (envPort === undefined ? DEFAULT_PORT : parsePort(envPort, words('error.NUMB_BAD_USAGE.portVariable'))),
  };
}

/** The address as a URL a person can open; IPv6 hosts go in brackets. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

function listenProblem(error: unknown, host: string, port: number): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const where = { host, port: String(port) };
  if (code === 'EADDRINUSE')
    return new NumbError('NUMB_CANNOT_LISTEN', 'error.NUMB_CANNOT_LISTEN.inUse', where);
  if (code === 'EACCES')
    return new NumbError('NUMB_CANNOT_LISTEN', 'error.NUMB_CANNOT_LISTEN.notAllowed', where);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new NumbError('NUMB_CANNOT_LISTEN', 'error.NUMB_CANNOT_LISTEN.notHere', { host });
  return error;
}

/** What stops the server; the real process's signals, or a test's. */
export interface StopSignals {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): void;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): void;
}

/**
 * `numbcheck serve`: the web app, the HTTP API and the diary until Ctrl-C or SIGTERM, which finish the requests in
 * progress, close the diary and return 0. The diary is opened at start-up (its migrations run) exactly as
 * `numbcheck diary` opens it: --data, else DATABASE_URL, else NUMBCHECK_DATA_DIR, else ~/.numbcheck. The server
 * speaks each visitor's language itself; only what is said here in the terminal is in the terminal's language.
 */
export async function serveCommand(
  options: ServeOptions,
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
  signals: StopSignals = process,
  world: Pick<DiaryWorld, 'openStore'> = processWorld,
): Promise<number> {
  const { host, port } = listenAddress(options, env);
  if (!isLoopback(host) && options.accounts !== true) {
    throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.openNetwork', { host });
  }
  const store = await world.openStore(options.data);
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp({
      logger: true,
      knowledge,
      store,
      allowedHosts: allowedHostNames(host, options.allowedHosts),
      accounts: options.accounts === true,
      trustProxy: options.trustProxy === true,
    });
    try {
      await app.listen({ host, port });
    } catch (error) {
      await app.close();
      throw listenProblem(error, host, port);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  // Listen for the signals before saying where the server is, so that a stop sent on reading that line is caught.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.once('SIGINT', stop);
    signals.once('SIGTERM', stop);
  });
  const address = app.server.address();
  const boundPort = isAddressInfo(address) ? address.port : port;
  const { t } = wordsOf(io.text);
  const notice = readableIn(io.text.language ?? 'en').knowledge.notice;
  io.err(
    `${t('cli.serve.running', { url: serverUrl(host, boundPort) })}\n${diaryLine(store, t)}\n` +
      `${accountsLine(options.accounts === true, t)}\n${notice}\n`,
  );
  await stopped;
  io.err(`${t('cli.serve.stopping')}\n`);
  try {
    await app.close();
  } finally {
    await store.close();
  }
  io.err(`${t('cli.serve.stopped')}\n`);
  return 0;
}

/** Where the diary lives, as the start-up message says it. */
export function diaryLine(store: DiaryStore, t: Translate): string {
  return t('cli.serve.diary', { location: store.location, kind: store.kind });
}

/** Who can use the diary, as the start-up message says it. */
export function accountsLine(accounts: boolean, t: Translate): string {
  return accounts ? t('cli.serve.accountsOn') : t('cli.serve.accountsOff');
}

function isAddressInfo(address: unknown): address is AddressInfo {
  return typeof address === 'object' && address !== null && 'port' in address;
}

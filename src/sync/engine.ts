/**
 * One sync cycle: push the logged-in account's outbox entries (oldest first, in batches),
 * then pull every granted bucket until no page says "more". Pushing first means the pull
 * already carries the server's verdict on our own writes. Every request carries the access
 * token (refreshed by `AuthClient`); without a login only public buckets come back.
 */
import {
  type ErrorBody,
  PROTOCOL_VERSION,
  PULL_PATH,
  PUSH_BATCH,
  PUSH_PATH,
  type PushResponse,
  ROW_FORMAT,
  SCHEMA_VERSION,
  type SeqGapResponse,
} from '../core/protocol';
import { parseBucket } from '../core/buckets';
import { applyPullBytes, type PageSummary } from '../db/apply';
import type { GigDb } from '../db/db';
import { isQuotaError } from '../db/quota';
import { acknowledge, ownerQueue, resendAfterRestore, resendForgotten, sendableWithoutLogin } from '../db/outbox';
import { ownerOf, readSession } from '../db/session';
import { chainOf, readSyncState, updateSyncState } from '../db/sync-state';
import { AuthClient, AuthError, LoginRequiredError } from './auth';
import { type JsonResponse, NetworkError, parseJson, postRaw, type RawResponse } from './http';

export class SyncError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's error code (ErrorBody.error), which the UI turns into a sentence. */
    readonly code = 'FAILED',
  ) {
    super(message);
  }
}

/** A failed sync as a code for the badge: the server's, the login's, the network's, or a full phone's. */
function codeOf(error: unknown): string {
  if (error instanceof SyncError || error instanceof AuthError) return error.code;
  if (isQuotaError(error)) return 'STORAGE_FULL';
  return error instanceof NetworkError ? 'NETWORK' : 'FAILED';
}

export interface SyncOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Supplies the access token; made from the same base URL and fetch when omitted. */
  auth?: AuthClient;
  /**
   * Lands a pull page given as the server's bytes (see `applyPullBytes`). The app passes the
   * sync worker's, so parsing and writing thousands of rows keep off the main thread; by
   * default the page lands in this thread.
   */
  applyPage?: (bytes: ArrayBuffer) => Promise<PageSummary | null>;
}

export interface SyncReport {
  pushed: number;
  rejected: number;
  pulledPages: number;
  /** Unsent entries of this session that wait for a login (made without one, or the login ran out). */
  waitingForLogin: boolean;
  /** Acknowledged entries a restored server forgot and that were too old to send again. */
  lostInRestore: number;
}

/**
 * How far this cycle's download of jobs got: each job bucket's total is what its first page
 * says is left (or that page's rows when it is the only one), summed over the followed counties.
 */
class JobProgress {
  private readonly totals = new Map<string, number>();
  private done = 0;
  private shown = false;

  /** The progress to show after this page; null once the download ends; undefined when nothing changed. */
  add(page: PageSummary): { done: number; total: number } | null | undefined {
    for (const [bucket, answer] of Object.entries(page.buckets)) {
      if (parseBucket(bucket)?.family !== 'jobs') continue;
      if (!this.totals.has(bucket)) this.totals.set(bucket, Math.max(answer.left ?? 0, answer.rows));
      this.done += answer.rows;
    }
    if (!page.more) return this.shown ? null : undefined;
    if (this.totals.size === 0) return undefined;
    this.shown = true;
    const total = [...this.totals.values()].reduce((a, b) => a + b, 0);
    return { done: Math.min(this.done, total), total };
  }
}

/**
 * At most one progress write per this many ms (the first and the last always go): each write
 * wakes every screen that reads the sync state, on the main thread, while pages land.
 */
const PROGRESS_EVERY_MS = 250;

export class SyncEngine {
  readonly auth: AuthClient;
  private readonly fetchImpl: typeof fetch;
  private readonly baseUrl: string;
  private readonly applyPage: (bytes: ArrayBuffer) => Promise<PageSummary | null>;

  constructor(
    private readonly db: GigDb,
    options: SyncOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
    this.applyPage = options.applyPage ?? ((bytes) => applyPullBytes(db, bytes));
    this.auth = options.auth ?? new AuthClient(db, { baseUrl: this.baseUrl, fetch: this.fetchImpl });
  }

  /** POST with the session's token; a token the server calls expired is refreshed once and the call repeated. */
  private async postForBytes(path: string, payload: unknown): Promise<RawResponse> {
    let session = await this.auth.freshSession();
    const send = () => postRaw(this.fetchImpl, this.baseUrl + path, payload, session?.accessToken);
    const answer = await send();
    if (answer.status !== 401 || !session || parseJson<ErrorBody>(answer).body.error !== 'TOKEN_EXPIRED') return answer;
    session = await this.auth.refresh();
    return send();
  }

  private async post<T>(path: string, payload: unknown): Promise<JsonResponse<T | ErrorBody>> {
    return parseJson<T | ErrorBody>(await this.postForBytes(path, payload));
  }

  async pushAll(report: SyncReport): Promise<void> {
    let batchSize = PUSH_BATCH;
    for (;;) {
      const session = await readSession(this.db);
      const owner = ownerOf(session);
      const queue = await ownerQueue(this.db, owner, batchSize);
      // Without a login only anonymous 求助 may go (docs/ACCESS.md); the rest waits for a
      // login here, on the phone, instead of asking the server again at every sync.
      const batch = session ? queue : sendableWithoutLogin(queue);
      if (batch.length < queue.length) report.waitingForLogin = true;
      if (batch.length === 0) return;
      const { clientId } = chainOf(await readSyncState(this.db), owner);
      const { status, body } = await this.post<PushResponse | SeqGapResponse>(PUSH_PATH, {
        v: PROTOCOL_VERSION,
        clientId,
        schema: SCHEMA_VERSION,
        mutations: batch.map(({ clientSeq, id, name, args, at }) => ({ seq: clientSeq, id, name, args, at })),
      });
      if (status === 413 && batchSize > 1) {
        batchSize = Math.ceil(batchSize / 2);
        continue;
      }
      if (
        status === 409 &&
        (body as SeqGapResponse).error === 'SEQ_GAP' &&
        (body as SeqGapResponse).expected < batch[0].clientSeq
      ) {
        // The server lost entries it had acknowledged (restored from a backup): send them again.
        const lost = await resendAfterRestore(this.db, owner, (body as SeqGapResponse).expected);
        report.lostInRestore += lost;
        continue;
      }
      if (status === 401 && (body as ErrorBody).error === 'LOGIN_REQUIRED') {
        // Kept, not failed: they go out after the login, as this person's (a device id bound to an account).
        report.waitingForLogin = true;
        return;
      }
      if (status !== 200)
        throw new SyncError(
          status,
          (body as ErrorBody).message ?? `push failed (${status})`,
          (body as ErrorBody).error,
        );
      const { results } = body as PushResponse;
      if (results.length === 0) throw new SyncError(status, 'server processed nothing');
      await acknowledge(this.db, owner, results);
      report.pushed += results.length;
      report.rejected += results.filter((r) => !r.ok).length;
    }
  }

  /** Pull until no bucket has more; returns how far the server says it got with our outbox. */
  async pullAll(report: SyncReport): Promise<number> {
    const progress = new JobProgress();
    let progressWrittenAt = -Infinity;
    const viewer = ownerOf(await readSession(this.db));
    await updateSyncState(this.db, (state) => {
      if ((state.viewer ?? '') === viewer) return;
      // The rows held were projected for someone else (before a login, after a logout): every
      // bucket again from the start, so they come as this account may see them. The same
      // bucket names go up, so the server still lists those no longer granted.
      state.cursors = Object.fromEntries(Object.keys(state.cursors).map((bucket) => [bucket, 0]));
      state.viewer = viewer;
    });
    for (;;) {
      const state = await readSyncState(this.db);
      const owner = ownerOf(await readSession(this.db));
      const answer = await this.postForBytes(PULL_PATH, {
        v: PROTOCOL_VERSION,
        clientId: chainOf(state, owner).clientId,
        schema: SCHEMA_VERSION,
        epoch: state.epoch,
        buckets: state.cursors,
        counties: state.counties,
        ...(state.askPlace && state.counties.length === 0 && { noPlace: true }),
        format: ROW_FORMAT,
      });
      if (answer.status !== 200) {
        const { status, body } = parseJson<ErrorBody>(answer);
        throw new SyncError(status, body.message ?? `pull failed (${status})`, body.error);
      }
      const page = await this.applyPage(answer.bytes);
      if (!page) throw new NetworkError('unreadable pull page');
      report.pulledPages += 1;
      const shown = progress.add(page);
      if (shown === null || (shown && Date.now() - progressWrittenAt >= PROGRESS_EVERY_MS)) {
        progressWrittenAt = Date.now();
        await updateSyncState(this.db, (s) => {
          s.jobProgress = shown;
        });
      }
      if (!page.more) return page.lastMutationSeq;
    }
  }

  /** Push then pull; records the outcome where the sync badge reads it. */
  async syncOnce(): Promise<SyncReport> {
    const report: SyncReport = { pushed: 0, rejected: 0, pulledPages: 0, waitingForLogin: false, lostInRestore: 0 };
    try {
      await this.pushAll(report);
      const serverLastSeq = await this.pullAll(report);
      // A server restored from a backup may have lost writes it acknowledged: send them again.
      if (await resendForgotten(this.db, ownerOf(await readSession(this.db)), serverLastSeq)) {
        await this.pushAll(report);
        await this.pullAll(report);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await updateSyncState(this.db, (s) => {
        s.lastError = message;
        s.lastErrorCode = codeOf(error);
        s.waitingForLogin = error instanceof LoginRequiredError;
        s.jobProgress = null; // a download cut short says nothing until the next one starts
      });
      throw error;
    }
    await updateSyncState(this.db, (s) => {
      s.lastSyncAt = Date.now();
      s.lastError =
        report.lostInRestore > 0 ? `${report.lostInRestore} records sent long ago were lost in a server restore` : null;
      s.lastErrorCode = report.lostInRestore > 0 ? 'LOST_IN_RESTORE' : null;
      s.waitingForLogin = report.waitingForLogin;
    });
    return report;
  }
}

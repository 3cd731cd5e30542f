/**
 * One sync cycle: push the outbox (oldest first, in batches), then pull every granted
 * bucket until no page says "more". Pushing first means the pull already carries the
 * server's verdict on our own writes.
 */
import {
  type ErrorBody,
  PROTOCOL_VERSION,
  PULL_PATH,
  type PullResponse,
  PUSH_BATCH,
  PUSH_PATH,
  type PushResponse,
  SCHEMA_VERSION,
  type SeqGapResponse,
} from '../core/protocol';
import type { GigDb } from '../db/db';
import { acknowledge, applyPullResponse } from '../db/apply';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { postJson } from './http';

export class SyncError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface SyncOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface SyncReport {
  pushed: number;
  rejected: number;
  pulledPages: number;
}

export class SyncEngine {
  private readonly fetchImpl: typeof fetch;
  private readonly baseUrl: string;

  constructor(
    private readonly db: GigDb,
    options: SyncOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
  }

  async pushAll(report: SyncReport): Promise<void> {
    const { clientId } = await readSyncState(this.db);
    let batchSize = PUSH_BATCH;
    for (;;) {
      const batch = await this.db.outbox.orderBy('seq').limit(batchSize).toArray();
      if (batch.length === 0) return;
      const { status, body } = await postJson<PushResponse | SeqGapResponse | ErrorBody>(this.fetchImpl, this.baseUrl + PUSH_PATH, {
        v: PROTOCOL_VERSION,
        clientId,
        schema: SCHEMA_VERSION,
        mutations: batch.map(({ seq, id, name, args, at }) => ({ seq, id, name, args, at })),
      });
      if (status === 413 && batchSize > 1) {
        batchSize = Math.ceil(batchSize / 2);
        continue;
      }
      if (status !== 200) throw new SyncError(status, (body as ErrorBody).message ?? `push failed (${status})`);
      const { results } = body as PushResponse;
      if (results.length === 0) throw new SyncError(status, 'server processed nothing');
      await acknowledge(this.db, results);
      report.pushed += results.length;
      report.rejected += results.filter((r) => !r.ok).length;
    }
  }

  async pullAll(report: SyncReport): Promise<void> {
    for (;;) {
      const state = await readSyncState(this.db);
      const { status, body } = await postJson<PullResponse | ErrorBody>(this.fetchImpl, this.baseUrl + PULL_PATH, {
        v: PROTOCOL_VERSION,
        clientId: state.clientId,
        schema: SCHEMA_VERSION,
        epoch: state.epoch,
        buckets: state.cursors,
        counties: state.counties,
      });
      if (status !== 200) throw new SyncError(status, (body as ErrorBody).message ?? `pull failed (${status})`);
      const page = body as PullResponse;
      await applyPullResponse(this.db, page);
      report.pulledPages += 1;
      if (!Object.values(page.buckets).some((b) => b.more)) return;
    }
  }

  /** Push then pull; records the outcome where the sync badge reads it. */
  async syncOnce(): Promise<SyncReport> {
    const report: SyncReport = { pushed: 0, rejected: 0, pulledPages: 0 };
    try {
      await this.pushAll(report);
      await this.pullAll(report);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await updateSyncState(this.db, (s) => {
        s.lastError = message;
      });
      throw error;
    }
    await updateSyncState(this.db, (s) => {
      s.lastSyncAt = Date.now();
      s.lastError = null;
    });
    return report;
  }
}

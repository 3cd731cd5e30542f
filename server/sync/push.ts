/**
 * POST /api/sync/v1/push (SYNC.md §2.3). Each mutation runs in its own transaction: the
 * client row is locked, a mutation already seen is answered from memory, a gap in the
 * client's sequence stops the batch (409), and a mutation the rules reject is recorded as
 * processed with its reason, so it can never block the ones behind it.
 */
import { type Actor, runMutation } from '../../src/core/mutators';
import type { Mutation, MutationResult, PushRequest } from '../../src/core/protocol';
import { MutationError } from '../../src/core/validation';
import type { Database, Queryable } from '../db/database';
import { ServerMutationTx } from './server-tx';

export class SeqGapError extends Error {
  constructor(readonly expected: number) {
    super(`SEQ_GAP expected=${expected}`);
  }
}

export interface PushOutcome {
  lastMutationSeq: number;
  results: MutationResult[];
}

async function lockClient(tx: Queryable, clientId: string, actor: Actor): Promise<number> {
  await tx.query('INSERT INTO sync_client (client_id, user_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [
    clientId,
    actor.userId ?? null,
  ]);
  const [client] = await tx.query<{ last_mutation_seq: number }>(
    'SELECT last_mutation_seq FROM sync_client WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  return client.last_mutation_seq;
}

async function storedResult(tx: Queryable, clientId: string, seq: number): Promise<MutationResult> {
  const [row] = await tx.query<{ result: MutationResult }>(
    'SELECT result FROM sync_mutation WHERE client_id = $1 AND seq = $2',
    [clientId, seq],
  );
  // Answers older than the retention window are gone; the sequence still proves it was processed.
  return row?.result ?? { seq, ok: true };
}

async function applyOne(tx: Queryable, mutation: Mutation, actor: Actor, now: number): Promise<MutationResult> {
  const store = new ServerMutationTx(tx);
  try {
    await runMutation(store, mutation.name, mutation.args, { now, actor, server: true });
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    return { seq: mutation.seq, ok: false, code: error.code, message: error.message, field: error.field };
  }
  await store.commit();
  return { seq: mutation.seq, ok: true };
}

export async function push(db: Database, request: PushRequest, actor: Actor, now = Date.now): Promise<PushOutcome> {
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  const results: MutationResult[] = [];
  let lastMutationSeq = 0;
  for (const mutation of mutations) {
    let result: MutationResult;
    try {
      result = await db.transaction(async (tx) => {
        const last = await lockClient(tx, request.clientId, actor);
        lastMutationSeq = last;
        if (mutation.seq <= last) return storedResult(tx, request.clientId, mutation.seq);
        // Throwing rolls the transaction back: a refused push leaves no trace, not even a client row.
        if (mutation.seq > last + 1) throw new SeqGapError(last + 1);
        const outcome = await applyOne(tx, mutation, actor, now());
        await tx.query(
          `INSERT INTO sync_mutation (client_id, seq, mutation_id, name, ok, result) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)`,
          [request.clientId, mutation.seq, mutation.id, mutation.name, outcome.ok, JSON.stringify(outcome)],
        );
        await tx.query('UPDATE sync_client SET last_mutation_seq = $2, last_seen_at = now() WHERE client_id = $1', [
          request.clientId,
          mutation.seq,
        ]);
        lastMutationSeq = mutation.seq;
        return outcome;
      });
    } catch (error) {
      // Earlier mutations of the batch stay applied (own transactions); the client resends the rest.
      if (error instanceof SeqGapError && results.length > 0) break;
      throw error;
    }
    results.push(result);
  }
  return { lastMutationSeq, results };
}

export async function lastMutationSeqOf(db: Queryable, clientId: string): Promise<number> {
  const [row] = await db.query<{ last_mutation_seq: number }>(
    'SELECT last_mutation_seq FROM sync_client WHERE client_id = $1',
    [clientId],
  );
  return row?.last_mutation_seq ?? 0;
}

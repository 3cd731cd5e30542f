/**
 * POST /api/sync/v1/push (SYNC.md §2.3). A request runs in one transaction that locks the
 * client row; a mutation its account already sent is answered from memory, a gap in the
 * client's sequence stops the batch (409), and a mutation the rules reject is recorded as
 * processed with its reason, so it can never block the ones behind it.
 */
import { ANONYMOUS_MUTATIONS, type Actor } from '../../src/core/access';
import { mergeUndo } from '../../src/core/merge-undo';
import { runMutation } from '../../src/core/mutators';
import type { Mutation, MutationResult, PushRequest } from '../../src/core/protocol';
import { MutationError } from '../../src/core/validation';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/body';
import { WriteBatch } from './record-store';
import { ServerMutationTx } from './server-tx';

const MAX_CLOCK_LEAD_MS = 5 * 60_000;

export class SeqGapError extends Error {
  constructor(readonly expected: number) {
    super(`SEQ_GAP expected=${expected}`);
  }
}

export interface PushOutcome {
  lastMutationSeq: number;
  results: MutationResult[];
}

/**
 * A client id belongs to the first account that pushes with it (SYNC.md §2.10): another
 * account presenting it is refused, so a shared desk device cannot send one person's
 * records under another person's name.
 */
function checkOwner(boundTo: string | null, actor: Actor): void {
  if (boundTo === null || boundTo === actor.userId) return;
  if (!actor.userId)
    throw new HttpError(401, 'LOGIN_REQUIRED', 'this device’s records belong to an account: log in to send them');
  throw new HttpError(
    403,
    'CLIENT_BOUND',
    'these records were made by another account on this device; they wait for that account',
  );
}

async function lockClient(tx: Queryable, clientId: string, actor: Actor): Promise<number> {
  await tx.query('INSERT INTO sync_client (client_id, user_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [
    clientId,
    actor.userId ?? null,
  ]);
  const [client] = await tx.query<{ last_mutation_seq: number; user_id: string | null }>(
    'SELECT last_mutation_seq, user_id FROM sync_client WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  checkOwner(client.user_id, actor);
  if (client.user_id === null && actor.userId) {
    await tx.query('UPDATE sync_client SET user_id = $2 WHERE client_id = $1', [clientId, actor.userId]);
  }
  return client.last_mutation_seq;
}

/**
 * Whose memory of mutation ids a push is answered from: the account's (any of its devices),
 * or, without a login, the client id's. Never another account's: an id someone else sent
 * first must not make this write "already processed".
 */
const idempotencyScope = (actor: Actor, clientId: string) => actor.userId ?? `client:${clientId}`;

/** Answers to mutation ids this account processed before, under any of its client ids. */
async function resultsById(tx: Queryable, scope: string, ids: string[]): Promise<Map<string, MutationResult>> {
  const rows = await tx.query<{ mutation_id: string; result: MutationResult }>(
    `SELECT mutation_id, result FROM sync_mutation
     WHERE scope = $1 AND mutation_id::text IN (SELECT jsonb_array_elements_text($2::text::jsonb))`,
    [scope, JSON.stringify(ids)],
  );
  return new Map(rows.map((row) => [row.mutation_id, row.result]));
}

/** Stored answers of this client's seqs; answers older than the retention window are gone. */
async function resultsBySeq(tx: Queryable, clientId: string, seqs: number[]): Promise<Map<number, MutationResult>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<{ seq: number; result: MutationResult }>(
    `SELECT seq, result FROM sync_mutation
     WHERE client_id = $1 AND seq IN (SELECT jsonb_array_elements_text($2::text::jsonb)::bigint)`,
    [clientId, JSON.stringify(seqs)],
  );
  return new Map(rows.map((row) => [row.seq, row.result]));
}

async function applyOne(
  tx: Queryable,
  batch: WriteBatch,
  mutation: Mutation,
  actor: Actor,
  now: number,
  device: string,
): Promise<MutationResult> {
  const store = new ServerMutationTx(tx, batch);
  try {
    // A device clock running fast must not win every conflict: cap its clock at ours + 5 min.
    const clock = Math.min(mutation.at, now + MAX_CLOCK_LEAD_MS);
    await runMutation(store, mutation.name, mutation.args, { now, clock, actor, server: true, mergeUndo, device });
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    return { seq: mutation.seq, ok: false, code: error.code, message: error.message, field: error.field };
  }
  await store.commit();
  return { seq: mutation.seq, ok: true };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record ids a mutation's arguments name at their top level (`id`, `jobId`, `seekerId`…). */
const idsIn = (args: unknown): string[] =>
  typeof args === 'object' && args !== null
    ? Object.values(args).filter((value): value is string => typeof value === 'string' && UUID.test(value))
    : [];

/** A mutation failed in a way the rules did not foresee (a server fault), at this index of the batch. */
class BatchFault extends Error {
  constructor(
    readonly at: number,
    readonly fault: unknown,
  ) {
    super(`mutation ${at} of the batch failed`);
  }
}

/**
 * One transaction per request (issue 15): the mutations' writes gather in a `WriteBatch` and
 * are stored together, with their answers, when the last one has run; a commit and four
 * statements per request instead of per mutation. A connection that drops while the server
 * works does not stop it: the batch commits, and the client's resend is answered from memory.
 * A server fault in a mutation rolls the request back and the mutations before it run again
 * on their own, so they are kept and answered as they were when each had its transaction.
 */
export async function push(db: Database, request: PushRequest, actor: Actor, now = Date.now): Promise<PushOutcome> {
  if (actor.role === 'anonymous' && request.mutations.some((m) => !ANONYMOUS_MUTATIONS.includes(m.name))) {
    throw new HttpError(401, 'LOGIN_REQUIRED', 'log in to send these records; they stay on this device until then');
  }
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  try {
    return await pushBatch(db, request.clientId, mutations, actor, now);
  } catch (error) {
    if (!(error instanceof BatchFault)) throw error;
    if (error.at === 0) throw error.fault;
    console.error('[push] a mutation failed; the ones before it are kept', error.fault);
    return pushBatch(db, request.clientId, mutations.slice(0, error.at), actor, now);
  }
}

async function pushBatch(
  db: Database,
  clientId: string,
  mutations: Mutation[],
  actor: Actor,
  now: () => number,
): Promise<PushOutcome> {
  const scope = idempotencyScope(actor, clientId);
  // Throwing rolls the transaction back: a refused push leaves no trace, not even a client row.
  return db.transaction(async (tx) => {
    const last = await lockClient(tx, clientId, actor);
    const stored = await resultsBySeq(
      tx,
      clientId,
      mutations.filter((m) => m.seq <= last).map((m) => m.seq),
    );
    const known = await resultsById(
      tx,
      scope,
      mutations.filter((m) => m.seq > last).map((m) => m.id),
    );
    const batch = await WriteBatch.begin(tx);
    await batch.readAheadIds(mutations.filter((m) => m.seq > last && !known.has(m.id)).flatMap((m) => idsIn(m.args)));
    const answers: { seq: number; id: string; name: string; result: MutationResult }[] = [];
    const results: MutationResult[] = [];
    let lastMutationSeq = last;
    for (const [at, mutation] of mutations.entries()) {
      if (mutation.seq <= lastMutationSeq) {
        // The sequence proves it was processed even when its answer is no longer kept.
        results.push(stored.get(mutation.seq) ?? { seq: mutation.seq, ok: true });
        continue;
      }
      if (mutation.seq > lastMutationSeq + 1) {
        if (results.length > 0) break;
        throw new SeqGapError(lastMutationSeq + 1);
      }
      const earlier = known.get(mutation.id);
      let outcome: MutationResult;
      if (earlier) outcome = { ...earlier, seq: mutation.seq };
      else {
        try {
          outcome = await applyOne(tx, batch, mutation, actor, now(), clientId);
        } catch (error) {
          throw new BatchFault(at, error);
        }
        answers.push({ seq: mutation.seq, id: mutation.id, name: mutation.name, result: outcome });
        known.set(mutation.id, outcome);
      }
      stored.set(mutation.seq, outcome);
      results.push(outcome);
      lastMutationSeq = mutation.seq;
    }
    await batch.finish();
    if (answers.length > 0) {
      await tx.query(
        `INSERT INTO sync_mutation (client_id, seq, scope, mutation_id, name, ok, result)
         SELECT $1, x.seq, $2, x.id, x.name, (x.result->>'ok')::boolean, x.result
         FROM jsonb_to_recordset($3::text::jsonb) AS x(seq bigint, id uuid, name text, result jsonb)`,
        [clientId, scope, JSON.stringify(answers)],
      );
    }
    if (lastMutationSeq > last) {
      await tx.query('UPDATE sync_client SET last_mutation_seq = $2, last_seen_at = now() WHERE client_id = $1', [
        clientId,
        lastMutationSeq,
      ]);
    }
    return { lastMutationSeq, results };
  });
}

/** How far the server got with a client's outbox; only its own account may ask. */
export async function lastMutationSeqOf(db: Queryable, clientId: string, actor: Actor): Promise<number> {
  const [row] = await db.query<{ last_mutation_seq: number; user_id: string | null }>(
    'SELECT last_mutation_seq, user_id FROM sync_client WHERE client_id = $1',
    [clientId],
  );
  if (row) checkOwner(row.user_id, actor);
  return row?.last_mutation_seq ?? 0;
}

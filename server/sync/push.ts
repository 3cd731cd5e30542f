/**
 * POST /api/sync/v1/push (SYNC.md §2.3). Each mutation runs in its own transaction: the
 * client row is locked, a mutation its account already sent is answered from memory, a gap
 * in the client's sequence stops the batch (409), and a mutation the rules reject is
 * recorded as processed with its reason, so it can never block the ones behind it.
 */
import { ANONYMOUS_MUTATIONS, type Actor } from '../../src/core/access';
import { mergeUndo } from '../../src/core/merge-undo';
import { runMutation } from '../../src/core/mutators';
import type { Mutation, MutationResult, PushRequest } from '../../src/core/protocol';
import { MutationError } from '../../src/core/validation';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/body';
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

/** The answer to a mutation id this account processed before under another of its client ids. */
async function resultById(tx: Queryable, scope: string, mutation: Mutation): Promise<MutationResult | undefined> {
  const [row] = await tx.query<{ result: MutationResult }>(
    'SELECT result FROM sync_mutation WHERE scope = $1 AND mutation_id = $2',
    [scope, mutation.id],
  );
  return row && { ...row.result, seq: mutation.seq };
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
    // A device clock running fast must not win every conflict: cap its clock at ours + 5 min.
    const clock = Math.min(mutation.at, now + MAX_CLOCK_LEAD_MS);
    await runMutation(store, mutation.name, mutation.args, { now, clock, actor, server: true, mergeUndo });
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    return { seq: mutation.seq, ok: false, code: error.code, message: error.message, field: error.field };
  }
  await store.commit();
  return { seq: mutation.seq, ok: true };
}

export async function push(db: Database, request: PushRequest, actor: Actor, now = Date.now): Promise<PushOutcome> {
  if (actor.role === 'anonymous' && request.mutations.some((m) => !ANONYMOUS_MUTATIONS.includes(m.name))) {
    throw new HttpError(401, 'LOGIN_REQUIRED', 'log in to send these records; they stay on this device until then');
  }
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  const scope = idempotencyScope(actor, request.clientId);
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
        const earlier = await resultById(tx, scope, mutation);
        const outcome = earlier ?? (await applyOne(tx, mutation, actor, now()));
        if (!earlier) {
          await tx.query(
            `INSERT INTO sync_mutation (client_id, seq, scope, mutation_id, name, ok, result)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)`,
            [request.clientId, mutation.seq, scope, mutation.id, mutation.name, outcome.ok, JSON.stringify(outcome)],
          );
        }
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

/** How far the server got with a client's outbox; only its own account may ask. */
export async function lastMutationSeqOf(db: Queryable, clientId: string, actor: Actor): Promise<number> {
  const [row] = await db.query<{ last_mutation_seq: number; user_id: string | null }>(
    'SELECT last_mutation_seq, user_id FROM sync_client WHERE client_id = $1',
    [clientId],
  );
  if (row) checkOwner(row.user_id, actor);
  return row?.last_mutation_seq ?? 0;
}

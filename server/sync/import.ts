/**
 * POST /api/sync/v1/import: a station desk hands in a sync file of unsent records that a
 * phone with no network exported (src/core/sync-file.ts). The file is checked (shape, hash,
 * then the signature of the login that made it), and its writes go through the same push as
 * that phone's own sync, as the account that made them: the rules run for that person (their
 * role, their county), never for the desk. The push's exactly-once bookkeeping (client id and
 * sequence, then mutation id) makes a second import, or the phone's own later sync, a no-op.
 */
import { type Actor, DESK_ROLES } from '../../src/core/access';
import { type ImportLine, type ImportResponse, MIN_SCHEMA_VERSION, SCHEMA_VERSION } from '../../src/core/protocol';
import {
  bodyOf,
  checkEnvelope,
  SyncFileError,
  type SyncFile,
  signedWith,
  UnsentBodySchema,
} from '../../src/core/sync-file';
import { accountById } from '../auth/accounts';
import { fileKeyFor } from '../auth/tokens';
import type { Database } from '../db/database';
import { checkDepth, HttpError } from '../http/body';
import { lastMutationSeqOf, push } from './push';

/** A push takes at most this many; a longer file goes in several, in order. */
const PUSH_LIMIT = 200;

const refused = (message: string) => new HttpError(403, 'FILE_SIGNATURE', message);

/** The account that signed the file, as the actor its writes run as; throws when the signature fails. */
async function signer(db: Database, file: SyncFile, accountId: string, secret: string): Promise<Actor> {
  if (!file.keyId || !file.hmac) throw refused('the file is not signed');
  const [login] = await db.query<{ account_id: string; revoked_at: string | null }>(
    'SELECT account_id, revoked_at FROM token_families WHERE id = $1',
    [file.keyId],
  );
  // One answer for every failure, so a forger learns nothing about which part was wrong.
  const refusal = refused('the file’s signature does not check: it was changed, or not made by that account');
  if (!login || login.revoked_at !== null || login.account_id !== accountId) throw refusal;
  if (!(await signedWith(file, fileKeyFor(secret, file.keyId).secret))) throw refusal;
  const account = await accountById(db, accountId);
  if (!account) throw refusal;
  return {
    userId: account.id,
    role: account.role,
    stationIds: account.stationIds,
    counties: account.counties,
    phone: account.phone,
  };
}

function checkFileSchema(schema: number): void {
  if (schema < MIN_SCHEMA_VERSION || schema > SCHEMA_VERSION)
    throw new HttpError(426, 'UPGRADE_REQUIRED', `the file was made by an app of schema ${schema}`);
}

export async function importFile(
  db: Database,
  envelope: unknown,
  desk: Actor,
  fileSecret: string,
  now: () => number,
): Promise<ImportResponse> {
  if (!DESK_ROLES.includes(desk.role)) throw new HttpError(403, 'FORBIDDEN', 'only a station desk imports sync files');
  try {
    const file = await checkEnvelope(envelope);
    checkDepth(new TextEncoder().encode(file.body));
    const body = bodyOf(file, UnsentBodySchema);
    const actor = await signer(db, file, body.account, fileSecret);
    checkFileSchema(body.schema);
    const before = await lastMutationSeqOf(db, body.clientId, actor);
    const mutations = [...body.mutations].sort((a, b) => a.seq - b.seq);
    const lines: ImportLine[] = [];
    for (let from = 0; from < mutations.length; from += PUSH_LIMIT) {
      const part = mutations.slice(from, from + PUSH_LIMIT);
      const { results } = await push(
        db,
        { v: 1, clientId: body.clientId, schema: body.schema, mutations: part },
        actor,
        now,
      );
      for (const result of results) {
        const mutation = part.find((m) => m.seq === result.seq);
        if (!mutation) continue;
        const line = { seq: result.seq, id: mutation.id };
        if (result.seq <= before) lines.push({ ...line, outcome: 'already' });
        else if (result.ok) lines.push({ ...line, outcome: 'applied' });
        else lines.push({ ...line, outcome: 'refused', code: result.code, message: result.message });
      }
      // A push that stopped short (a gap) leaves the rest for another file.
      if (results.length < part.length) break;
    }
    return { account: body.account, name: (await accountById(db, body.account))?.name, lines };
  } catch (error) {
    if (error instanceof SyncFileError) throw new HttpError(400, error.code, error.message);
    throw error;
  }
}

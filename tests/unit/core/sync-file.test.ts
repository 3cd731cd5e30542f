/**
 * The sync file's own checks (src/core/sync-file.ts), before any server sees it: a body
 * changed by one byte fails its checksum, a body re-hashed after the change fails its
 * signature, and a key other than the maker's never verifies.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { SCHEMA_VERSION } from '../../../src/core/protocol';
import {
  bodyOf,
  CountyBodySchema,
  type FileKey,
  readEnvelope,
  sha256Hex,
  signedWith,
  type UnsentBody,
  UnsentBodySchema,
  writeSyncFile,
} from '../../../src/core/sync-file';
import { seekerRegisterArgs } from '../../fixtures/records';
import { fileProblem } from '../../support/sync-file';

const key: FileKey = { id: uuidv7(), secret: 'q6Fh3i0hGx7d2bAzZbN1u0pZgXvQmT4sYk8cJrWlE9o' };
const otherKey: FileKey = { id: key.id, secret: 'A6Fh3i0hGx7d2bAzZbN1u0pZgXvQmT4sYk8cJrWlE9o' };

const body: UnsentBody = {
  kind: 'unsent',
  account: uuidv7(),
  clientId: uuidv7(),
  schema: SCHEMA_VERSION,
  exportedAt: 1_764_000_000_000,
  mutations: [{ seq: 1, id: uuidv7(), name: 'seeker.register', args: seekerRegisterArgs({ name: '张三' }), at: 1 }],
};

describe('sync files', () => {
  it('reads back what it wrote, signed by the key that made it', async () => {
    const file = await readEnvelope(await writeSyncFile(body, key));
    expect(bodyOf(file, UnsentBodySchema)).toEqual(body);
    expect(file.keyId).toBe(key.id);
    expect(await signedWith(file, key.secret)).toBe(true);
  });

  it('refuses a body with one byte changed (checksum), and a re-hashed one (signature)', async () => {
    const text = await writeSyncFile(body, key);
    const envelope = JSON.parse(text);
    const changed = (envelope.body as string).replace('"seq":1', '"seq":2');
    expect(changed).not.toBe(envelope.body);
    expect(await fileProblem(() => readEnvelope(JSON.stringify({ ...envelope, body: changed })))).toBe('FILE_DAMAGED');
    const rehashed = await readEnvelope(
      JSON.stringify({ ...envelope, body: changed, sha256: await sha256Hex(changed) }),
    );
    expect(await signedWith(rehashed, key.secret)).toBe(false);
  });

  it('does not verify with another key, nor when unsigned', async () => {
    const file = await readEnvelope(await writeSyncFile(body, key));
    expect(await signedWith(file, otherKey.secret)).toBe(false);
    const unsigned = await readEnvelope(await writeSyncFile(body));
    expect(unsigned.hmac).toBeUndefined();
    expect(await signedWith(unsigned, key.secret)).toBe(false);
  });

  it('names what is wrong with a file that is not one', async () => {
    const text = await writeSyncFile(body, key);
    expect(await fileProblem(() => readEnvelope(text.slice(0, -10)))).toBe('FILE_UNREADABLE');
    expect(await fileProblem(() => readEnvelope('{"format":"zip"}'))).toBe('FILE_UNREADABLE');
    expect(await fileProblem(() => readEnvelope(`"${'x'.repeat(3 * 1024 * 1024)}"`))).toBe('FILE_TOO_LARGE');
    const file = await readEnvelope(text);
    expect(await fileProblem(() => bodyOf(file, CountyBodySchema))).toBe('FILE_WRONG_KIND');
    const empty = await readEnvelope(await writeSyncFile({ ...body, mutations: [] }, key));
    expect(await fileProblem(() => bodyOf(empty, UnsentBodySchema))).toBe('FILE_UNREADABLE');
  });
});

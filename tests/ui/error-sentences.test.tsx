/**
 * Errors reach people as sentences, never as codes: the sync badge words the last sync's
 * failure, and 我的 lists each refused write by what it was and why (src/ui/errors.ts).
 */
import { cleanup, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { acknowledge } from '../../src/db/outbox';
import { GigDb } from '../../src/db/db';
import { mutate } from '../../src/db/mutate';
import { updateSyncState } from '../../src/db/sync-state';
import { MePage } from '../../src/features/me';
import { SyncBadge } from '../../src/features/sync';
import { jobPostArgs } from '../fixtures/records';
import { renderWithServices } from '../support/render';

let db: GigDb;

describe('error sentences', () => {
  beforeEach(() => {
    db = new GigDb(`errors-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('the badge words a failed sync and never shows its code', async () => {
    await updateSyncState(db, (s) => {
      s.lastError = 'this app version is too old for the server';
      s.lastErrorCode = 'UPGRADE_REQUIRED';
    });
    renderWithServices(db, () => <SyncBadge />);
    const error = await screen.findByTestId('sync-error');
    expect(error).toHaveTextContent('同步出错：应用需要更新才能同步');
    expect(error.textContent).not.toMatch(/UPGRADE|too old/);
  });

  it('the badge words a failure saved before codes were kept, generally', async () => {
    await updateSyncState(db, (s) => {
      s.lastError = 'push failed (500)';
    });
    renderWithServices(db, () => <SyncBadge />);
    expect(await screen.findByTestId('sync-error')).toHaveTextContent('同步出错：出了点问题，稍后会自动再试。');
  });

  it('我的 lists a refused write by what it was, what about, and why', async () => {
    const { seq } = await mutate(db, 'job.post', jobPostArgs({ title: '电焊工', regionCode: '630103100' }));
    await acknowledge(db, '', [{ seq, ok: false, code: 'STALE', message: 'wageMin: changed by someone else' }]);
    renderWithServices(db, () => <MePage />);
    // 我的 appears once its parts have loaded; on a loaded machine that takes longer than findBy's 1 s.
    const refused = await screen.findByTestId('rejected-list', {}, { timeout: 15_000 });
    expect(refused).toHaveTextContent('发布岗位：电焊工（总寨镇）别人在你之后改过这条记录');
    expect(refused.textContent).not.toMatch(/STALE|job\.post|wageMin/);
  }, 20_000);
});

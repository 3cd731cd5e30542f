/**
 * 修改政策 on a real device database: the form loads the policy, and its save names the
 * version this phone loaded, which is what lets the server refuse an edit of a copy someone
 * else has changed since (STALE) instead of overwriting theirs.
 */
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import type { Policy } from '../../src/core/records';
import { GigDb } from '../../src/db/db';
import { pendingEntries } from '../../src/db/outbox-view';
import { writeSession } from '../../src/db/session';
import PolicyForm from '../../src/features/policies/PolicyForm';
import { ServicesProvider } from '../../src/ui/services';
import { testServices } from '../support/services';

let db: GigDb;

function renderAt(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path });
  render(() => (
    <ServicesProvider value={testServices(db)}>
      <MemoryRouter history={history}>
        <Route path="/policies/new" component={PolicyForm} />
        <Route path="/policies/:id" component={() => <p data-testid="saved">saved</p>} />
      </MemoryRouter>
    </ServicesProvider>
  ));
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!;

describe('the policy form', () => {
  beforeEach(async () => {
    db = new GigDb(`policy-form-${uuidv7()}`);
    await writeSession(db, {
      account: { id: uuidv7(), phone: '13800000002', role: 'station_staff', stationIds: [], counties: ['630103'] },
      accessToken: 'a',
      accessExpiresAt: Date.now() + 60_000,
      refreshToken: 'r',
    });
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('changes a policy with what it showed, so the server merges field by field', async () => {
    const policy: Policy = {
      id: uuidv7(),
      version: 3,
      updatedAt: 1,
      deleted: false,
      title: '城中区一次性创业补贴',
      body: '首次创业的，可申请一次性创业补贴5000元。',
      summary: { amount: '一次性5000元' },
      regionCodes: ['630103'],
      tags: ['创业'],
      publishedOn: '2026-11-20',
    };
    await db.policies.put(policy);
    renderAt(`/policies/new?edit=${policy.id}`);
    await waitFor(() => expect(input('title').value).toBe(policy.title));
    expect(input('amount').value).toBe('一次性5000元');
    fireEvent.input(input('amount'), { target: { value: '一次性6000元' } });
    fireEvent.click(screen.getByTestId('policy-submit'));
    await screen.findByTestId('saved');
    const [entry] = await pendingEntries(db);
    expect(entry.name).toBe('policy.save');
    expect(entry.args).toMatchObject({
      id: policy.id,
      base: { title: policy.title, summary: { amount: '一次性5000元' }, regionCodes: ['630103'] },
      summary: { amount: '一次性6000元' },
      publishedOn: '2026-11-20',
    });
    expect(entry.args).not.toHaveProperty('base.version');
    expect((await db.policies.get(policy.id))?.summary?.amount).toBe('一次性6000元');
  });

  it('refuses a place outside the desk’s counties before saving', async () => {
    renderAt('/policies/new');
    await waitFor(() => expect(document.querySelector('section[data-loaded]')).not.toBeNull());
    fireEvent.input(input('title'), { target: { value: '奈曼旗培训补贴' } });
    fireEvent.input(input('body'), { target: { value: '培训免费。' } });
    fireEvent.change(input('county'), { target: { value: '150525' } });
    fireEvent.click(screen.getByTestId('policy-submit'));
    expect(await screen.findByTestId('form-errors')).toBeInTheDocument();
    expect(await pendingEntries(db)).toEqual([]);
  });
});

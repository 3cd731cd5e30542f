/**
 * 推荐 on a real device database: staff who may act for the person see it on an open job,
 * and a tap puts a referral naming the desk's station in the outbox (已推荐 · 待同步); a job
 * no longer open, an account that is not staff, or a person who already applied get no
 * button (the last: where the application stands).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import type { Role } from '../../src/core/access';
import type { Job, Seeker } from '../../src/core/records';
import { GigDb } from '../../src/db/db';
import { pendingEntries } from '../../src/db/outbox-view';
import { writeSession } from '../../src/db/session';
import { ReferButton } from '../../src/features/referral';
import { ServicesProvider } from '../../src/ui/services';
import { seekerRegisterArgs, serverJob } from '../fixtures/records';
import { fillPhone } from '../support/full-phone';
import { testServices } from '../support/services';

const DESK_USER = uuidv7();
const DESK_STATION = uuidv7();
let db: GigDb;

async function logIn(role: Role) {
  await writeSession(db, {
    account: { id: DESK_USER, phone: '13800000002', role, stationIds: [DESK_STATION], counties: ['630103'] },
    accessToken: 'a',
    accessExpiresAt: Date.now() + 60_000,
    refreshToken: 'r',
  });
}

/** A person this desk registered, so it may act for them. */
const person: Seeker = {
  ...seekerRegisterArgs({ name: '韩秀兰' }),
  registeredByUser: DESK_USER,
  version: 1,
  updatedAt: 1,
  deleted: false,
} as Seeker;

function renderRow(job: Job) {
  render(() => (
    <ServicesProvider value={testServices(db)}>
      <ReferButton seeker={person} job={job} />
    </ServicesProvider>
  ));
}

/** Let the live queries answer; then the row shows what it will show. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('推荐 on a person-and-job row', () => {
  beforeEach(async () => {
    db = new GigDb(`refer-${uuidv7()}`);
    await db.seekers.put(person);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('refers from the desk’s station, offline, and then says 已推荐 · 待同步', async () => {
    await logIn('station_staff');
    const job = serverJob({ stationId: uuidv7() });
    await db.jobs.put(job);
    renderRow(job);
    fireEvent.click(await screen.findByTestId('refer'));
    await waitFor(() => expect(screen.getByTestId('referral-state')).toHaveTextContent('已推荐 · 待同步'));
    expect(screen.queryByTestId('refer')).toBeNull();
    const [entry] = await pendingEntries(db);
    expect(entry).toMatchObject({
      name: 'application.apply',
      args: { jobId: job.id, seekerId: person.id, channel: 'referral', stationId: DESK_STATION },
    });
  });

  it('offers no 推荐 on a job that is no longer open, nor to a worker or an employer', async () => {
    for (const [role, status] of [
      ['station_staff', 'filled'],
      ['worker', 'open'],
      ['employer', 'open'],
    ] as const) {
      await logIn(role);
      const job = serverJob({ status });
      await db.jobs.put(job);
      renderRow(job);
      await settle();
      expect(screen.queryByTestId('refer'), `${role} on a ${status} job`).toBeNull();
      cleanup();
    }
  });

  it('shows where the person’s own application stands instead of 推荐', async () => {
    await logIn('station_staff');
    const job = serverJob();
    await db.jobs.put(job);
    await db.applications.put({
      id: uuidv7(),
      version: 1,
      updatedAt: 1,
      deleted: false,
      jobId: job.id,
      seekerId: person.id,
      channel: 'self',
      status: 'interview',
      history: [{ status: 'pending', at: 1 }],
    });
    renderRow(job);
    const state = await screen.findByTestId('referral-state');
    expect(state).toHaveTextContent('本人报名');
    expect(state).toHaveTextContent('约了面试');
    expect(screen.queryByTestId('refer')).toBeNull();
  });

  it('says so when the phone is full, and offers 推荐 again', async () => {
    await logIn('station_staff');
    const job = serverJob({ stationId: uuidv7() });
    await db.jobs.put(job);
    // A middleware joins a database when it opens.
    db.close();
    fillPhone(db);
    await db.open();
    renderRow(job);
    fireEvent.click(await screen.findByTestId('refer'));
    expect(await screen.findByRole('alert')).toHaveTextContent('手机存储满了');
    expect(screen.getByTestId('refer')).toBeInTheDocument();
  });
});

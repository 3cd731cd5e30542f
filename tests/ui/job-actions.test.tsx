/**
 * 已招满 on a posting asks first (one stray tap would take the job off the list): the job
 * changes only on 确定已招满, and 还没招满 leaves it open with nothing written.
 */
import { cleanup, fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { pendingEntries } from '../../src/db/outbox-view';
import { JobActions } from '../../src/features/jobs/JobActions';
import { serverJob } from '../fixtures/records';
import { renderWithServices } from '../support/render';

let db: GigDb;
const job = serverJob();

describe('the poster’s job actions', () => {
  beforeEach(async () => {
    db = new GigDb(`job-actions-${uuidv7()}`);
    await db.jobs.put(job);
    renderWithServices(db, () => <JobActions job={job} />);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('asks before marking a job filled; 还没招满 keeps it open and writes nothing', async () => {
    fireEvent.click(screen.getByRole('button', { name: '已招满' }));
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toContain('确定已招满吗？');
    const keep = screen.getByRole('button', { name: '还没招满' });
    expect(document.activeElement).toBe(keep);
    expect(screen.queryByRole('button', { name: '已招满' })).toBeNull();
    fireEvent.click(keep);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await db.jobs.get(job.id))?.status).toBe('open');
    expect(await pendingEntries(db)).toEqual([]);
  });

  it('marks the job filled on 确定已招满', async () => {
    fireEvent.click(screen.getByRole('button', { name: '已招满' }));
    fireEvent.click(screen.getByRole('button', { name: '确定已招满' }));
    await waitFor(async () => expect((await db.jobs.get(job.id))?.status).toBe('filled'));
    expect((await pendingEntries(db)).map((e) => [e.name, e.args])).toEqual([
      ['job.setStatus', { id: job.id, status: 'filled' }],
    ]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

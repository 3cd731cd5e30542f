/**
 * 发布岗位 on a real device database: the pay period follows the wage unit until it is
 * chosen by hand, the discrimination check shows what it found while typing, and an
 * employer's next posting starts with their name and phone; a desk's starts empty.
 */
import { cleanup, fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { usualPayPeriod } from '../../src/core/rules';
import { GigDb } from '../../src/db/db';
import { writeSession } from '../../src/db/session';
import JobPostForm from '../../src/features/jobs/JobPostForm';
import { serverJob } from '../fixtures/records';
import { renderWithServices } from '../support/render';

let db: GigDb;

/** The form, once it has its starting values (it reads the device database as it mounts). */
async function renderForm() {
  renderWithServices(db, JobPostForm);
  await waitFor(() => expect(document.querySelector('section[data-loaded]')).not.toBeNull());
}

const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
const choose = (name: string, value: string) => fireEvent.change(select(name), { target: { value } });
/** The occupation picker: a category's picture, then the trade's. */
async function pickOccupation(category: string, code: string) {
  fireEvent.click(await screen.findByRole('button', { name: category }, { timeout: 10_000 }));
  fireEvent.click(document.querySelector(`[data-testid=picker-occupations] [data-code=${code}]`)!);
}

describe('the job form', () => {
  beforeEach(() => {
    db = new GigDb(`job-form-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('knows the usual pay period of each wage unit', () => {
    expect(usualPayPeriod('day')).toBe('daily');
    expect(usualPayPeriod('hour')).toBe('daily');
    expect(usualPayPeriod('month')).toBe('monthly');
    expect(usualPayPeriod('piece')).toBeUndefined();
  });

  it('settles a daily wage 日结 and a monthly one 月结, also after an occupation chose 月结', async () => {
    await renderForm();
    await pickOccupation('农业养殖', 'milker'); // paid by the month
    await waitFor(() => expect(select('payPeriod').value).toBe('monthly'));
    choose('wageUnit', 'day');
    await waitFor(() => expect(select('payPeriod').value).toBe('daily'));
    choose('wageUnit', 'month');
    await waitFor(() => expect(select('payPeriod').value).toBe('monthly'));
  });

  it('keeps a pay period chosen by hand when the unit changes', async () => {
    await renderForm();
    choose('payPeriod', 'weekly');
    choose('wageUnit', 'month');
    choose('wageUnit', 'day');
    await waitFor(() => expect(select('wageUnit').value).toBe('day'));
    expect(select('payPeriod').value).toBe('weekly');
  });

  it('says what is not allowed, and why, before saving', async () => {
    await renderForm();
    const requirements = (await screen.findByTestId('job-form')).querySelector('textarea[name=requirements]')!;
    fireEvent.input(requirements, { target: { value: '男女不限，吃苦耐劳' } });
    expect(screen.queryByTestId('posting-check')).toBeNull();
    fireEvent.input(requirements, { target: { value: '女工优先，乙肝携带者勿扰' } });
    const check = await screen.findByTestId('posting-check');
    expect(check).toHaveTextContent('写了“女工优先”：招工不能按男女挑人');
    expect(check).toHaveTextContent('写了“乙肝携带者勿扰”');
  });

  it('posts a desk’s job at its station, so applications reach that desk', async () => {
    const stationId = uuidv7();
    await writeSession(db, {
      account: {
        id: uuidv7(),
        phone: '13800000002',
        role: 'station_staff',
        stationIds: [stationId],
        counties: ['630103'],
      },
      accessToken: 'a',
      accessExpiresAt: Date.now() + 60_000,
      refreshToken: 'r',
    });
    await renderForm();
    await pickOccupation('家政服务', 'cleaner');
    fireEvent.input(document.querySelector('input[name=employerName]')!, { target: { value: '总寨物业' } });
    fireEvent.input(document.querySelector('input[name=wageMin]')!, { target: { value: '150' } });
    fireEvent.click(screen.getByTestId('job-submit'));
    await waitFor(async () => expect(await db.jobs.count()).toBe(1));
    expect((await db.jobs.toArray())[0].stationId).toBe(stationId);
  });

  it('starts an employer’s posting with the name and phone of their last one; a desk’s with neither', async () => {
    const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    const logIn = (id: string, role: 'employer' | 'station_staff', phone: string) =>
      writeSession(db, {
        account: { id, phone, role, stationIds: [], counties: ['630103'] },
        accessToken: 'a',
        accessExpiresAt: Date.now() + 60_000,
        refreshToken: 'r',
      });
    const employer = uuidv7();
    await logIn(employer, 'employer', '13800000004');
    // Before any posting: the phone they log in with.
    await renderForm();
    expect(input('contactPhone').value).toBe('13800000004');
    expect(input('employerName').value).toBe('');
    cleanup();

    await db.jobs.bulkPut([
      serverJob({ createdBy: employer, employerName: '旧名字', contactPhone: '13900000001', postedAt: 1 }),
      serverJob({ createdBy: employer, employerName: '鑫源劳务', contactPhone: '13900000002', postedAt: 2 }),
      serverJob({ createdBy: uuidv7(), employerName: '别人家', contactPhone: '13900000003', postedAt: 3 }),
    ]);
    await renderForm();
    expect(input('employerName').value).toBe('鑫源劳务');
    expect(input('contactPhone').value).toBe('13900000002');
    cleanup();

    await logIn(uuidv7(), 'station_staff', '13800000002');
    await renderForm();
    expect(input('employerName').value).toBe('');
    expect(input('contactPhone').value).toBe('');
  });
});

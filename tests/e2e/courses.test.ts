/**
 * 培训 end to end in Chromium at 360 px. A course with one seat is already full; a worker,
 * offline, signs up, and after the sync reads 候补第 1 位 (the server decided). The worker
 * asks 我想学 电工 for their town; the desk sees it in 居民点单, grouped with its count. The
 * desk gives the course a second seat (the waiting list moves up), marks the worker's days
 * and 结业: the worker's profile gains the course's skill and the points arrive as an entry.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import type { Course, Enrollment } from '../../src/core/records';
import { writeRecords } from '../../server/sync/record-store';
import { expectAccessible } from './axe';
import {
  cspViolations,
  describeBrowser,
  logInWithCode,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';
const TITLE = '农村电工入门培训';

describeBrowser('培训 in Chromium', () => {
  const server = serverForTests();

  /** A one-seat course at the desk's station, its seat taken by someone already. */
  async function fullCourse(): Promise<string> {
    const [row] = await server.db.query<{ station: string; region: string; seeker: string; name: string }>(
      `SELECT s.id AS station, s.data->>'regionCode' AS region, p.id AS seeker, p.data->>'name' AS name
         FROM records s JOIN accounts a ON a.phone = $1 AND a.station_ids ? s.id::text
         JOIN records p ON p.kind = 'seeker' AND NOT p.deleted
        WHERE s.kind = 'station' LIMIT 1`,
      [DESK],
    );
    const today = new Date().toISOString().slice(0, 10);
    const base = { version: 0, updatedAt: Date.now(), deleted: false };
    const course: Course = {
      ...base,
      id: uuidv7(),
      title: TITLE,
      stationId: row.station,
      regionCode: row.region,
      startDate: today,
      days: 2,
      capacity: 1,
      points: 20,
      skill: '电工',
      enrolled: 1,
      waitlisted: 0,
    };
    const taken: Enrollment = {
      ...base,
      id: uuidv7(),
      courseId: course.id,
      seekerId: row.seeker,
      stationId: row.station,
      status: 'enrolled',
      contact: { name: row.name },
    };
    await server.db.transaction((tx) =>
      writeRecords(tx, [
        { kind: 'course', record: course },
        { kind: 'enrollment', record: taken },
      ]),
    );
    return course.id;
  }

  it('offline sign-up to a full course waits as 候补第 1 位; 我想学 reaches the desk; 结业 adds the skill', async () => {
    const courseId = await fullCourse();
    const skills = async () =>
      (
        await server.db.query<{ skills: string[] }>(
          `SELECT p.data->'skills' AS skills FROM records p JOIN accounts a ON a.phone = $1
            WHERE p.kind = 'seeker' AND p.data->>'registeredByUser' = a.id::text`,
          [WORKER],
        )
      )[0]?.skills ?? [];

    await withPhone(server, async (page, browser) => {
      await logInWithCode(page, server, WORKER);
      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '韩小川');
      await page.selectOption('select[name=county]', '630103');
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();
      await waitForSynced(page);

      await page.goto(`${server.url}/services`);
      await page.getByTestId('hub-courses').click();
      const card = page.getByTestId('course-card').filter({ hasText: TITLE });
      await card.filter({ hasText: '已满' }).waitFor();
      await expectAccessible(page, 'course list');
      await card.click();
      await page.getByTestId('course').waitFor();
      await expectAccessible(page, 'course page');

      await browser.context.setOffline(true);
      await page.getByTestId('sign-up-button').click();
      await page.getByTestId('sign-up-status').filter({ hasText: '排候补' }).waitFor();
      await page.getByTestId('local-only').waitFor();
      await browser.context.setOffline(false);
      await page.getByTestId('sign-up-status').filter({ hasText: '候补第 1 位' }).waitFor({ timeout: 30_000 });
      await page.getByTestId('local-only').waitFor({ state: 'detached' });

      // 我想学: a skill from the dictionary, in the worker's town.
      await page.goto(`${server.url}/courses`);
      await page.getByTestId('ask-link').click();
      await page.getByTestId('ask-form').waitFor();
      await expectAccessible(page, 'request form');
      await page.selectOption('select[name=occupationCode]', { label: '电工' });
      await page.selectOption('select[name=county]', '630103');
      await page.selectOption('select[name=town]', '630103100');
      await page.getByTestId('ask-submit').click();
      await page.getByTestId('my-requests').filter({ hasText: '电工' }).waitFor();
      await waitForSynced(page);

      await withPhone(server, async (desk) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        await desk.goto(`${server.url}/courses/requests`);
        await desk.getByTestId('request-group').filter({ hasText: '电工' }).filter({ hasText: '1 人想学' }).waitFor();
        await expectAccessible(desk, 'course requests');

        // A second seat: the server moves the waiting list up.
        await desk.goto(`${server.url}/courses/${courseId}/edit`);
        await expect.poll(() => desk.inputValue('input[name=title]'), { timeout: 30_000 }).toBe(TITLE);
        await desk.fill('input[name=capacity]', '2');
        await desk.getByTestId('course-submit').click();
        await desk.getByTestId('course').waitFor();
        await waitForSynced(desk);

        await desk.getByTestId('roster-link').click();
        const seat = desk.getByTestId('roster-seat').filter({ hasText: '韩小川' });
        await seat.waitFor({ timeout: 30_000 });
        await expectAccessible(desk, 'desk roster');
        await seat.getByRole('button', { name: '第 1 天' }).click();
        await seat.getByRole('button', { name: '第 2 天' }).click();
        await seat.filter({ hasText: '到了 2 天' }).waitFor();
        await seat.getByTestId('roster-complete').click();
        await seat.getByTestId('roster-completed').waitFor();
        await expect.poll(skills, { timeout: 30_000 }).toContain('电工');
      });

      await waitForSynced(page);
      await page.goto(`${server.url}/courses/${courseId}`);
      await page.getByTestId('sign-up-status').filter({ hasText: '已结业' }).waitFor({ timeout: 30_000 });
      await page.goto(`${server.url}/profile`);
      await expect.poll(() => page.inputValue('input[name=skills]'), { timeout: 30_000 }).toContain('电工');
    });
    expect(cspViolations).toEqual([]);
  }, 600_000);
});

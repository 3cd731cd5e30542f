/**
 * 来访登记 and the door's check-in code in Chromium at 360 px: the desk logs a walk-in in one
 * tap (a registered person found by name) and prints the door poster; a worker's phone, with
 * no signal, scans the poster's QR code from a picture with 扫一扫 and checks in; a second
 * scan that day adds nothing; once both phones have synced, the desk's list of today's
 * visits holds the door check-in beside its own.
 */
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  describeBrowser,
  deskStation,
  type FileServer,
  logInWithPassword,
  logInWorkerWithProfile,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

/** These screens read one station's visits, not the jobs: a small county keeps the first sync short. */
const FEW_JOBS = { jobs: 60, seekers: 10, stationsPerCounty: 1 };
/** Two phones' first visits (the service worker, the first sync) on a busy machine. */
const SLOW = 300_000;

const WORKER = '13800000005';
const DESK = '13800000002';

/** The demo desk's station, and someone registered there for the desk to find by name. */
async function deskStationAndPerson(server: FileServer) {
  const station = await deskStation(server, DESK);
  const [person] = await server.db.query<{ name: string }>(
    `SELECT data->>'name' AS name FROM records WHERE kind = 'seeker' AND data->>'stationId' = $1 ORDER BY id LIMIT 1`,
    [station.id],
  );
  return { station, person };
}

describeBrowser('来访登记 and the door check-in in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });

  it(
    'the desk logs a walk-in; an offline worker checks in by scanning the door poster once; the desk sees both',
    async () => {
      const { station, person } = await deskStationAndPerson(server);
      expect(person, 'a demo person registered at the desk’s station').toBeDefined();

      await withPhone(server, async (desk) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        await desk.getByTestId('desk-walkins-link').click();
        const log = desk.getByTestId('walkins-page');
        await log.waitFor();
        await expectAccessible(desk, '来访登记');

        // A registered person, found by part of their name: one tap on what they came for logs it.
        await desk.getByTestId('walkins-find').fill(person.name.slice(0, 2));
        await desk.getByTestId('walkins-person').filter({ hasText: person.name }).first().click();
        await desk.getByTestId('walkins-chosen').filter({ hasText: person.name }).waitFor();
        await desk.getByTestId('walkins-reason-policy').click();
        await desk.getByTestId('walkins-logged').filter({ hasText: '问政策' }).waitFor();
        const visits = desk.getByTestId('walkins-visit');
        await visits.filter({ hasText: person.name }).filter({ hasText: '问政策' }).waitFor();
        await desk.getByTestId('walkins-tally-policy').filter({ hasText: '1' }).waitFor();
        await waitForSynced(desk);

        // The door poster: the station's name and its check-in code, printed from here.
        await desk.getByTestId('walkins-poster-link').click();
        const poster = desk.getByTestId('door-poster');
        await poster.waitFor();
        expect(await poster.innerText()).toContain(station.name);
        await expectAccessible(desk, 'door check-in poster');
        // In the middle of the screen, clear of the tab bar that stays at the bottom.
        const code = poster.getByTestId('qr-code');
        await code.evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
        const qr = await code.screenshot();

        await withPhone(server, async (phone, browser) => {
          await logInWorkerWithProfile(phone, server, WORKER);
          await browser.context.setOffline(true);
          const scan = async () => {
            await phone.locator('a.tab[href="/services"]').click();
            await phone.getByTestId('hub-scan').click();
            await phone.getByTestId('scan-file').setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: qr });
            await phone.waitForURL((url) => url.pathname === `/checkin/${station.id}`);
            await phone.getByTestId('checkin-page').filter({ hasText: station.name }).waitFor();
          };
          await scan();
          await expectAccessible(phone, '驿站签到');
          await phone.getByTestId('checkin-reason-job').click();
          const done = phone.getByTestId('checkin-done');
          await done.filter({ hasText: '签到成功' }).waitFor();
          await phone.getByTestId('checkin-pending').filter({ hasText: '仅保存在本机' }).waitFor();
          expect(await done.innerText()).toContain('签到不加积分');

          // Scanning again that day shows the check-in already made, and offers no second one.
          await scan();
          await done.filter({ hasText: '今天已经在这里签到' }).waitFor();
          expect(await phone.getByTestId('checkin-reason-job').count()).toBe(0);

          await browser.context.setOffline(false);
          await waitForSynced(phone);
          await phone.getByTestId('checkin-pending').waitFor({ state: 'detached' });
        });

        const [{ n }] = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM records WHERE kind = 'visit' AND data->>'stationId' = $1 AND data ? 'checkInDay'`,
          [station.id],
        );
        expect(n).toBe(1);

        // The desk syncs (the app syncs on opening) and today's visits hold the door check-in beside its own walk-in.
        await desk.goto(`${server.url}/desk/walkins`);
        await log.waitFor();
        await visits.filter({ hasText: '扫码签到' }).filter({ hasText: '找工作' }).waitFor({ timeout: 30_000 });
        expect(await visits.count()).toBe(2);
        await desk.getByTestId('walkins-count').filter({ hasText: '2' }).waitFor();
        await desk.getByTestId('walkins-tally-job').filter({ hasText: '1' }).waitFor();
      });
    },
    SLOW,
  );
});

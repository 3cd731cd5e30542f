/**
 * 驿站签到: where a station's door code leads (扫一扫 opens it). A worker taps what they came
 * for and the visit is logged on their phone, offline if need be, and sent when there is a
 * connection. One check-in a day counts (the mutator holds to it on the phone and the server);
 * a second scan that day shows the first. Checking in earns no points: stations have no
 * setting for it.
 */
import { A, useParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { CHECK_IN_ROLES, isStaff } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import { recordKey } from '../../core/records';
import { useActor } from '../../ui/actor';
import { formatTime } from '../../ui/format';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { myProfile } from '../seekers';
import { ReasonButtons } from './ReasonButtons';
import { type Reason, servicesFor } from './reasons';
import { t } from './strings';
import { checkInToday } from './walkins.repo';

export default function CheckInPage() {
  const { db, write } = useServices();
  const params = useParams<{ stationId: string }>();
  const actor = useActor();
  const station = createLiveQuery(
    () => params.stationId,
    (id) => db.stations.get(id),
    undefined,
  );
  const profile = createLiveQuery(
    () => actor().userId,
    () => myProfile(db),
    undefined,
  );
  const today = createLiveQuery(
    () => ({ station: params.stationId, seeker: profile()?.id }),
    ({ station, seeker }) => (seeker ? checkInToday(db, station, seeker, Date.now()) : Promise.resolve(undefined)),
    undefined,
  );
  const pending = createPendingKeys(db);
  const [justNow, setJustNow] = createSignal(false);

  const checkIn = async (reason: Reason, seekerId: string) => {
    await write('visit.checkIn', {
      id: uuidv7(),
      stationId: params.stationId,
      seekerId,
      services: servicesFor(reason),
    });
    setJustNow(true);
  };

  return (
    <section class="page" data-testid="checkin-page">
      <h2 class="page-title">{t('checkin.title')}</h2>
      <Show when={station()} fallback={<p class="notice warn">{t('checkin.unknownStation')}</p>}>
        {(s) => (
          <>
            <p class="checkin-station">{s().name}</p>
            <Switch>
              <Match when={isStaff(actor())}>
                <p class="muted">{t('checkin.staff')}</p>
              </Match>
              <Match when={actor().role === 'anonymous'}>
                <p>{t('checkin.login')}</p>
                <A href={`/login?next=/checkin/${s().id}`} class="button primary wide">
                  {t('checkin.loginButton')}
                </A>
              </Match>
              <Match when={!CHECK_IN_ROLES.includes(actor().role)}>
                <p class="muted">{t('checkin.workersOnly')}</p>
              </Match>
              <Match when={!profile()}>
                <p>{t('checkin.profile')}</p>
                <A href="/profile" class="button primary wide">
                  {t('checkin.profileButton')}
                </A>
              </Match>
              <Match when={today()}>
                {(visit) => (
                  <div class="notice" role="status" data-testid="checkin-done">
                    <strong>{justNow() ? t('checkin.done') : t('checkin.already')}</strong>
                    <p>{t('checkin.at', { time: formatTime(visit().at) })}</p>
                    <Show when={pending().has(recordKey('visit', visit().id))}>
                      <p class="muted" data-testid="checkin-pending">
                        {t('checkin.offline')}
                      </p>
                    </Show>
                    <p class="muted">{t('checkin.noPoints')}</p>
                  </div>
                )}
              </Match>
              <Match when={profile()}>
                {(me) => (
                  <>
                    <h3>{t('checkin.what')}</h3>
                    <ReasonButtons onChoose={(reason) => checkIn(reason, me().id)} testId="checkin-reason" />
                  </>
                )}
              </Match>
            </Switch>
          </>
        )}
      </Show>
    </section>
  );
}

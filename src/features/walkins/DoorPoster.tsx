/**
 * 打印签到码: an A4 poster for the station's door, in type readable from a step away: the
 * station's name, "进门请扫码签到" and the check-in code (src/core/job-link.ts › checkInUrl),
 * which a worker scans with the app's 扫一扫 to check in on their own phone. Printed from
 * the phone's browser; only the poster goes on paper.
 */
import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { checkInUrl } from '../../core/job-link';
import { QrCode } from '../../ui/qr/QrCode';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { t } from './strings';

export default function DoorPoster() {
  const { db } = useServices();
  const params = useParams<{ stationId: string }>();
  const station = createLiveQuery(
    () => params.stationId,
    (id) => db.stations.get(id),
    undefined,
  );
  return (
    <section class="page" data-testid="door-poster-page">
      <A href="/desk/walkins" class="back no-print">
        ‹ {t('poster.back')}
      </A>
      <h2 class="page-title no-print">{t('walkins.poster')}</h2>
      <p class="muted no-print">{t('walkins.posterHint')}</p>
      <Show when={station()} fallback={<p class="muted">{t('checkin.unknownStation')}</p>}>
        {(s) => (
          <>
            <button type="button" class="button primary wide no-print" onClick={() => window.print()}>
              {t('poster.print')}
            </button>
            <article class="door-poster" data-testid="door-poster">
              <h1 class="door-poster-station">{s().name}</h1>
              <p class="door-poster-scan">{t('poster.scan')}</p>
              <QrCode
                class="door-poster-qr"
                text={checkInUrl(location.origin, s().id)}
                label={t('poster.qrLabel', { station: s().name })}
              />
              <p class="door-poster-how">{t('poster.how')}</p>
              <p class="door-poster-free">{t('poster.free')}</p>
              <Show when={s().phone}>{(phone) => <p class="door-poster-phone">{phone()}</p>}</Show>
            </article>
          </>
        )}
      </Show>
    </section>
  );
}

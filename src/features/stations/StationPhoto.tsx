/**
 * A station's photo, fetched by its hash only when shown (`loading="lazy"`); the service
 * worker keeps each one it fetched, so a station seen once shows its photo offline too. The
 * box is 4:3 whatever the picture (set in app.css), so nothing below it jumps when it loads.
 */
import { Show } from 'solid-js';
import type { Station } from '../../core/records';
import { STATION_PHOTO_MAX_SIDE, stationPhotoUrl } from '../../core/station-photo';
import { t } from './strings';

export function StationPhoto(props: { station: Station; src?: string }) {
  const src = () => props.src ?? stationPhotoUrl(props.station);
  return (
    <Show when={src()}>
      {(url) => (
        <img
          class="station-photo"
          src={url()}
          alt={t('stationPhoto.alt', { name: props.station.name })}
          width={STATION_PHOTO_MAX_SIDE}
          height={(STATION_PHOTO_MAX_SIDE * 3) / 4}
          loading="lazy"
          decoding="async"
          data-testid="station-photo"
        />
      )}
    </Show>
  );
}

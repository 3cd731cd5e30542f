/**
 * 照片 on the station form: take or choose a picture, see it made small, 上传. Unlike the
 * rest of the form it needs the network (a photo is no record and never waits in the
 * outbox), so offline it says so and the other fields keep working.
 */
import { createSignal, onCleanup, Show } from 'solid-js';
import type { Station } from '../../core/records';
import { errorText } from '../../ui/errors';
import { createOnline } from '../../ui/online';
import { useServices } from '../../ui/services';
import { downscalePhoto, PhotoUploadError, uploadStationPhoto } from './photo';
import { StationPhoto } from './StationPhoto';
import { t } from './strings';

type Step =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'ready' }
  | { kind: 'uploading'; share: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

export function StationPhotoField(props: { station: Station }) {
  const { auth, scheduler } = useServices();
  const [photo, setPhoto] = createSignal<{ blob: Blob; url: string }>();
  const [step, setStep] = createSignal<Step>({ kind: 'idle' });
  const online = createOnline();
  // A failed upload can tell of a lost network before the browser does.
  const [unreachable, setUnreachable] = createSignal(false);
  const offline = () => !online() || unreachable();
  onCleanup(() => {
    const shown = photo();
    if (shown) URL.revokeObjectURL(shown.url);
  });

  async function pick(file: File | undefined) {
    if (!file) return;
    setStep({ kind: 'preparing' });
    try {
      const blob = await downscalePhoto(file);
      const previous = photo();
      if (previous) URL.revokeObjectURL(previous.url);
      setPhoto({ blob, url: URL.createObjectURL(blob) });
      setStep({ kind: 'ready' });
    } catch {
      setStep({ kind: 'failed', message: errorText('NOT_JPEG') });
    }
  }

  async function upload() {
    const chosen = photo();
    if (!chosen) return;
    setUnreachable(false);
    setStep({ kind: 'uploading', share: 0 });
    try {
      const session = await auth.freshSession();
      if (!session) throw new PhotoUploadError('LOGIN_REQUIRED');
      await uploadStationPhoto(props.station.id, chosen.blob, session.accessToken, (share) =>
        setStep({ kind: 'uploading', share }),
      );
      setStep({ kind: 'done' });
      // The station record now names the photo: fetch it, so every screen of this phone shows it.
      void scheduler.syncNow();
    } catch (error) {
      // Renewing the login can fail for want of a network too.
      const code = error instanceof PhotoUploadError ? error.code : navigator.onLine ? 'FAILED' : 'NETWORK';
      setUnreachable(code === 'NETWORK');
      setStep(code === 'NETWORK' ? { kind: 'ready' } : { kind: 'failed', message: errorText(code) });
    }
  }

  const busy = () => step().kind === 'preparing' || step().kind === 'uploading';
  const uploading = () => {
    const now = step();
    return now.kind === 'uploading' ? now : undefined;
  };
  const failed = () => {
    const now = step();
    return now.kind === 'failed' ? now : undefined;
  };

  return (
    <section class="station-photo-field" data-testid="station-photo-field">
      <h3>{t('stationPhoto.title')}</h3>
      <StationPhoto station={props.station} src={photo()?.url} />
      <Show when={!photo() && !props.station.photo}>
        <p class="muted">{t('stationPhoto.none')}</p>
      </Show>
      <label class="button wide station-photo-pick" aria-disabled={busy() ? 'true' : undefined}>
        {t(props.station.photo || photo() ? 'stationPhoto.change' : 'stationPhoto.pick')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          disabled={busy()}
          data-testid="station-photo-input"
          onChange={(event) => void pick(event.currentTarget.files?.[0])}
        />
      </label>
      <Show when={step().kind === 'preparing'}>
        <p class="muted" role="status">
          {t('stationPhoto.preparing')}
        </p>
      </Show>
      <Show when={photo() && step().kind !== 'done'}>
        <button
          type="button"
          class="button primary wide"
          disabled={busy() || !online()}
          data-testid="station-photo-upload"
          onClick={() => void upload()}
        >
          {t('stationPhoto.upload')}
        </button>
      </Show>
      <Show when={photo() && offline()}>
        <p class="notice warn" role="status" data-testid="station-photo-offline">
          {t('stationPhoto.offline')}
        </p>
      </Show>
      <Show when={uploading()}>
        {(now) => (
          <p role="status">
            <progress max={100} value={Math.round(now().share * 100)} aria-label={t('stationPhoto.uploading')} />{' '}
            {t('stationPhoto.uploading')}
          </p>
        )}
      </Show>
      <Show when={step().kind === 'done'}>
        <p class="notice" role="status" data-testid="station-photo-done">
          {t('stationPhoto.done')}
        </p>
      </Show>
      <Show when={failed()}>
        {(now) => (
          <p class="notice warn" role="alert" data-testid="station-photo-error">
            {now().message}
          </p>
        )}
      </Show>
    </section>
  );
}

/** "下载本县地图 (N MB)": stores the deployment's basemap for offline use, with progress. */
import { createResource, createSignal, Show, Switch, Match } from 'solid-js';
import { t } from '../strings';
import { megabytes } from '../../../ui/format';
import { createOnline } from '../../../ui/online';
import { downloadBasemap, remoteBasemapBytes } from './basemap';

export function BasemapBar(props: { url: string; storedBytes: number | null; onStored: (bytes: number) => void }) {
  const online = createOnline();

  const [size] = createResource(() => online() && props.storedBytes === null && props.url, remoteBasemapBytes);
  const [percent, setPercent] = createSignal<number | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function download() {
    setError(null);
    setPercent(0);
    try {
      const bytes = await downloadBasemap(props.url, (received, total) =>
        setPercent(total ? Math.floor((received / total) * 100) : 0),
      );
      props.onStored(bytes);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPercent(null);
    }
  }

  return (
    <div class="basemap-bar" data-testid="basemap-bar">
      <Switch>
        <Match when={props.storedBytes !== null}>
          <p class="muted" data-testid="basemap-stored">
            {t('map.basemapStored', { size: megabytes(props.storedBytes ?? 0) })}
          </p>
        </Match>
        <Match when={percent() !== null}>
          <label class="basemap-progress">
            {t('map.basemapDownloading', { percent: percent() ?? 0 })}
            <progress max={100} value={percent() ?? 0} />
          </label>
        </Match>
        <Match when={!online()}>
          <p class="muted">{t('map.basemapOffline')}</p>
        </Match>
        <Match when={online()}>
          <button type="button" class="button wide" data-testid="basemap-download" onClick={download}>
            {size() ? t('map.basemapDownload', { size: megabytes(size()!) }) : t('map.basemapDownloadUnknown')}
          </button>
        </Match>
      </Switch>
      <Show when={error()}>
        {(message) => <p class="field-error">{t('map.basemapFailed', { message: message() })}</p>}
      </Show>
    </div>
  );
}

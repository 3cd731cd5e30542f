/**
 * 县里的岗位资料: a station desk saves its county's jobs, stations and policies to one file;
 * a field phone with no network loads it, so 岗位 and 驿站 answer in the villages. The rows
 * land as a pull's would (newer versions replace them at the next real sync; the phone's
 * sync cursors are not touched), and a file with one bad row loads nothing.
 */
import { createSignal, For, Show } from 'solid-js';
import { DESK_ROLES } from '../../core/roles';
import { regionName } from '../../core/regions';
import { SyncFileError } from '../../core/sync-file';
import { useActor } from '../../ui/actor';
import { errorText } from '../../ui/errors';
import { useServices } from '../../ui/services';
import { saveFile } from '../../ui/save-file';
import { fileName, syncFileBlob } from './save';
import { FilePick } from './FilePick';
import { t } from './strings';
import { type CountyCounts, countyFile, loadCountyFile, textOf } from './syncfile.repo';

const countWords = (counts: CountyCounts) => ({ jobs: counts.job, stations: counts.station, policies: counts.policy });

export default function CountyPage() {
  const { db } = useServices();
  const actor = useActor();
  const [county, setCounty] = createSignal<string>();
  const [message, setMessage] = createSignal<{ text: string; warn: boolean }>();
  const chosen = () => county() ?? actor().counties[0];
  const fail = (error: unknown) =>
    setMessage({
      text: t('syncfile.failed', { reason: errorText(error instanceof SyncFileError ? error.code : 'FAILED') }),
      warn: true,
    });

  async function exportCounty() {
    const code = chosen();
    if (!code) return;
    try {
      const made = await countyFile(db, code);
      const name = fileName(`${t('syncfile.countyFileName')}-${regionName(code) ?? code}`, Date.now());
      saveFile(syncFileBlob(made.text), name);
      setMessage({ text: t('syncfile.countyExported', { name, ...countWords(made.counts) }), warn: false });
    } catch (error) {
      fail(error);
    }
  }

  async function load(file: File | undefined) {
    if (!file) return;
    try {
      const loaded = await loadCountyFile(db, await textOf(file));
      setMessage({
        text: t('syncfile.countyLoaded', {
          ...countWords(loaded.counts),
          when: new Date(loaded.exportedAt).toLocaleString(),
        }),
        warn: false,
      });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section class="page syncfile" data-testid="syncfile-county">
      <h2 class="page-title">{t('syncfile.countyTitle')}</h2>
      <p class="muted">{t('syncfile.countyHint')}</p>
      <Show when={DESK_ROLES.includes(actor().role) && actor().counties.length > 0}>
        <Show when={actor().counties.length > 1}>
          <label class="field">
            <span class="field-label">{t('syncfile.countyPick')}</span>
            <select value={chosen()} onChange={(e) => setCounty(e.currentTarget.value)}>
              <For each={actor().counties}>{(code) => <option value={code}>{regionName(code) ?? code}</option>}</For>
            </select>
          </label>
        </Show>
        <button
          type="button"
          class="button primary wide"
          data-testid="county-export"
          onClick={() => void exportCounty()}
        >
          {t('syncfile.countyExport')}
        </button>
      </Show>
      <FilePick label={t('syncfile.countyLoad')} testId="county-file" onPick={(file) => void load(file)} />
      <Show when={message()}>
        {(m) => (
          <p class={m().warn ? 'notice warn' : 'notice'} role="status" data-testid="county-message">
            {m().text}
          </p>
        )}
      </Show>
    </section>
  );
}

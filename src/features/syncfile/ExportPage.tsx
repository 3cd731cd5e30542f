/**
 * 导出未发送的记录: the logged-in account's unsent writes as one signed file, to carry to a
 * station by hand. The writes stay in the outbox, still marked 待同步: they are settled when
 * this phone syncs (the server answers them as already processed if the desk imported them).
 */
import { createSignal, Show } from 'solid-js';
import { SyncFileError } from '../../core/sync-file';
import { errorText } from '../../ui/errors';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { saveFile, shareOrSave } from '../../ui/save-file';
import { canShareFiles, fileName, syncFileBlob } from './save';
import { t } from './strings';
import { unsentCounts, unsentFile } from './syncfile.repo';

const PROBLEM_WORDS = { login: 'syncfile.needLogin', key: 'syncfile.needKey', empty: 'syncfile.exportNone' } as const;

export default function ExportPage() {
  const { db } = useServices();
  const counts = createLiveQuery(
    () => null,
    () => unsentCounts(db),
    { mine: 0, others: 0 },
  );
  const [message, setMessage] = createSignal<{ text: string; warn: boolean }>();
  const shareable = canShareFiles();

  async function hand(over: (file: Blob, name: string) => unknown) {
    try {
      const made = await unsentFile(db);
      if (typeof made === 'string') {
        setMessage({ text: t(PROBLEM_WORDS[made]), warn: made !== 'empty' });
        return;
      }
      const name = fileName(t('syncfile.fileName'), Date.now());
      await over(syncFileBlob(made.text), name);
      setMessage({ text: t('syncfile.exported', { name, n: made.count }), warn: false });
    } catch (error) {
      const reason = error instanceof SyncFileError ? errorText(error.code) : errorText('FAILED');
      setMessage({ text: t('syncfile.failed', { reason }), warn: true });
    }
  }

  return (
    <section class="page syncfile" data-testid="syncfile-export">
      <h2 class="page-title">{t('syncfile.exportTitle')}</h2>
      <p class="muted">{t('syncfile.exportHint')}</p>
      <p class={counts().mine > 0 ? 'notice warn' : 'notice'} data-testid="syncfile-count">
        {counts().mine > 0 ? t('syncfile.exportCount', { n: counts().mine }) : t('syncfile.exportNone')}
      </p>
      <Show when={counts().others > 0}>
        <p class="muted">{t('syncfile.otherAccounts', { n: counts().others })}</p>
      </Show>
      <Show when={counts().mine > 0}>
        <button
          type="button"
          class="button primary wide"
          data-testid="syncfile-download"
          onClick={() => void hand(saveFile)}
        >
          {t('syncfile.exportButton')}
        </button>
        <Show when={shareable}>
          <button
            type="button"
            class="button wide"
            onClick={() => void hand((file, name) => shareOrSave(file, name, t('syncfile.exportTitle')))}
          >
            {t('syncfile.shareButton')}
          </button>
        </Show>
      </Show>
      <Show when={message()}>
        {(m) => (
          <p class={m().warn ? 'notice warn' : 'notice'} role="status" data-testid="syncfile-message">
            {m().text}
          </p>
        )}
      </Show>
    </section>
  );
}

/**
 * 导入同步文件 (a station desk): pick the file a field worker carried in, see what it holds
 * in words, then hand it to the server, which checks the signature and applies each write
 * as the person who made it. Importing the same file again changes nothing ("已导入过").
 * The server is needed: offline, the page says so and the file waits.
 */
import { createSignal, For, Show } from 'solid-js';
import { IMPORT_PATH, type ErrorBody, type ImportLine, type ImportResponse } from '../../core/protocol';
import { SyncFileError, type SyncFile, type UnsentBody } from '../../core/sync-file';
import { NetworkError, postJson } from '../../sync/http';
import { errorText } from '../../ui/errors';
import { useServices } from '../../ui/services';
import { describeWrites } from '../me';
import { FilePick } from './FilePick';
import { t } from './strings';
import { readUnsentFile, textOf } from './syncfile.repo';

interface Picked {
  envelope: SyncFile;
  body: UnsentBody;
  /** Each write in words, in the file's order. */
  words: string[];
}

const OUTCOME_WORDS = {
  applied: 'syncfile.applied',
  already: 'syncfile.already',
  refused: 'syncfile.refused',
} as const;

export default function ImportPage() {
  const { db, auth, scheduler } = useServices();
  const [picked, setPicked] = createSignal<Picked>();
  const [result, setResult] = createSignal<ImportResponse>();
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  async function pick(file: File | undefined) {
    setPicked(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (!file) return;
    try {
      const { envelope, body } = await readUnsentFile(await textOf(file));
      setPicked({ envelope, body, words: await describeWrites(db, body.mutations) });
    } catch (error) {
      setProblem(errorText(error instanceof SyncFileError ? error.code : 'FAILED'));
    }
  }

  async function send(file: Picked) {
    setBusy(true);
    setProblem(undefined);
    try {
      const session = await auth.freshSession();
      const answer = await postJson<ImportResponse | ErrorBody>(
        (input, init) => fetch(input, init),
        IMPORT_PATH,
        file.envelope,
        session?.accessToken,
      );
      if (answer.status === 200) {
        setResult(answer.body as ImportResponse);
        // The imported people and jobs reach this desk's own lists with its next pull: now.
        void scheduler.syncNow();
      } else setProblem(errorText((answer.body as ErrorBody).error));
    } catch (error) {
      setProblem(error instanceof NetworkError ? t('syncfile.needNetwork') : errorText(codeOf(error)));
    } finally {
      setBusy(false);
    }
  }

  const lineOf = (seq: number): ImportLine | undefined => result()?.lines.find((line) => line.seq === seq);
  const count = (outcome: ImportLine['outcome']) => result()?.lines.filter((l) => l.outcome === outcome).length ?? 0;

  return (
    <section class="page syncfile" data-testid="syncfile-import">
      <h2 class="page-title">{t('syncfile.importTitle')}</h2>
      <p class="muted">{t('syncfile.importHint')}</p>
      <FilePick label={t('syncfile.pick')} testId="syncfile-file" onPick={(file) => void pick(file)} />
      <Show when={!navigator.onLine}>
        <p class="notice warn">{t('syncfile.needNetwork')}</p>
      </Show>
      <Show when={problem()}>
        <p class="notice warn" role="alert" data-testid="syncfile-problem">
          {problem()}
        </p>
      </Show>
      <Show when={picked()}>
        {(file) => (
          <>
            <p class="notice" data-testid="syncfile-from">
              {t('syncfile.fileFrom', {
                who: result()?.name ?? t('syncfile.someone'),
                when: new Date(file().body.exportedAt).toLocaleString(),
                n: file().body.mutations.length,
              })}
            </p>
            <Show when={result()}>
              <h3>{t('syncfile.resultTitle')}</h3>
              <p class="notice" role="status" data-testid="syncfile-summary">
                {t('syncfile.summary', {
                  applied: count('applied'),
                  already: count('already'),
                  refused: count('refused'),
                })}
              </p>
            </Show>
            <ul class="cards" data-testid="syncfile-lines">
              <For each={file().body.mutations}>
                {(mutation, i) => (
                  <li class="card" data-testid="syncfile-line">
                    <div class="card-row">
                      <span>{file().words[i()]}</span>
                      <Show when={lineOf(mutation.seq)}>
                        {(line) => (
                          <span
                            class={line().outcome === 'refused' ? 'chip chip-pending' : 'chip chip-ok'}
                            data-testid="syncfile-outcome"
                            data-outcome={line().outcome}
                          >
                            {t(OUTCOME_WORDS[line().outcome])}
                          </span>
                        )}
                      </Show>
                    </div>
                    <Show when={lineOf(mutation.seq)}>
                      {(line) => {
                        const current = line();
                        return current.outcome === 'refused' ? <p class="muted">{errorText(current.code)}</p> : null;
                      }}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <button
              type="button"
              class="button primary wide"
              data-testid="syncfile-import-button"
              disabled={busy()}
              onClick={() => void send(file())}
            >
              {busy() ? t('syncfile.importing') : t('syncfile.importButton')}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}

/** A failure as a code for errorText: a login that must be renewed, or anything else. */
const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'FAILED';

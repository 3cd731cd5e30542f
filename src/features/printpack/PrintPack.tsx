/**
 * 打印村务公告 (/desk/print): the desk picks jobs by place, trade or "checked this week", sees
 * them as A4 sheets, one pile per notice board, and prints them from the phone's browser or
 * downloads a PDF. Either way the print log records which postings went to which board, and
 * 要撕下的 lists the sheets whose job has closed since.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { mayPrintForBoards } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import { BOARD_PRINT_JOBS_MAX, type Job } from '../../core/records';
import { useActor } from '../../ui/actor';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { type Batch, batchesByBoard, boardName, packJobs, placeChoices, staleSheets, WHOLE_COUNTY } from './pack';
import { countyJobs, deskStation, printLog } from './printpack.repo';
import { Sheet } from './Sheet';
import { boardLabel, dayText, sheetContent } from './sheet';
import { t } from './strings';
import { saveFile } from '../../ui/save-file';
import { occupationLabel } from '../../core/occupations';
import { lang } from '../../i18n';

/**
 * The place select's values besides a board: nothing chosen yet (the start: a county's
 * boards are hundreds of A4 sheets, slow to draw on a phone), or the whole county on purpose.
 */
const NOT_CHOSEN = '';
const EVERY_PLACE = 'county';

const closedWord = (job: Job) =>
  job.deleted ? t('print.status.removed') : t(`print.status.${job.status as 'filled'}`);

/** One filter: its first, empty option (`all`: every choice, or none yet) or one of the choices. */
function ChoiceSelect(props: {
  name: string;
  label: string;
  all: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.all}</option>
        <For each={props.choices}>{(c) => <option value={c.value}>{c.label}</option>}</For>
      </select>
    </label>
  );
}

export default function PrintPack() {
  const { db, write } = useServices();
  const actor = useActor();
  const station = createLiveQuery(actor, (who) => deskStation(db, who), undefined);
  const jobs = createLiveQuery(station, async (s) => (s ? countyJobs(db, s) : []), []);
  const log = createLiveQuery(
    () => station()?.id,
    async (id) => (id ? printLog(db, id) : { prints: [], jobsById: new Map() }),
    { prints: [], jobsById: new Map() },
  );
  const [query, setQuery] = createSignal(WHOLE_COUNTY);
  const [said, setSaid] = createSignal('');
  const [making, setMaking] = createSignal<{ done: number; total: number }>();

  const open = createMemo(() => packJobs(jobs(), WHOLE_COUNTY, Date.now()));
  // Sheets are drawn only for the boards chosen.
  const batches = createMemo(() => {
    const { place } = query();
    if (place === NOT_CHOSEN) return [];
    return batchesByBoard(packJobs(jobs(), { ...query(), place: place === EVERY_PLACE ? '' : place }, Date.now()));
  });
  const sheets = createMemo(() =>
    batches().flatMap((batch) => batch.jobs.map((job) => sheetContent(job, station(), batch, location.origin))),
  );
  const stale = createMemo(() => staleSheets(log().prints, log().jobsById));
  const occupations = createMemo(() =>
    [...new Set(open().map((job) => job.occupationCode))]
      .map((code) => ({ value: code, label: occupationLabel(code, lang()) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
  );

  /** One `boardPrint` per board (a board's batch split where it passes the record's bound). */
  const logPrints = async (printed: readonly Batch[]) => {
    const stationId = station()?.id;
    if (!stationId) return;
    for (const batch of printed)
      for (let from = 0; from < batch.jobs.length; from += BOARD_PRINT_JOBS_MAX)
        await write('boardPrint.log', {
          id: uuidv7(),
          stationId,
          regionCode: batch.board,
          jobIds: batch.jobs.slice(from, from + BOARD_PRINT_JOBS_MAX).map((job) => job.id),
        });
    setSaid(t('print.logged', { boards: printed.length }));
  };

  const print = async () => {
    const printed = batches();
    window.print();
    await logPrints(printed);
  };

  const download = async () => {
    const printed = batches();
    const content = sheets();
    setSaid('');
    setMaking({ done: 0, total: content.length });
    try {
      const { packPdf } = await import('./pdf');
      const pdf = await packPdf(content, (done) => setMaking({ done, total: content.length }));
      saveFile(
        pdf,
        `${t('print.title')}-${printed
          .map((b) => b.name)
          .join('、')
          .slice(0, 40)}.pdf`,
      );
      await logPrints(printed);
    } catch (error) {
      console.error('[print pack]', error);
      setSaid(t('print.pdfFailed'));
    } finally {
      setMaking(undefined);
    }
  };

  return (
    <section class="page print-pack">
      <A href="/me" class="back">
        ‹ {t('print.back')}
      </A>
      <h2 class="page-title no-print">{t('print.title')}</h2>
      <Show
        when={mayPrintForBoards(actor())}
        fallback={
          // Said only once the account is read: before that every page sees nobody logged in.
          <Show when={actor().role !== 'anonymous'}>
            <p class="notice warn">{t('print.noStation')}</p>
          </Show>
        }
      >
        <div class="no-print">
          <p class="muted">{t('print.hint')}</p>
          <div class="filter-selects pairs">
            <ChoiceSelect
              name="place"
              label={t('print.place')}
              all={t('print.choosePlace')}
              value={query().place}
              choices={[{ value: EVERY_PLACE, label: t('print.allPlaces') }, ...placeChoices(open())]}
              onChange={(place) => setQuery({ ...query(), place })}
            />
            <ChoiceSelect
              name="occupation"
              label={t('print.occupation')}
              all={t('print.allOccupations')}
              value={query().occupation}
              choices={occupations()}
              onChange={(occupation) => setQuery({ ...query(), occupation })}
            />
          </div>
          <label class="print-check">
            <input
              type="checkbox"
              name="verifiedThisWeek"
              checked={query().verifiedThisWeek}
              onChange={(e) => setQuery({ ...query(), verifiedThisWeek: e.currentTarget.checked })}
            />
            {t('print.verifiedThisWeek')}
          </label>
          <p class="muted" data-testid="print-count">
            {t('print.count', { boards: batches().length, n: sheets().length })}
          </p>
          <div class="row">
            <button
              type="button"
              class="button primary"
              disabled={sheets().length === 0}
              onClick={print}
              data-testid="print-now"
            >
              {t('print.print')}
            </button>
            <button
              type="button"
              class="button"
              disabled={sheets().length === 0 || making() !== undefined}
              onClick={download}
              data-testid="print-pdf"
            >
              {t('print.pdf')}
            </button>
          </div>
          <p class="muted" role="status" data-testid="print-status">
            {making() ? t('print.making', { done: making()!.done, total: making()!.total }) : said()}
          </p>

          <h3>{t('print.takeDownTitle')}</h3>
          <Show when={stale().length > 0} fallback={<p class="empty">{t('print.takeDownNone')}</p>}>
            <p class="muted">{t('print.takeDownHint')}</p>
            <ul class="cards" data-testid="take-down">
              <For each={stale()}>
                {(sheet) => (
                  <li class="card">
                    <A href={`/jobs/${sheet.job.id}`} class="card-link">
                      <strong>{boardName(sheet.board)}</strong> · {sheet.job.title}
                      <p class="muted">
                        {closedWord(sheet.job)} · {t('print.printedOn', { date: dayText(sheet.printedAt) })}
                      </p>
                    </A>
                    <button
                      type="button"
                      class="button"
                      onClick={() =>
                        write('boardPrint.takeDown', { ids: sheet.printIds, jobId: sheet.job.id }).catch(() =>
                          setSaid(t('print.takeDownFailed')),
                        )
                      }
                      data-testid="taken-down"
                    >
                      {t('print.takenDown')}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>

        <Show
          when={sheets().length > 0}
          fallback={
            <p class="empty no-print" data-testid="print-empty">
              {query().place === NOT_CHOSEN ? t('print.choosePlace') : t('print.none')}
            </p>
          }
        >
          <For each={batches()}>
            {(batch) => (
              <section class="sheet-batch" data-testid="sheet-batch">
                <h3 class="no-print">
                  {boardLabel(batch)} · {t('print.sheets', { n: batch.jobs.length })}
                </h3>
                <For each={batch.jobs}>
                  {(job) => <Sheet sheet={sheetContent(job, station(), batch, location.origin)} />}
                </For>
              </section>
            )}
          </For>
        </Show>
      </Show>
    </section>
  );
}

/**
 * 导入表格 (desks): an employer's list of jobs or last year's register of people, from an
 * .xlsx/.xls/CSV. The file is read in a worker; the columns are guessed from their heads and
 * the desk can change each; every row is checked with the mutator's own schema and shown as it
 * will be saved; refused rows are listed with their reasons and can be downloaded; the new
 * rows are saved in one transaction (all or none), and rows imported before are not added again.
 */
import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { occupationByCode } from '../../core/occupations';
import { placeWithDetail } from '../../core/regions';
import type { SheetRead, SheetRow } from '../../core/sheet-read';
import { wageAmount } from '../../core/words';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { FIELDS_OF, findHead, guessMapping, type ImportField, type ImportKind } from './import-fields';
import { checkRows } from './import-rows';
import {
  type Accepted,
  columnName,
  fieldLabel,
  importContext,
  importedBefore,
  problemTable,
  problemText,
  type Refused,
  saveNew,
} from './import-run';
import { readSheetFile } from './read-bridge';
import ExportButtons from './ExportButtons';
import { t } from './strings';

const KINDS: ImportKind[] = ['job', 'seeker'];
const PREVIEW_ROWS = 5;
const PROBLEMS_SHOWN = 20;

type Loaded = Extract<SheetRead, { ok: true }>;

/** One saved row as the desk reads it: field label → words. */
function previewOf(row: Accepted): [string, string][] {
  const { name, args } = row.write;
  if (name === 'job.post') {
    return [
      [fieldLabel('title'), args.title],
      [fieldLabel('occupation'), occupationByCode(args.occupationCode)?.name ?? ''],
      [fieldLabel('employerName'), args.employerName],
      [fieldLabel('place'), placeWithDetail(args.regionCode, args.place)],
      [fieldLabel('wage'), t(`wage.${args.wageUnit}`, { amount: wageAmount(args.wageMin, args.wageMax) })],
      [fieldLabel('payPeriod'), t(`pay.${args.payPeriod}`)],
      [fieldLabel('headcount'), String(args.headcount)],
      [fieldLabel('contactPhone'), args.contactPhone ?? ''],
    ];
  }
  if (name === 'seeker.register') {
    return [
      [fieldLabel('name'), args.name],
      [fieldLabel('phone'), args.phone ?? ''],
      [fieldLabel('birthYear'), args.birthYear ? String(args.birthYear) : ''],
      [fieldLabel('place'), placeWithDetail(args.regionCode, args.village)],
      [fieldLabel('occupations'), args.wishes.occupations.map((code) => occupationByCode(code)?.name).join('、')],
      [fieldLabel('skills'), args.skills.join('、')],
    ];
  }
  return [];
}

export default function SheetImport() {
  const { db, writeAll } = useServices();
  const actor = useActor();
  const [kind, setKind] = createSignal<ImportKind>('job');
  const [opened, setOpened] = createSignal<Loaded>();
  const [sheet, setSheet] = createSignal<{ head: string[]; rows: SheetRow[] }>();
  const [refusal, setRefusal] = createSignal<string>();
  const [reading, setReading] = createSignal(false);
  const [mapping, setMapping] = createSignal<(ImportField | undefined)[]>([]);
  const [employer, setEmployer] = createSignal('');
  const [progress, setProgress] = createSignal<number>();
  const [saving, setSaving] = createSignal(false);
  const [said, setSaid] = createSignal('');
  /** Bumped after a save so the rows are checked again (the saved ones now count as imported before). */
  const [saves, setSaves] = createSignal(0);

  /** The sheet as read, and as a table of the chosen kind (its head found: titles above it dropped). */
  const show = (file: Loaded | undefined, as: ImportKind) => {
    const table = file && findHead(as, file);
    setSheet(table);
    setMapping(table ? guessMapping(as, table.head) : []);
  };

  const choose = async (file: File | undefined) => {
    setOpened(undefined);
    show(undefined, kind());
    setRefusal(undefined);
    setSaid('');
    if (!file) return;
    setReading(true);
    const result = await readSheetFile(file);
    setReading(false);
    if (!result.ok) return setRefusal(t(`sheets.import.read.${result.problem}`));
    setOpened(result);
    show(result, kind());
  };

  const changeKind = (next: ImportKind) => {
    setKind(next);
    setSaid('');
    show(opened(), next);
  };

  const [checked] = createResource(
    () => {
      const loaded = sheet();
      return loaded && { loaded, mapping: mapping(), kind: kind(), employer: employer(), who: actor(), saves: saves() };
    },
    async ({ loaded, mapping, kind, employer, who }) => {
      const ctx = await importContext(db, who, kind, employer);
      setProgress(0);
      const verdicts = await checkRows(loaded.head, loaded.rows, mapping, ctx, setProgress);
      setProgress(undefined);
      const accepted = verdicts.filter((v): v is Accepted => v.ok);
      const refused = verdicts.filter((v): v is Refused => !v.ok);
      return { verdicts, accepted, refused, before: await importedBefore(db, kind, accepted) };
    },
  );
  const fresh = createMemo(() => {
    const c = checked();
    return c ? c.accepted.filter((row) => !c.before.has(row.id)).length : 0;
  });
  const needsEmployer = () => kind() === 'job' && !mapping().includes('employerName');

  const save = async () => {
    const c = checked();
    if (!c) return;
    setSaving(true);
    setSaid('');
    try {
      const added = await saveNew(writeAll, c.accepted, c.before);
      setSaid(added > 0 ? t('sheets.import.done', { n: added }) : t('sheets.import.nothingNew'));
      setSaves(saves() + 1);
    } catch (error) {
      console.error('[import]', error);
      setSaid(t('sheets.import.failed'));
    } finally {
      setSaving(false);
    }
  };

  const setColumn = (column: number, field: ImportField | undefined) =>
    // A field is one column's: choosing it here takes it from the column that had it.
    setMapping(mapping().map((f, i) => (i === column ? field : f === field ? undefined : f)));

  return (
    <section class="page sheet-import">
      <A href="/me" class="back">
        ‹ {t('tab.me')}
      </A>
      <h2 class="page-title">{t('sheets.import.title')}</h2>
      <p class="muted">{t('sheets.import.hint')}</p>

      <fieldset class="sheet-kind">
        <legend>{t('sheets.import.kind')}</legend>
        <For each={KINDS}>
          {(k) => (
            <label class="choice">
              <input
                type="radio"
                class="sheet-radio"
                name="kind"
                value={k}
                checked={kind() === k}
                onChange={() => changeKind(k)}
                data-testid={`import-kind-${k}`}
              />
              {t(`sheets.import.kind.${k}`)}
            </label>
          )}
        </For>
      </fieldset>

      <label class="sheet-field">
        {t('sheets.import.file')}
        <input
          type="file"
          class="sheet-input"
          name="sheet"
          accept=".xlsx,.xls,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
          data-testid="import-file"
        />
      </label>
      <Show when={reading()}>
        <p class="muted" role="status">
          {t('sheets.import.reading')}
        </p>
      </Show>
      <Show when={refusal()}>
        <p class="notice warn" role="alert" data-testid="import-refused">
          {refusal()}
        </p>
      </Show>

      <Show when={sheet()}>
        {(loaded) => (
          <>
            <h3>{t('sheets.import.mapping')}</h3>
            <p class="muted">{t('sheets.import.mappingHint')}</p>
            <div class="sheet-mapping">
              <For each={loaded().head}>
                {(head, column) => (
                  <label class="sheet-field">
                    {t('sheets.import.column', { n: column() + 1, head })}
                    <select
                      class="sheet-input"
                      name={`column-${column()}`}
                      value={mapping()[column()] ?? ''}
                      onChange={(e) => setColumn(column(), (e.currentTarget.value || undefined) as ImportField)}
                      data-testid="import-column"
                    >
                      <option value="">{t('sheets.import.skip')}</option>
                      <For each={FIELDS_OF[kind()]}>
                        {(field) => <option value={field}>{fieldLabel(field)}</option>}
                      </For>
                    </select>
                  </label>
                )}
              </For>
            </div>
            <Show when={needsEmployer()}>
              <label class="sheet-field">
                {t('sheets.import.employerAll')}
                <input
                  type="text"
                  class="sheet-input"
                  name="employerName"
                  maxLength={60}
                  value={employer()}
                  onChange={(e) => setEmployer(e.currentTarget.value)}
                />
              </label>
            </Show>

            <Show when={progress() !== undefined}>
              <p class="muted" role="status" data-testid="import-progress">
                {t('sheets.import.checking', { done: progress() ?? 0, total: loaded().rows.length })}
              </p>
            </Show>
            <Show when={checked.latest}>
              {(c) => (
                <>
                  <p data-testid="import-summary">
                    {t('sheets.import.summary', {
                      total: c().verdicts.length,
                      ok: c().accepted.length,
                      bad: c().refused.length,
                    })}
                  </p>
                  <Show when={c().before.size > 0}>
                    <p class="muted" data-testid="import-already">
                      {t('sheets.import.already', { n: c().before.size })}
                    </p>
                  </Show>

                  <Show when={c().accepted.length > 0}>
                    <h3>{t('sheets.import.preview', { n: Math.min(PREVIEW_ROWS, c().accepted.length) })}</h3>
                    <ul class="cards sheet-preview" data-testid="import-preview">
                      <For each={c().accepted.slice(0, PREVIEW_ROWS)}>
                        {(row) => (
                          <li class="card">
                            <dl>
                              <For each={previewOf(row)}>
                                {([label, value]) => (
                                  <>
                                    <dt>{label}</dt>
                                    <dd>{value || '—'}</dd>
                                  </>
                                )}
                              </For>
                            </dl>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>

                  <button
                    type="button"
                    class="button primary wide"
                    disabled={saving() || checked.loading || fresh() === 0}
                    onClick={() => void save()}
                    data-testid="import-go"
                  >
                    {saving() ? t('sheets.import.saving') : t('sheets.import.go', { n: fresh() })}
                  </button>
                  <p role="status" data-testid="import-status">
                    {said()}
                  </p>

                  <Show when={c().refused.length > 0}>
                    <h3>{t('sheets.import.problems')}</h3>
                    <ul class="sheet-problems" data-testid="import-problems">
                      <For each={c().refused.slice(0, PROBLEMS_SHOWN)}>
                        {(row) => <ProblemLine row={row} head={loaded().head} mapping={mapping()} />}
                      </For>
                    </ul>
                    <Show when={c().refused.length > PROBLEMS_SHOWN}>
                      <p class="muted">{t('sheets.import.moreProblems', { n: c().refused.length - PROBLEMS_SHOWN })}</p>
                    </Show>
                    <ExportButtons
                      table={() => problemTable(c().refused, loaded().head, mapping())}
                      testid="import-report"
                    />
                  </Show>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function ProblemLine(props: { row: Refused; head: readonly string[]; mapping: readonly (ImportField | undefined)[] }) {
  const column = (field: ImportField) => columnName(field, props.head, props.mapping);
  return (
    <li data-testid="import-problem">
      <strong>{t('sheets.import.row', { n: props.row.row })}</strong>{' '}
      {props.row.problems.map((p) => `${column(p.field)}：${problemText(p.code)}`).join('；')}
    </li>
  );
}

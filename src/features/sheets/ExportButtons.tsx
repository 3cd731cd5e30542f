/**
 * 导出 CSV / 导出 Excel under a list: the list the desk is looking at, as a file. The table is
 * asked for on the tap (props.table), so a long list is only worded when someone exports it.
 */
import { createSignal, For, Show } from 'solid-js';
import { downloadTable } from './export';
import { t } from './strings';
import type { SheetFormat, Table } from './table';

const FORMATS: SheetFormat[] = ['xlsx', 'csv'];

export default function ExportButtons(props: { table: () => Table | Promise<Table>; testid?: string }) {
  const [busy, setBusy] = createSignal<SheetFormat>();
  const [failed, setFailed] = createSignal(false);
  const run = async (format: SheetFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadTable(await props.table(), format);
    } catch (error) {
      console.error('[export]', error);
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div class="row export-buttons no-print" data-testid={props.testid ?? 'export'}>
      <For each={FORMATS}>
        {(format) => (
          <button
            type="button"
            class="button"
            disabled={busy() !== undefined}
            onClick={() => void run(format)}
            data-testid={`export-${format}`}
          >
            {busy() === format ? t('sheets.making') : t(`sheets.export.${format}`)}
          </button>
        )}
      </For>
      <Show when={failed()}>
        <p class="error" role="alert">
          {t('sheets.failed')}
        </p>
      </Show>
    </div>
  );
}

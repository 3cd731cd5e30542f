/** One posting as an A4 sheet for a village notice board (print CSS in app.css › 村务公告). */
import { For, Show } from 'solid-js';
import { QrCode } from '../../ui/qr/QrCode';
import { OccupationIcon } from '../occupations';
import { STRIPS, type SheetContent } from './sheet';
import { t } from './strings';

export function Sheet(props: { sheet: SheetContent }) {
  return (
    <article class="sheet" data-testid="sheet">
      <p class="sheet-board">{props.sheet.board}</p>
      <p class="sheet-brand">{t('sheet.brand')}</p>
      <div class="sheet-head">
        <span class="sheet-icon">
          <OccupationIcon code={props.sheet.occupationCode} />
        </span>
        <h3 class="sheet-title">{props.sheet.title}</h3>
      </div>
      <p class="sheet-wage">{props.sheet.wage}</p>
      <p class="sheet-line">{t('sheet.place', { place: props.sheet.place })}</p>
      <p class="sheet-line">{t('sheet.pay', { pay: props.sheet.pay })}</p>
      <Show when={props.sheet.phone}>
        {(phone) => <p class="sheet-phone">{t('sheet.phone', { phone: phone() })}</p>}
      </Show>
      <p class="sheet-nofee">{t('sheet.noFee')}</p>
      <Show when={props.sheet.verifiedOn}>
        {(date) => (
          <p class="sheet-verified" data-testid="sheet-verified">
            {t('sheet.verified', { date: date() })}
          </p>
        )}
      </Show>
      <div class="sheet-qr">
        <QrCode text={props.sheet.qrText} label={t('sheet.qrLabel', { title: props.sheet.title })} />
        <span>{t('sheet.scan')}</span>
      </div>
      <ul class="tear-strips" aria-label={t('sheet.tearOff')} data-testid="tear-strips">
        <For each={Array.from({ length: STRIPS })}>{() => <li class="tear-strip">{props.sheet.strip}</li>}</For>
      </ul>
    </article>
  );
}

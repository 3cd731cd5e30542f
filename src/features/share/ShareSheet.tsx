/**
 * 分享: a job as a link (the phone's own share menu where it has one, else copied), a large QR
 * code that carries the job's essentials, one SMS's worth of text, and a picture card to save
 * or send to a WeChat group. Loaded only when 分享 is tapped on the job's page.
 */
import { createMemo, createResource, createSignal, onCleanup, Show } from 'solid-js';
import { jobEssentials, jobQrText, jobUrl } from '../../core/job-link';
import type { Job, Station } from '../../core/records';
import { countyName, placeLabel, townName } from '../../core/regions/names';
import { QrCode } from '../../ui/qr/QrCode';
import { cardFile } from './card';
import { t } from './strings';
import { copyText, smsText } from './words';

export default function ShareSheet(props: { job: Job; station?: Station; wage: string; onClose: () => void }) {
  const essentials = () => jobEssentials(props.job, props.station);
  const link = () => jobUrl(location.origin, props.job.id);
  const qrText = () => jobQrText(location.origin, essentials());
  const place = () => placeLabel(props.job.regionCode);
  const sms = () =>
    smsText(essentials(), props.wage, townName(props.job.regionCode) ?? countyName(props.job.regionCode) ?? '');
  const [said, setSaid] = createSignal<{ what: 'link' | 'sms'; ok: boolean }>();

  const copy = async (what: 'link' | 'sms', text: string) => setSaid({ what, ok: await copyText(text) });
  const sendLink = async () => {
    if (typeof navigator.share !== 'function') return copy('link', link());
    // A share the user closes rejects with AbortError: nothing to say then.
    await navigator.share({ title: props.job.title, text: sms(), url: link() }).catch(() => {});
  };

  const [card] = createResource(
    () => ({ title: props.job.title, wage: props.wage, place: place(), phone: essentials().phone, qrText: qrText() }),
    (content) => cardFile(content, `${props.job.title.slice(0, 20)}.png`),
  );
  const cardUrl = createMemo(() => {
    const file = card();
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    onCleanup(() => URL.revokeObjectURL(url));
    return url;
  });
  const canShareCard = () => {
    const file = card();
    return !!file && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  };
  const shareCard = () => {
    const file = card();
    if (file) navigator.share({ files: [file], title: props.job.title }).catch(() => {});
  };
  const saidFor = (what: 'link' | 'sms') => (
    <Show when={said()?.what === what}>
      <p class="muted" role="status">
        {said()?.ok ? t('share.copied') : t('share.copyFailed')}
      </p>
    </Show>
  );

  return (
    <section class="share-sheet" aria-labelledby="share-title" data-testid="share-sheet">
      <div class="share-head">
        <h3 id="share-title">{t('share.title')}</h3>
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t('share.close')}
        </button>
      </div>
      <p class="muted">{t('share.hint')}</p>

      <p class="share-text" data-testid="share-link">
        {link()}
      </p>
      <div class="share-actions">
        <button type="button" class="button primary" onClick={sendLink}>
          {t('share.send')}
        </button>
        <button type="button" class="button" onClick={() => copy('link', link())}>
          {t('share.copyLink')}
        </button>
      </div>
      {saidFor('link')}

      <h4>{t('share.qr')}</h4>
      <QrCode text={qrText()} label={t('share.qrLabel', { title: props.job.title })} class="share-qr" />
      <p class="muted">{t('share.qrHint')}</p>

      <h4>{t('share.sms')}</h4>
      <p class="share-text" data-testid="share-sms">
        {sms()}
      </p>
      <div class="share-actions">
        <button type="button" class="button" onClick={() => copy('sms', sms())}>
          {t('share.copySms')}
        </button>
        <a class="button" href={`sms:?body=${encodeURIComponent(sms())}`}>
          {t('share.sendSms')}
        </a>
      </div>
      {saidFor('sms')}

      <h4>{t('share.card')}</h4>
      <Show when={cardUrl()} fallback={<p class="muted">{t('share.cardMaking')}</p>}>
        {(url) => (
          <>
            <img
              class="share-card"
              src={url()}
              alt={t('share.cardAlt', { title: props.job.title, wage: props.wage, place: place() })}
              data-testid="share-card"
            />
            <div class="share-actions">
              <a class="button" href={url()} download={card()?.name} data-testid="share-save-card">
                {t('share.saveCard')}
              </a>
              <Show when={canShareCard()}>
                <button type="button" class="button primary" onClick={shareCard}>
                  {t('share.shareCard')}
                </button>
              </Show>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}

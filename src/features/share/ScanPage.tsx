/**
 * 扫一扫: the rear camera (asked for only when tapped) or a picture from the album. A job link
 * of this app opens the job's page, which shows the essentials the code carries when the phone
 * does not have the job; a station's door code opens its check-in page. Anything else is shown for what it is: a web address opens only when
 * the user confirms, never by itself.
 */
import { useNavigate } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import { readScanned, type Scanned } from '../../core/job-link';
import { decodeQr, pictureData } from '../../ui/qr/decode';
import { t } from './strings';
import { copyText } from './words';

/** A frame every 300 ms: quick enough to feel instant, light enough for a cheap phone's CPU and battery. */
const FRAME_MS = 300;
/** Frames are read at most this wide: a QR code filling part of the view still has plenty of pixels. */
const FRAME_SIDE = 640;

type Problem = 'denied' | 'noCamera' | 'notFound';

export default function ScanPage() {
  const navigate = useNavigate();
  const [camera, setCamera] = createSignal<MediaStream>();
  const [problem, setProblem] = createSignal<Problem>();
  const [reading, setReading] = createSignal(false);
  const [found, setFound] = createSignal<Extract<Scanned, { kind: 'web' | 'text' }>>();
  const [copied, setCopied] = createSignal<boolean>();
  let video: HTMLVideoElement | undefined;
  let timer: number | undefined;

  const stopCamera = () => {
    window.clearTimeout(timer);
    for (const track of camera()?.getTracks() ?? []) track.stop();
    setCamera(undefined);
  };
  onCleanup(stopCamera);

  const show = (text: string) => {
    const scanned = readScanned(text, location.origin);
    setCopied(undefined);
    if (scanned.kind === 'web' || scanned.kind === 'text') setFound(scanned);
    else navigate(scanned.path);
  };

  const readFrame = async (canvas: HTMLCanvasElement) => {
    if (!video || !camera()) return;
    if (video.videoWidth > 0) {
      const scale = Math.min(1, FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx?.drawImage(video, 0, 0, canvas.width, canvas.height);
      // A frame the reader chokes on is a frame without a code: the next one may do.
      const text = ctx ? await decodeQr(ctx.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null) : null;
      if (text && camera()) {
        stopCamera();
        show(text);
        return;
      }
    }
    if (camera()) timer = window.setTimeout(() => readFrame(canvas), FRAME_MS);
  };

  const startCamera = async () => {
    setProblem(undefined);
    setFound(undefined);
    if (!navigator.mediaDevices?.getUserMedia) return setProblem('noCamera');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
      setCamera(stream);
      if (video) {
        video.srcObject = stream;
        await video.play().catch(() => {});
      }
      readFrame(document.createElement('canvas'));
    } catch (error) {
      const name = (error as DOMException).name;
      setProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'noCamera');
    }
  };

  const readPicture = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same picture chosen again reads again
    if (!file) return;
    stopCamera();
    setProblem(undefined);
    setFound(undefined);
    setReading(true);
    try {
      const text = await decodeQr(await pictureData(file));
      if (text) show(text);
      else setProblem('notFound');
    } catch {
      setProblem('notFound'); // not a picture the browser can open
    } finally {
      setReading(false);
    }
  };

  return (
    <section class="page" data-testid="scan-page">
      <h2 class="page-title">{t('scan.title')}</h2>
      <p class="muted">{t('scan.hint')}</p>
      <div class="scan-actions">
        <Show
          when={camera()}
          fallback={
            <button type="button" class="button primary wide" onClick={startCamera}>
              {t('scan.camera')}
            </button>
          }
        >
          <button type="button" class="button wide" onClick={stopCamera}>
            {t('scan.stop')}
          </button>
        </Show>
        <label class="button wide scan-album">
          {t('scan.album')}
          <input
            type="file"
            accept="image/*"
            data-testid="scan-file"
            onChange={(event) => readPicture(event.currentTarget)}
          />
        </label>
      </div>
      <video
        ref={video}
        class="scan-video"
        classList={{ hidden: !camera() }}
        muted
        playsinline
        aria-label={t('scan.videoLabel')}
      />
      <Show when={camera()}>
        <p class="muted" role="status">
          {t('scan.looking')}
        </p>
      </Show>
      <Show when={reading()}>
        <p class="muted" role="status">
          {t('scan.reading')}
        </p>
      </Show>
      <Show when={problem()}>
        {(which) => (
          <p class="notice warn" role="alert" data-testid="scan-problem">
            {t(`scan.${which()}`)}
          </p>
        )}
      </Show>
      <Show when={found()}>
        {(scanned) => {
          const value = () => {
            const s = scanned();
            return s.kind === 'web' ? s.url : s.text;
          };
          return (
            <div class="scan-found" data-testid="scan-found">
              <p>{scanned().kind === 'web' ? t('scan.web') : t('scan.text')}</p>
              <p class="share-text">{value()}</p>
              <Show
                when={scanned().kind === 'web'}
                fallback={
                  <button type="button" class="button" onClick={async () => setCopied(await copyText(value()))}>
                    {t('scan.copy')}
                  </button>
                }
              >
                <p class="notice warn">{t('scan.webWarn')}</p>
                <a class="button" href={value()} target="_blank" rel="noopener noreferrer">
                  {t('scan.openWeb')}
                </a>
              </Show>
              <Show when={copied() !== undefined}>
                <p class="muted" role="status">
                  {copied() ? t('share.copied') : t('share.copyFailed')}
                </p>
              </Show>
            </div>
          );
        }}
      </Show>
    </section>
  );
}

/** The share sheet's texts: the SMS, and copying any text to the clipboard. */
import type { JobEssentials } from '../../core/job-link';
import { t } from './strings';

/** One SMS holds 70 characters once it has a single hanzi (UCS-2); longer ones arrive split, or not at all. */
export const SMS_MAX_CHARS = 70;

/** "保洁员，150-180 元/天，总寨镇。电话0971-8123456。不收任何费用。", the title cut to fit one SMS. */
export function smsText(job: Pick<JobEssentials, 'title' | 'phone'>, wage: string, place: string): string {
  const words = (title: string) =>
    job.phone
      ? t('share.smsText', { title, wage, place, phone: job.phone })
      : t('share.smsTextNoPhone', { title, wage, place });
  const chars = Array.from(job.title);
  let text = words(job.title);
  for (let keep = chars.length - 1; Array.from(text).length > SMS_MAX_CHARS && keep > 0; keep--) {
    text = words(`${chars.slice(0, keep).join('')}…`);
  }
  return text;
}

/** Put `text` on the clipboard; false where the browser refuses (no secure context, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

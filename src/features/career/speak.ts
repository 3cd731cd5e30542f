/**
 * Reading a question aloud. The one place the career screens speak, so the shared read-aloud
 * player can replace it later without touching the screens.
 */
import type { Lang } from '../../i18n';

export const canSpeak = () => typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

/** Speak `text` in the language's voice, cutting off whatever was being read. */
export function speak(text: string, language: Lang): void {
  if (!canSpeak()) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language === 'en' ? 'en-US' : 'zh-CN';
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) speechSynthesis.cancel();
}

import type { Words } from './strings';

export const en: Words = {
  'speech.read': 'Read aloud',
  'speech.close': 'Close reader',
  'speech.loading': 'Getting the voice ready…',
  'speech.pause': 'Pause',
  'speech.resume': 'Go on',
  'speech.again': 'Read again',
  'speech.stop': 'Stop',
  'speech.speed': 'Speed',
  'speech.speed.slow': 'Slow',
  'speech.speed.normal': 'Normal',
  'speech.speed.fast': 'Fast',
  'speech.reading': 'Reading sentence {n} of {total}',
  'speech.noVoice':
    'This phone has no voice that can read this aloud. The text is shown large below; you can also ask someone nearby to read it.',
  'speech.noVoiceHow':
    'To have the phone read aloud: search “text-to-speech” in the phone’s Settings and download a Chinese voice.',
};

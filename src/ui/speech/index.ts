/**
 * Reading aloud, for every feature: `<ReadAloud text={…} />` is a 朗读 button; the player
 * behind it (speechSynthesis, sentence by sentence, with highlighting, pause, speed, and the
 * large text where the phone has no voice) loads on the first tap.
 */
export { default as ReadAloud, type ReadableText } from './ReadAloud';

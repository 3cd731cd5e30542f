/**
 * Recording a spoken answer with the microphone, asked for only after the worker agreed.
 * The recording is a Blob in this page's memory: it is never stored, never uploaded, and
 * gone when deleted or when the page is left.
 */

export const canRecord = () =>
  typeof MediaRecorder !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

export interface Recording {
  /** Stop recording; resolves with the answer as audio. */
  stop(): Promise<Blob>;
}

/** Start recording; rejects when the microphone is refused or missing. */
export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  recorder.start();
  return {
    stop: () =>
      new Promise<Blob>((resolve) => {
        recorder.addEventListener('stop', () => {
          // Release the microphone at once: the phone shows it in use until every track ends.
          for (const track of stream.getTracks()) track.stop();
          resolve(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }));
        });
        recorder.stop();
      }),
  };
}

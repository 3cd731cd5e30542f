import { afterEach, describe, expect, it, vi } from 'vitest';
import { postRaw } from '../../../src/sync/http';

/** A fetch that keeps what it was asked to send. */
function recordingFetch() {
  const sent: RequestInit[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    sent.push(init);
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  return { sent, fetchImpl };
}

const big = { rows: Array.from({ length: 200 }, (_, i) => `第 ${i} 行`) };

describe('request bodies', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are gzipped where the browser has CompressionStream', async () => {
    const { sent, fetchImpl } = recordingFetch();
    await postRaw(fetchImpl, '/x', big);
    expect((sent[0].headers as Record<string, string>)['Content-Encoding']).toBe('gzip');
    expect(sent[0].body).toBeInstanceOf(Blob);
  });

  it('go plain, and say nothing of gzip, where it has none (Chrome before 80)', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const { sent, fetchImpl } = recordingFetch();
    await postRaw(fetchImpl, '/x', big);
    expect((sent[0].headers as Record<string, string>)['Content-Encoding']).toBeUndefined();
    expect(JSON.parse(sent[0].body as string)).toEqual(big);
  });
});

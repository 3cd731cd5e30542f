/**
 * JSON over HTTP for the sync loop. Request bodies are gzipped where the browser can
 * (browsers never compress uploads themselves; on 2G every byte counts).
 */
export interface JsonResponse<T> {
  status: number;
  body: T;
}

async function gzip(text: string): Promise<Blob | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

/** Raised when the server cannot be reached at all (offline, DNS, reset connection). */
export class NetworkError extends Error {}

/** An answer as bytes: a pull page goes to the sync worker as is, parsed there, off the main thread. */
export interface RawResponse {
  status: number;
  bytes: ArrayBuffer;
}

export async function postRaw(
  fetchImpl: typeof fetch,
  url: string,
  payload: unknown,
  accessToken?: string,
): Promise<RawResponse> {
  const text = JSON.stringify(payload);
  // A few hundred bytes of cursors and ids already shrink by a quarter, more than the header costs.
  const compressed = text.length > 256 ? await gzip(text) : null;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  if (compressed) headers['Content-Encoding'] = 'gzip';
  try {
    const response = await fetchImpl(url, { method: 'POST', headers, body: compressed ?? text });
    return { status: response.status, bytes: await response.arrayBuffer() };
  } catch (error) {
    // No answer, or one cut off: a failed exchange, to be retried like a dropped connection.
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
}

/** The JSON in an answer's bytes; unreadable (cut off, not JSON) is a failed exchange like a dropped connection. */
export function parseJson<T>({ status, bytes }: RawResponse): JsonResponse<T> {
  try {
    return { status, body: JSON.parse(new TextDecoder().decode(bytes)) as T };
  } catch (error) {
    throw new NetworkError(`unreadable answer (${status}): ${error instanceof Error ? error.message : error}`);
  }
}

export async function postJson<T>(
  fetchImpl: typeof fetch,
  url: string,
  payload: unknown,
  accessToken?: string,
): Promise<JsonResponse<T>> {
  return parseJson<T>(await postRaw(fetchImpl, url, payload, accessToken));
}

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

export async function postJson<T>(
  fetchImpl: typeof fetch,
  url: string,
  payload: unknown,
  accessToken?: string,
): Promise<JsonResponse<T>> {
  const text = JSON.stringify(payload);
  // A few hundred bytes of cursors and ids already shrink by a quarter, more than the header costs.
  const compressed = text.length > 256 ? await gzip(text) : null;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  if (compressed) headers['Content-Encoding'] = 'gzip';
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', headers, body: compressed ?? text });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  let body: T;
  try {
    body = (await response.json()) as T;
  } catch (error) {
    // A cut-off or non-JSON answer is a failed exchange, to be retried like a dropped connection.
    throw new NetworkError(`unreadable answer (${response.status}): ${error instanceof Error ? error.message : error}`);
  }
  return { status: response.status, body };
}

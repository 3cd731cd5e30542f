/** For tests of sync files (src/core/sync-file.ts). */
import { SyncFileError } from '../../src/core/sync-file';

/** The SyncFileError code `run` throws, or undefined when it succeeds (any other error fails the test). */
export async function fileProblem(run: () => Promise<unknown> | unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof SyncFileError) return error.code;
    throw error;
  }
}

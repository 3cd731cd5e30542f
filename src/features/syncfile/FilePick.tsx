/** A button that opens the phone's file picker for a sync file (the input lies invisibly over it). */
import { SYNC_FILE_EXTENSION } from '../../core/sync-file';

export function FilePick(props: { label: string; testId: string; onPick: (file: File | undefined) => void }) {
  return (
    <label class="button wide file-pick">
      {props.label}
      <input
        type="file"
        accept={`${SYNC_FILE_EXTENSION},.json,application/json`}
        data-testid={props.testId}
        onChange={(e) => props.onPick(e.currentTarget.files?.[0])}
      />
    </label>
  );
}

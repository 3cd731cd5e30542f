/**
 * What the discrimination check found in a posting (src/core/rules.ts, the same code the
 * server sets a job's flags with): each finding quoted, with why it is not allowed. On the
 * post form it shows while typing, before saving; on a job's page for everyone; on the desk's
 * verify page, so the call-back asks about it.
 */
import { For, Show } from 'solid-js';
import type { PostingFinding } from '../../core/rules';
import { t } from './strings';

const HEADING = {
  form: 'check.onForm',
  job: 'check.onJob',
  // Verified (the job is real) and still badly worded: say both, so a worker is not left guessing.
  verifiedJob: 'check.onVerifiedJob',
  verify: 'check.onVerify',
} as const;

export function PostingCheck(props: { findings: PostingFinding[]; where: keyof typeof HEADING }) {
  return (
    <Show when={props.findings.length > 0}>
      <div class="notice warn" data-testid="posting-check" role="status">
        <p>{t(HEADING[props.where])}</p>
        <ul>
          <For each={props.findings}>
            {(finding) => (
              <li data-flag={finding.flag}>
                {t('check.found', { found: finding.found, why: t(`check.why.${finding.flag}`) })}
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/** "能领多少、谁能领、去哪办": the three plain lines a worker reads first, on a card and on the page. */
import { Show } from 'solid-js';
import type { Policy } from '../../core/records';
import { t } from './strings';

/** The summary's lines in reading order, each with its label; empty ones left out. */
export function summaryLines(policy: Pick<Policy, 'summary'>): { label: string; text: string }[] {
  const summary = policy.summary ?? {};
  return [
    { label: t('policy.amount'), text: summary.amount },
    { label: t('policy.who'), text: summary.who },
    { label: t('policy.where'), text: summary.where },
  ].filter((line): line is { label: string; text: string } => !!line.text);
}

export function PolicySummary(props: { policy: Policy }) {
  return (
    <Show when={summaryLines(props.policy).length > 0}>
      <dl class="facts policy-summary" data-testid="policy-summary">
        {summaryLines(props.policy).map((line) => (
          <>
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </>
        ))}
      </dl>
    </Show>
  );
}

/**
 * The findings of the discrimination check as the desk's verify page and a job's page word
 * them: the employer's own words quoted once, then why, without saying "写了" twice.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { PostingCheck } from '../../src/features/jobs/PostingCheck';
import { setLang } from '../../src/i18n';
import { postingFindings } from '../../src/core/rules';

describe('PostingCheck', () => {
  afterEach(() => {
    cleanup();
    setLang('zh');
  });

  it('quotes the words and says why, each once', async () => {
    render(() => <PostingCheck findings={postingFindings('招保洁', '女，22-58岁，本地户口')} where="verify" />);
    const lines = (await screen.findAllByRole('listitem')).map((li) => li.textContent ?? '');
    expect(lines.map((line) => line.slice(0, line.indexOf('：')))).toEqual([
      '写了“女”',
      '写了“本地户口”',
      '写了“22-58岁”',
    ]);
    for (const line of lines) expect(line.match(/写了/g)).toHaveLength(1);
  });

  it('in English too', async () => {
    setLang('en');
    render(() => <PostingCheck findings={postingFindings('招保洁', '22-58岁')} where="verify" />);
    const line = await screen.findByText(/^It says “22-58岁”/);
    expect(line.textContent).not.toMatch(/: An upper age limit:/);
    expect(line.textContent?.match(/age limit/g)).toHaveLength(1);
  });
});

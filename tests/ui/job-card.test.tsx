import { MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { JobCard } from '../../src/features/jobs/JobCard';
import { setLang } from '../../src/i18n';
import { serverJob } from '../fixtures/records';

function renderCard(
  pending: boolean,
  job = serverJob({ verification: { state: 'verified' }, benefits: ['meals', 'lodging'] }),
) {
  return render(() => (
    <MemoryRouter>
      <Route path="/" component={() => <JobCard job={job} pending={pending} />} />
    </MemoryRouter>
  ));
}

describe('JobCard', () => {
  afterEach(() => {
    cleanup();
    setLang('zh');
  });

  it('shows wage, pay period, perks and verification in Chinese by default', async () => {
    setLang('zh');
    renderCard(false);
    expect(await screen.findByText('150-180 元/天')).toBeInTheDocument();
    expect(screen.getByText('日结')).toBeInTheDocument();
    expect(screen.getByText('包吃')).toBeInTheDocument();
    expect(screen.getByText('包住')).toBeInTheDocument();
    expect(screen.getByText('已核实')).toBeInTheDocument();
    expect(screen.queryByTestId('local-only')).toBeNull();
  });

  it('marks a job that exists only on this phone', async () => {
    setLang('zh');
    renderCard(true);
    expect(await screen.findByTestId('local-only')).toHaveTextContent('仅保存在本机');
  });

  it('switches to English in place, without a reload', async () => {
    setLang('zh');
    renderCard(true);
    expect(await screen.findByText('日结')).toBeInTheDocument();
    setLang('en');
    expect(await screen.findByText('¥150-180/day')).toBeInTheDocument();
    expect(screen.getByText('Paid daily')).toBeInTheDocument();
    expect(screen.getByTestId('local-only')).toHaveTextContent('Saved on this phone only');
  });
});

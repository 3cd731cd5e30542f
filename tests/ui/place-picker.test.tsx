/**
 * The place picker as a person uses it (issue 11): search by pinyin, browse province →
 * city → county, "用我的位置" when the phone gives no position, and town + county on a job card.
 */
import { MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { JobCard } from '../../src/features/jobs/JobCard';
import PlacePicker from '../../src/features/place/PlacePicker';
import { serverJob } from '../fixtures/records';
import { renderWithServices } from '../support/render';

let db: GigDb;

describe('the place picker', () => {
  beforeEach(() => {
    db = new GigDb(`place-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('finds 城中区 by pinyin and names it with its city', async () => {
    const picked: string[] = [];
    renderWithServices(db, () => <PlacePicker onPick={(code) => picked.push(code)} />);
    fireEvent.input(screen.getByRole('searchbox', { name: '搜地名' }), { target: { value: 'chengzhong' } });
    fireEvent.click(await screen.findByRole('button', { name: '西宁市 城中区' }));
    expect(picked).toEqual(['630103']);
  });

  it('says so when nothing matches', async () => {
    renderWithServices(db, () => <PlacePicker onPick={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox', { name: '搜地名' }), { target: { value: '北京' } });
    expect(await screen.findByText('没有找到“北京”。试试县名或镇名。')).toBeInTheDocument();
  });

  it('browses province → city → county, and takes the whole county or one town', async () => {
    const picked: string[] = [];
    renderWithServices(db, () => <PlacePicker onPick={(code) => picked.push(code)} />);
    fireEvent.click(await screen.findByRole('button', { name: '青海省' }));
    fireEvent.click(await screen.findByRole('button', { name: '西宁市' }));
    fireEvent.click(await screen.findByRole('button', { name: '城中区' }));
    fireEvent.click(await screen.findByRole('button', { name: '总寨镇' }));
    fireEvent.click(await screen.findByRole('button', { name: '就选城中区（整个县）' }));
    expect(picked).toEqual(['630103100', '630103']);
  });

  it('says clearly when the phone gives no position, and offers the list instead', async () => {
    renderWithServices(db, () => <PlacePicker onPick={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '用我的位置' }));
    expect(await screen.findByTestId('place-denied')).toHaveTextContent('没有拿到位置');
  });
});

describe('a job card’s place', () => {
  afterEach(() => cleanup());

  it('names town and county, and the city when asked', async () => {
    const job = serverJob({ regionCode: '630103100' });
    render(() => (
      <MemoryRouter>
        <Route
          path="/"
          component={() => (
            <ul>
              <JobCard job={job} pending={false} />
              <JobCard job={job} pending={false} withCity />
            </ul>
          )}
        />
      </MemoryRouter>
    ));
    const places = await screen.findAllByTestId('job-place');
    expect(places.map((p) => p.textContent)).toEqual(['城中区 总寨镇', '西宁市 城中区 总寨镇']);
  });
});

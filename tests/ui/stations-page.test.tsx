/**
 * 驿站 on a real device database: the list comes twenty cards at a time (a province's phone may
 * hold hundreds of stations), and 再看更多 says how many are left and shows the next twenty.
 */
import { cleanup, fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import StationsPage from '../../src/features/stations/StationsPage';
import { station } from '../fixtures/records';
import { renderWithServices } from '../support/render';

let db: GigDb;

describe('the 驿站 list', () => {
  beforeEach(() => {
    db = new GigDb(`stations-page-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('shows twenty stations, then the rest on 再看更多', async () => {
    await db.stations.bulkPut(Array.from({ length: 45 }, (_, i) => station({ id: uuidv7(), name: `第${i + 1}驿站` })));
    renderWithServices(db, StationsPage);
    await waitFor(() => expect(screen.getAllByTestId('station-card')).toHaveLength(20));
    expect(screen.getByTestId('station-count')).toHaveTextContent('45 个驿站');
    fireEvent.click(screen.getByTestId('stations-more'));
    await waitFor(() => expect(screen.getAllByTestId('station-card')).toHaveLength(40));
    expect(screen.getByTestId('stations-more')).toHaveTextContent('还有 5 个');
    fireEvent.click(screen.getByTestId('stations-more'));
    await waitFor(() => expect(screen.getAllByTestId('station-card')).toHaveLength(45));
    expect(screen.queryByTestId('stations-more')).toBeNull();
  });
});

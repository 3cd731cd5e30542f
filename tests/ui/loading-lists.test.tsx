/**
 * A list read from the phone's database says "正在读取…" until the database first answers,
 * not "共 0 条 没有符合条件的" (a tester saw that for seconds after logging in, and believed it).
 */
import { MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListPage } from '../../src/features/desk/ListControls';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { createLiveQuery } from '../../src/ui/live';

let db: GigDb;

/** The desk's list frame over a live query that answers only when `answer` is called. */
function renderList() {
  let answer = () => {};
  const slowRead = new Promise<void>((resolve) => {
    answer = resolve;
  });
  function Seekers() {
    const seekers = createLiveQuery(() => null, async () => {
      const rows = await db.seekers.toArray();
      await slowRead;
      return rows;
    }, []);
    return (
      <ListPage
        title="求职者名单"
        search={{ value: '', placeholder: '', onInput: () => {} }}
        query={{}}
        filters={null}
        found={seekers()}
        answered={seekers.answered()}
        testId="list"
      >
        {(seeker) => <li>{seeker.name}</li>}
      </ListPage>
    );
  }
  render(() => (
    <MemoryRouter>
      <Route path="/" component={Seekers} />
    </MemoryRouter>
  ));
  return () => answer();
}

describe('a list still being read', () => {
  beforeEach(() => {
    db = new GigDb(`loading-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('says it is reading, then how many, and "none" only once the database has answered', async () => {
    const answer = renderList();
    expect(await screen.findByTestId('list-count')).toHaveTextContent('正在读取…');
    expect(screen.queryByText('没有符合条件的。')).toBeNull();
    answer();
    expect(await screen.findByText('没有符合条件的。')).toBeInTheDocument();
    expect(screen.getByTestId('list-count')).toHaveTextContent('共 0 条');
  });
});

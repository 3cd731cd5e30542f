/** Render a feature's component as the app would: inside the services (over `db`) and a router. */
import { MemoryRouter, Route } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import type { GigDb } from '../../src/db/db';
import { ServicesProvider } from '../../src/ui/services';
import { testServices } from './services';

export function renderWithServices(db: GigDb, page: () => JSX.Element) {
  return render(() => (
    <ServicesProvider value={testServices(db)}>
      <MemoryRouter>
        <Route path="/" component={page} />
      </MemoryRouter>
    </ServicesProvider>
  ));
}

/**
 * Routes. Each page comes from its feature's face (src/features/<name>/index.ts); only the
 * job list is in the first bundle, every other page is lazy() there and loads on demand.
 */
import { Route, Router } from '@solidjs/router';
import { type JSX, onMount } from 'solid-js';
import { type Role, STAFF_OR_EMPLOYER, STAFF_ROLES } from '../core/access';
import { LoginPage, RequireAccount } from '../features/account';
import { ComplaintForm, ComplaintPage, ComplaintsPage } from '../features/complaints';
import { JobDetail, JobList, JobPostForm } from '../features/jobs';
import { MePage } from '../features/me';
import { ReviewsPage, SeekerForm } from '../features/seekers';
import { StationPage, StationsPage } from '../features/stations';
import { ServicesProvider } from '../ui/services';
import { createServices } from './services';
import { Shell } from './Shell';

const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 200);

/** A page only some roles may use; others are asked to log in (the server checks again). */
const forRoles = (roles: readonly Role[], page: () => JSX.Element) => () => (
  <RequireAccount roles={roles}>{page()}</RequireAccount>
);

export function App() {
  const services = createServices();
  // Sync starts once the first screen is up: it loads the sync engine and reads the same
  // database the job list is reading, so it waits for the main thread to be idle (≤ 1 s).
  onMount(() => whenIdle(() => services.scheduler.start()));
  return (
    <ServicesProvider value={services}>
      <Router root={Shell}>
        <Route path="/" component={JobList} />
        <Route path="/jobs/:id" component={JobDetail} />
        <Route path="/post" component={forRoles(STAFF_OR_EMPLOYER, () => <JobPostForm />)} />
        <Route path="/stations" component={StationsPage} />
        <Route path="/stations/:id" component={StationPage} />
        <Route path="/me" component={MePage} />
        <Route path="/profile" component={() => <SeekerForm mode="self" />} />
        <Route path="/seekers/new" component={forRoles(STAFF_ROLES, () => <SeekerForm mode="staff" />)} />
        <Route path="/login" component={LoginPage} />
        <Route path="/complaints" component={ComplaintsPage} />
        <Route path="/complaints/new" component={ComplaintForm} />
        <Route path="/complaints/:id" component={ComplaintPage} />
        <Route path="/reviews" component={forRoles(STAFF_ROLES, () => <ReviewsPage />)} />
      </Router>
    </ServicesProvider>
  );
}

/** Routes. The job list ships in the first bundle; every other page loads on demand. */
import { Route, Router } from '@solidjs/router';
import { type JSX, lazy, onMount } from 'solid-js';
import { type Role, STAFF_OR_EMPLOYER, STAFF_ROLES } from '../core/access';
import JobList from '../features/jobs/JobList';
import { ServicesProvider } from '../ui/services';
import { createServices } from './services';
import { Shell } from './Shell';

const JobDetail = lazy(() => import('../features/jobs/JobDetail'));
const JobPostForm = lazy(() => import('../features/jobs/JobPostForm'));
const MapPage = lazy(() => import('../features/map/MapPage'));
const StationPage = lazy(() => import('../features/stations/StationPage'));
const SyncPage = lazy(() => import('../features/sync/SyncPage'));
const SeekerForm = lazy(() => import('../features/seekers/SeekerForm'));
const LoginPage = lazy(() => import('../features/account/LoginPage'));
const ReviewsPage = lazy(() => import('../features/seekers/ReviewsPage'));
const ComplaintsPage = lazy(() => import('../features/complaints/ComplaintsPage'));
const ComplaintForm = lazy(() => import('../features/complaints/ComplaintForm'));
const ComplaintPage = lazy(() => import('../features/complaints/ComplaintPage'));
const RequireAccount = lazy(() => import('../features/account/RequireAccount'));

/** A page only some roles may use; others are asked to log in (the server checks again). */
const forRoles = (roles: readonly Role[], page: () => JSX.Element) => () => (
  <RequireAccount roles={roles}>{page()}</RequireAccount>
);

export function App() {
  const services = createServices();
  onMount(() => services.scheduler.start());
  return (
    <ServicesProvider value={services}>
      <Router root={Shell}>
        <Route path="/" component={JobList} />
        <Route path="/jobs/:id" component={JobDetail} />
        <Route path="/post" component={forRoles(STAFF_OR_EMPLOYER, () => <JobPostForm />)} />
        <Route path="/stations" component={MapPage} />
        <Route path="/stations/:id" component={StationPage} />
        <Route path="/me" component={SyncPage} />
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

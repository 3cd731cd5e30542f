/** Routes. The job list ships in the first bundle; every other page loads on demand. */
import { Route, Router } from '@solidjs/router';
import { lazy, onMount } from 'solid-js';
import JobList from '../features/jobs/JobList';
import { scheduler } from './services';
import { Shell } from './Shell';

const JobDetail = lazy(() => import('../features/jobs/JobDetail'));
const JobPostForm = lazy(() => import('../features/jobs/JobPostForm'));
const StationList = lazy(() => import('../features/stations/StationList'));
const SyncPage = lazy(() => import('../features/sync/SyncPage'));

export function App() {
  onMount(() => scheduler.start());
  return (
    <Router root={Shell}>
      <Route path="/" component={JobList} />
      <Route path="/jobs/:id" component={JobDetail} />
      <Route path="/post" component={JobPostForm} />
      <Route path="/stations" component={StationList} />
      <Route path="/me" component={SyncPage} />
    </Router>
  );
}

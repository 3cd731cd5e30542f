/**
 * Routes. Each page comes from its feature's face (src/features/<name>/index.ts); only the
 * job list is in the first bundle, every other page is lazy() there and loads on demand.
 */
import { Route, Router } from '@solidjs/router';
import { type JSX, onMount } from 'solid-js';
import { DESK_ROLES, type Role, STAFF_OR_EMPLOYER, STAFF_ROLES, WORKLOG_ROLES } from '../core/access';
import type { GigDb } from '../db/db';
import { LoginPage, RequireAccount } from '../features/account';
import { CareerHome, InterviewPage, QuizPage, ResumePage } from '../features/career';
import { ComplaintForm, ComplaintPage, ComplaintsPage } from '../features/complaints';
import { AskForm, CourseForm, CoursePage, CourseRequests, CoursesPage, Roster } from '../features/courses';
import { SeekerPage, StationJobs, StationSeekers, VerifyJob } from '../features/desk';
import { EventForm, EventPage, EventsCalendar } from '../features/events';
import { JobDetail, JobList, JobPostForm } from '../features/jobs';
import { ServicesHub } from '../features/hub';
import { MePage } from '../features/me';
import { PoliciesPage, PolicyForm, PolicyPage } from '../features/policies';
import { PointsPage } from '../features/points';
import { ReviewsPage, SeekerForm } from '../features/seekers';
import { ScanPage } from '../features/share';
import { StationPage, StationsPage } from '../features/stations';
import { RightsPage, WorkdayForm, WorklogPage } from '../features/worklog';
import { ServicesProvider } from '../ui/services';
import { createServices } from './services';
import { Shell } from './Shell';

/** A page only some roles may use; others are asked to log in (the server checks again). */
const forRoles = (roles: readonly Role[], page: () => JSX.Element) => () => (
  <RequireAccount roles={roles}>{page()}</RequireAccount>
);

export function App(props: { db: GigDb }) {
  const services = createServices(props.db);
  // The first sync loads the sync engine (src/app/connect.ts) while the job list renders;
  // the badge says 同步中 from this moment, so nobody reads "已全部同步" before it ran.
  onMount(() => services.scheduler.start());
  return (
    <ServicesProvider value={services}>
      <Router root={Shell}>
        <Route path="/" component={JobList} />
        <Route path="/jobs/:id" component={JobDetail} />
        <Route path="/post" component={forRoles(STAFF_OR_EMPLOYER, () => <JobPostForm />)} />
        <Route path="/stations" component={StationsPage} />
        <Route path="/stations/:id" component={StationPage} />
        <Route path="/services" component={ServicesHub} />
        <Route path="/career" component={CareerHome} />
        <Route path="/career/resume" component={ResumePage} />
        <Route path="/career/quiz" component={QuizPage} />
        <Route path="/career/interview" component={InterviewPage} />
        <Route path="/scan" component={ScanPage} />
        <Route path="/points" component={PointsPage} />
        <Route path="/me" component={MePage} />
        <Route path="/profile" component={() => <SeekerForm mode="self" />} />
        <Route path="/seekers/new" component={forRoles(STAFF_ROLES, () => <SeekerForm mode="staff" />)} />
        <Route path="/seekers/:id" component={forRoles(STAFF_ROLES, () => <SeekerPage />)} />
        <Route path="/desk/jobs" component={forRoles(STAFF_ROLES, () => <StationJobs />)} />
        <Route path="/desk/seekers" component={forRoles(STAFF_ROLES, () => <StationSeekers />)} />
        <Route path="/desk/verify/:id" component={forRoles(DESK_ROLES, () => <VerifyJob />)} />
        <Route path="/login" component={LoginPage} />
        <Route path="/complaints" component={ComplaintsPage} />
        <Route path="/complaints/new" component={ComplaintForm} />
        <Route path="/complaints/:id" component={ComplaintPage} />
        <Route path="/courses" component={CoursesPage} />
        <Route path="/courses/ask" component={AskForm} />
        <Route path="/courses/new" component={forRoles(DESK_ROLES, () => <CourseForm />)} />
        <Route path="/courses/requests" component={forRoles(DESK_ROLES, () => <CourseRequests />)} />
        <Route path="/courses/:id" component={CoursePage} />
        <Route path="/courses/:id/edit" component={forRoles(DESK_ROLES, () => <CourseForm />)} />
        <Route path="/courses/:id/roster" component={forRoles(DESK_ROLES, () => <Roster />)} />
        <Route path="/rights" component={RightsPage} />
        <Route path="/worklog" component={forRoles(WORKLOG_ROLES, () => <WorklogPage />)} />
        <Route path="/worklog/:id" component={forRoles(WORKLOG_ROLES, () => <WorkdayForm />)} />
        <Route path="/reviews" component={forRoles(STAFF_ROLES, () => <ReviewsPage />)} />
        <Route path="/policies" component={PoliciesPage} />
        <Route path="/policies/new" component={forRoles(DESK_ROLES, () => <PolicyForm />)} />
        <Route path="/policies/:id" component={PolicyPage} />
        <Route path="/events" component={EventsCalendar} />
        <Route path="/events/new" component={forRoles(DESK_ROLES, () => <EventForm />)} />
        <Route path="/events/:id" component={EventPage} />
      </Router>
    </ServicesProvider>
  );
}

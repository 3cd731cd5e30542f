/**
 * Routes. Each page comes from its feature's face (src/features/<name>/index.ts); only the
 * job list is in the first bundle, every other page is lazy() there and loads on demand. The
 * station services' pages come through `service-pages.ts`, one module loaded on first use.
 */
import { Route, Router } from '@solidjs/router';
import { type Component, type JSX, lazy, onMount } from 'solid-js';
import { DESK_ROLES, type Role, STAFF_OR_EMPLOYER, STAFF_ROLES, WORKLOG_ROLES } from '../core/roles';
import type { GigDb } from '../db/db';
import { LoginPage, RequireAccount } from '../features/account';
import { ComplaintForm, ComplaintPage, ComplaintsPage } from '../features/complaints';
import { SeekerPage, StationJobs, StationSeekers, VerifyJob } from '../features/desk';
import { FiguresPage } from '../features/figures';
import { JobDetail, JobList, JobPostForm } from '../features/jobs';
import { MePage } from '../features/me';
import { PrintPack } from '../features/printpack';
import { ReviewsPage, SeekerForm } from '../features/seekers';
import { SheetImport } from '../features/sheets';
import { StationScreen } from '../features/screen';
import { StationForm, StationPage, StationsPage } from '../features/stations';
import { CountyPage, ExportPage, ImportPage } from '../features/syncfile';
import { CheckInPage, DoorPoster, WalkinsPage } from '../features/walkins';
import { ServicesProvider } from '../ui/services';
import { createServices } from './services';
import { Shell } from './Shell';

/** One of the services' pages, from the module that gathers them (loaded on the first visit to any). */
const servicePage = (name: keyof typeof import('./service-pages')): Component =>
  lazy(() => import('./service-pages').then((pages) => ({ default: pages[name] as Component })));
const CareerHome = servicePage('CareerHome');
const InterviewPage = servicePage('InterviewPage');
const QuizPage = servicePage('QuizPage');
const ResumePage = servicePage('ResumePage');
const AskForm = servicePage('AskForm');
const CourseForm = servicePage('CourseForm');
const CoursePage = servicePage('CoursePage');
const CourseRequests = servicePage('CourseRequests');
const CoursesPage = servicePage('CoursesPage');
const Roster = servicePage('Roster');
const EventForm = servicePage('EventForm');
const EventPage = servicePage('EventPage');
const EventsCalendar = servicePage('EventsCalendar');
const ServicesHub = servicePage('ServicesHub');
const PoliciesPage = servicePage('PoliciesPage');
const PolicyForm = servicePage('PolicyForm');
const PolicyPage = servicePage('PolicyPage');
const PointsPage = servicePage('PointsPage');
const ScanPage = servicePage('ScanPage');
const RightsPage = servicePage('RightsPage');
const WorkdayForm = servicePage('WorkdayForm');
const WorklogPage = servicePage('WorklogPage');

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
        <Route path="/stations/:id/edit" component={forRoles(DESK_ROLES, () => <StationForm />)} />
        {/* The hall's TV keeps showing what this device holds: public records only, no login needed. */}
        <Route path="/screen/:stationId" component={StationScreen} />
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
        <Route path="/desk/figures" component={forRoles(STAFF_ROLES, () => <FiguresPage />)} />
        <Route path="/desk/print" component={forRoles(DESK_ROLES, () => <PrintPack />)} />
        <Route path="/desk/import" component={forRoles(DESK_ROLES, () => <SheetImport />)} />
        <Route path="/desk/walkins" component={forRoles(DESK_ROLES, () => <WalkinsPage />)} />
        <Route path="/desk/walkins/poster/:stationId" component={forRoles(DESK_ROLES, () => <DoorPoster />)} />
        <Route path="/desk/syncfile" component={forRoles(DESK_ROLES, () => <ImportPage />)} />
        <Route path="/syncfile/export" component={ExportPage} />
        <Route path="/syncfile/county" component={forRoles(STAFF_ROLES, () => <CountyPage />)} />
        <Route path="/checkin/:stationId" component={CheckInPage} />
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

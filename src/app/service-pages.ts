/**
 * The pages of the station's services (the 服务 tab and what it opens), gathered in one module
 * that App.tsx loads on the first visit to any of them: their faces' lazy() wrappers, each with
 * the list of chunks its page needs, stay out of the job list's first bundle.
 */
export { CareerHome, InterviewPage, QuizPage, ResumePage } from '../features/career';
export { AskForm, CourseForm, CoursePage, CourseRequests, CoursesPage, Roster } from '../features/courses';
export { EventForm, EventPage, EventsCalendar } from '../features/events';
export { ServicesHub } from '../features/hub';
export { PoliciesPage, PolicyForm, PolicyPage } from '../features/policies';
export { PointsPage } from '../features/points';
export { ScanPage } from '../features/share';
export { RightsPage, WorkdayForm, WorklogPage } from '../features/worklog';

/**
 * The records of DESIGN §3, one schema each. The schema is the single source of truth for
 * the record's shape: Dexie stores it, the server stores it as JSON, sync ships it.
 */
import * as v from 'valibot';
import {
  count,
  epochMs,
  id,
  isoDate,
  lat,
  lon,
  money,
  optionalText,
  phone,
  recordBase,
  regionCode,
  tags,
  text,
} from './fields';
import { PAY_PERIODS } from './record-terms';

export { PAY_PERIODS, type RecordKey, recordKey, splitRecordKey } from './record-terms';

export const STATION_KINDS = ['零工驿站', '就业驿站', '零工市场', '爱心驿站', '工会驿站'] as const;

export const STATION_SERVICES = [
  'job_desk',
  'training',
  'policy',
  'rest',
  'water',
  'charging',
  'meals',
  'first_aid',
  'toilet',
  'lockers',
  'wifi',
  'printing',
  'legal_aid',
  'live_stream',
  'lodging',
] as const;

export const WAGE_UNITS = ['hour', 'day', 'month', 'piece'] as const;
export const BENEFITS = ['meals', 'lodging', 'transport'] as const;
export const JOB_STATUSES = ['open', 'filled', 'closed', 'expired'] as const;
/**
 * What the discrimination check finds in a posting (src/core/rules.ts › postingFindings):
 * gender, ethnicity, region of origin, health (乙肝…), children under 16, an upper age
 * limit to check, and upfront fees.
 */
export const POSTING_FLAGS = ['gender', 'ethnicity', 'origin', 'health', 'child', 'age', 'fee'] as const;
export const VERIFICATION_STATES = ['unverified', 'verified', 'rejected'] as const;
export const VERIFICATION_METHODS = ['callback', 'onsite'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'junior', 'senior', 'vocational', 'college'] as const;
export const SEEKER_GROUPS = [
  '脱贫人口',
  '农民工',
  '高校毕业生',
  '失业人员',
  '转岗待岗职工',
  '新就业形态劳动者',
] as const;
export const APPLICATION_STATUSES = ['pending', 'contacted', 'interview', 'hired', 'rejected', 'no_show'] as const;
export const COMPLAINT_KINDS = ['wage_arrears', 'injury', 'contract', 'fee', 'other'] as const;
export const COMPLAINT_STATUSES = ['submitted', 'accepted', 'in_progress', 'resolved', 'closed'] as const;
export const ENROLLMENT_STATUSES = ['enrolled', 'waitlisted', 'completed', 'cancelled'] as const;
export const COURSE_REQUEST_STATUSES = ['open', 'answered'] as const;
export const EVENT_KINDS = ['job_fair', 'live_stream'] as const;
/** Where a 直播带岗 is watched; `other` names the platform in the room words. */
export const STREAM_PLATFORMS = ['douyin', 'kuaishou', 'wechat_channels', 'other'] as const;
/** Most jobs one session presents: a county's fair shows a few dozen employers' openings. */
export const EVENT_JOBS_MAX = 60;
export const REVIEW_KINDS = ['possible_duplicate', 'identity_conflict'] as const;
export const REVIEW_STATUSES = ['open', 'merged', 'dismissed'] as const;
/** Why points were earned: coming to the station's work, work the desk checked, registering others. */
export const POINTS_EARN_KINDS = ['attendance', 'verified_work', 'referral'] as const;
/** What points are spent on (兑换): a training seat, or the station's goods (爱心餐, 劳保用品…). */
export const POINTS_SPEND_KINDS = ['training_seat', 'goods'] as const;
/** A desk's correction of a mistaken entry, either way. */
export const POINTS_KINDS = [...POINTS_EARN_KINDS, ...POINTS_SPEND_KINDS, 'correction'] as const;
/** The records of a person that a merge re-points to the kept profile. */
export const MERGE_MOVES = ['application', 'enrollment', 'complaint', 'points'] as const;

const verification = v.object({
  state: v.picklist(VERIFICATION_STATES),
  method: v.optional(v.picklist(VERIFICATION_METHODS)),
  by: v.optional(id),
  at: v.optional(epochMs),
  note: optionalText(200),
});

const hours = v.object({
  allDay: v.boolean(),
  /** "HH:MM-HH:MM", local time, closing at 24:00 at the latest; ignored when allDay. */
  daily: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'hours'))),
});

export const StationSchema = v.object({
  ...recordBase,
  name: text(60),
  kind: v.picklist(STATION_KINDS),
  regionCode,
  address: text(120),
  lat,
  lon,
  hours,
  services: v.array(v.picklist(STATION_SERVICES)),
  phone: v.optional(phone),
  /**
   * The station's photo, set only by the server when the desk uploads one (PUT /api/stations/:id/photo):
   * the picture itself stays out of the record (stations go to every phone in the first sync);
   * `hash` names the bytes GET serves, `at` when they were stored.
   */
  photo: v.optional(v.object({ hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), at: v.number() })),
});

export const JobSchema = v.object({
  ...recordBase,
  title: text(40),
  occupationCode: text(20),
  description: optionalText(2000),
  skills: tags(20),
  employerId: v.optional(id),
  employerName: text(60),
  stationId: v.optional(id),
  regionCode,
  place: text(80),
  lat: v.optional(lat),
  lon: v.optional(lon),
  wageMin: money,
  wageMax: money,
  wageUnit: v.picklist(WAGE_UNITS),
  payPeriod: v.picklist(PAY_PERIODS),
  headcount: v.pipe(count(10_000), v.minValue(1, 'min')),
  startDate: v.optional(isoDate),
  durationDays: v.optional(count(3650)),
  benefits: v.array(v.picklist(BENEFITS)),
  requirements: optionalText(500),
  /** Set by the mutator from the title, description and requirements: wording the desk must look at. */
  flags: v.array(v.picklist(POSTING_FLAGS)),
  status: v.picklist(JOB_STATUSES),
  verification,
  contactPhone: v.optional(phone),
  postedAt: epochMs,
  expiresAt: v.optional(epochMs),
  createdBy: v.optional(id),
  /**
   * Set by the server from 对方要我交钱 reports (complaints of kind `fee` naming the job):
   * how many different people reported it since the desk last checked it, and whether that
   * reached the count that puts it before the desk (a warning on its page until checked).
   */
  feeReports: v.optional(count(100_000)),
  feeReview: v.optional(v.boolean()),
});

export const EmployerSchema = v.object({
  ...recordBase,
  name: text(60),
  kind: v.picklist(['company', 'individual', 'foreman'] as const),
  contactName: optionalText(30),
  phone,
  regionCode,
  licenseNo: optionalText(30),
  verification,
});

export const SeekerSchema = v.object({
  ...recordBase,
  name: text(30),
  phone: v.optional(phone),
  birthYear: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1930, 'min'), v.maxValue(2012, 'max'))),
  education: v.optional(v.picklist(EDUCATION_LEVELS)),
  regionCode,
  village: optionalText(40),
  lat: v.optional(lat),
  lon: v.optional(lon),
  skills: tags(30),
  experience: optionalText(500),
  wishes: v.object({
    occupations: tags(10),
    minWage: v.optional(money),
    wageUnit: v.optional(v.picklist(WAGE_UNITS)),
    maxDistanceKm: v.optional(v.pipe(v.number(), v.minValue(0, 'min'), v.maxValue(5000, 'max'))),
    payPeriods: v.array(v.picklist(PAY_PERIODS)),
    availableFrom: v.optional(isoDate),
  }),
  languages: tags(6),
  groups: v.array(v.picklist(SEEKER_GROUPS)),
  consentShareContact: v.boolean(),
  registeredBy: v.picklist(['self', 'staff'] as const),
  registeredByUser: v.optional(id),
  stationId: v.optional(id),
  /** Per field, the hybrid clock of the edit that set it (per-field last-writer-wins). */
  fieldClock: v.optional(v.record(v.string(), v.number())),
  /** Set when a desk merged this duplicate into another profile; the record is then deleted. */
  mergedInto: v.optional(id),
});

const statusEvent = <T extends readonly [string, ...string[]]>(statuses: T) =>
  v.object({ status: v.picklist(statuses), at: epochMs, by: v.optional(id), note: optionalText(200) });

/** Who to call about a sign-up, copied when signing up: signing up is consent to be called about it. */
const contact = v.optional(v.object({ name: text(30), phone: v.optional(phone) }));

export const ApplicationSchema = v.object({
  ...recordBase,
  jobId: id,
  seekerId: id,
  channel: v.picklist(['self', 'referral'] as const),
  stationId: v.optional(id),
  /** The account that posted the job, copied at apply time so the employer's bucket can hold it. */
  jobOwner: v.optional(id),
  /**
   * How the employer reaches the applicant, copied when applying: applying is consent to be
   * called about this job; a desk referral carries the phone only if the worker consented.
   */
  contact,
  status: v.picklist(APPLICATION_STATUSES),
  history: v.array(statusEvent(APPLICATION_STATUSES)),
});

export const CourseSchema = v.object({
  ...recordBase,
  title: text(60),
  stationId: v.optional(id),
  regionCode,
  description: optionalText(1000),
  startDate: isoDate,
  days: count(365),
  capacity: count(10_000),
  points: count(10_000),
  /** The skill a worker who completes it gains (added to their profile's skills). */
  skill: optionalText(20),
  /**
   * Kept by the server as sign-ups come and go: a worker's phone holds no one else's
   * sign-ups, so seats left are read from here. Absent until the first sign-up.
   */
  enrolled: v.optional(count(10_000)),
  waitlisted: v.optional(count(100_000)),
});

export const EnrollmentSchema = v.object({
  ...recordBase,
  courseId: id,
  seekerId: id,
  /** The course's station, whose desk keeps the register. */
  stationId: v.optional(id),
  status: v.picklist(ENROLLMENT_STATUSES),
  /** The server's: place on the waiting list (1 = next to get a seat), while waitlisted. */
  position: v.optional(count(100_000)),
  /** The course days (1…days) the person was there, marked by the desk. */
  attended: v.optional(v.array(v.pipe(count(365), v.minValue(1, 'min')))),
  /** Who to call about the course (the register the desk reads). */
  contact,
});

/** 我想学: a worker asks for training in a skill where they live (居民点单); the county's desks group them. */
export const CourseRequestSchema = v.object({
  ...recordBase,
  seekerId: id,
  /** The skill as the worker named it: an occupation's name from the dictionary, or their own words. */
  skill: text(20),
  occupationCode: v.optional(text(20)),
  /** Their village or town. */
  regionCode,
  status: v.picklist(COURSE_REQUEST_STATUSES),
  /** The course a desk set up for it (站点派单). */
  courseId: v.optional(id),
  answeredAt: v.optional(epochMs),
});

export const PolicySchema = v.object({
  ...recordBase,
  title: text(80),
  body: text(20_000),
  /**
   * The plain-language summary a worker reads first: 能领多少 (amount), 谁能领 (who),
   * 去哪办 (where). Optional: older policies have only the full text.
   */
  summary: v.optional(v.object({ amount: optionalText(80), who: optionalText(200), where: optionalText(200) })),
  /** Who issued it (人社局, a document number): people trust a policy they can trace. */
  source: optionalText(120),
  /**
   * Region codes the policy applies to; a 6-digit code covers the whole county (630000 its
   * province, 630100 its city: NBS codes pad a wider area with zeros). None: everywhere.
   */
  regionCodes: v.array(regionCode),
  tags: tags(10),
  publishedOn: isoDate,
  /** The day it takes effect, when that is not the day it was published. */
  effectiveOn: v.optional(isoDate),
  validUntil: v.optional(isoDate),
  /** Server-set: the account that saved it last, so its own later edit is not taken for someone else's. */
  editedBy: v.optional(id),
});

export const EventSchema = v.object({
  ...recordBase,
  kind: v.picklist(EVENT_KINDS),
  title: text(60),
  stationId: v.optional(id),
  regionCode,
  place: optionalText(80),
  startsAt: epochMs,
  endsAt: epochMs,
  /** The employers taking part, as they are called (some have no job on the phone). */
  employers: v.optional(tags(40, 60)),
  /** The postings presented; they stay linked after the session ends. */
  jobIds: v.optional(v.pipe(v.array(id), v.maxLength(EVENT_JOBS_MAX, 'too_many'))),
  /** A live stream: the platform, the room as people search for it, and a link (web only). */
  stream: v.optional(
    v.object({
      platform: v.picklist(STREAM_PLATFORMS),
      room: optionalText(60),
      url: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, 'too_long'), v.regex(/^https:\/\/[^\s]+$/, 'url'))),
    }),
  ),
});

// 记工's bounds live here, beside the schema, so the first bundle's record schemas need not
// load src/core/worklog.ts (the checks and summaries of the 记工 pages).
/** How a day's wage was agreed: by the day or by the hour. */
export const WORK_WAGE_UNITS = ['day', 'hour'] as const;
export type WorkWageUnit = (typeof WORK_WAGE_UNITS)[number];

/** Above these a typo (an extra zero) is more likely than the wage: 5000 元 a day, 500 元 an hour. */
export const MAX_WAGE: Record<WorkWageUnit, number> = { day: 5000, hour: 500 };
/** Paid for one day: a lump sum for weeks may be written on the day it was paid. */
export const MAX_PAID = 100_000;

/** One day's work as the worker recorded it (src/core/worklog.ts has the bounds a schema cannot say alone). */
const workdayFields = {
  date: isoDate,
  /** Where: the site, the village, the farm. */
  site: text(60),
  wage: v.pipe(v.number(), v.finite(), v.minValue(0, 'min'), v.maxValue(MAX_WAGE.day, 'max')),
  wageUnit: v.picklist(WORK_WAGE_UNITS),
  hours: v.pipe(v.number(), v.finite(), v.minValue(0.5, 'min'), v.maxValue(24, 'max')),
  paid: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0, 'min'), v.maxValue(MAX_PAID, 'max'))),
};

/** 记工: a day a worker worked, on their own phone and in their own bucket only (docs/ACCESS.md). */
export const WorkdaySchema = v.object({
  ...recordBase,
  /** The account whose log it is: only it may read or change the day. */
  ownerId: id,
  ...workdayFields,
  /** The boss or company, as the worker calls them. */
  employerName: text(60),
  note: optionalText(200),
});

/** A worker's days for one employer, copied into a 求助 so the desk sees them without the log. */
const WorklogSnapshot = v.object({
  employerName: text(60),
  days: v.pipe(v.array(v.object(workdayFields)), v.minLength(1, 'required'), v.maxLength(400, 'too_many')),
});

export const ComplaintSchema = v.object({
  ...recordBase,
  kind: v.picklist(COMPLAINT_KINDS),
  seekerId: v.optional(id),
  anonymous: v.boolean(),
  employerName: text(60),
  amount: v.optional(money),
  description: text(2000),
  evidence: v.array(v.object({ item: text(40), have: v.boolean() })),
  stationId: v.optional(id),
  regionCode,
  status: v.picklist(COMPLAINT_STATUSES),
  history: v.array(statusEvent(COMPLAINT_STATUSES)),
  filedBy: v.optional(id),
  /**
   * Who the handling desk calls: the person's name and phone, copied from their profile when
   * a named 求助 is filed (the form promises 驿站会联系你). None on an anonymous one.
   */
  contact,
  /** The job a 对方要我交钱 report is about (kind `fee`). */
  jobId: v.optional(id),
  /**
   * Server only, never sent to a device (projection): who reported (`u:` account, or `d:` a
   * device without a login), so one person reporting a job many times counts once.
   */
  reporter: optionalText(80),
  /** 记工 attached: the filer's days for this employer when they filed (the summary is computed from them). */
  worklog: v.optional(WorklogSnapshot),
});

export const VisitSchema = v.object({
  ...recordBase,
  stationId: id,
  at: epochMs,
  services: v.array(v.picklist(STATION_SERVICES)),
  seekerId: v.optional(id),
  note: optionalText(200),
  /**
   * Set when the person checked in themselves by scanning the station's door code
   * (`visit.checkIn`): the calendar day in China it counts for, one per person and station.
   */
  checkInDay: v.optional(v.pipe(v.number(), v.integer())),
});

/**
 * Something a desk must decide, never decided silently: two profiles that look like one
 * person, or an identity change that raced another edit. Made by the server only.
 */
export const ReviewSchema = v.object({
  ...recordBase,
  kind: v.picklist(REVIEW_KINDS),
  /** The profiles concerned, the earlier one first. */
  seekerIds: v.array(id),
  stationId: v.optional(id),
  regionCode,
  /** What matched, or which identity values a stale edit proposed. */
  detail: optionalText(200),
  status: v.picklist(REVIEW_STATUSES),
  resolvedBy: v.optional(id),
  resolvedAt: v.optional(epochMs),
  /** The merge in force: which profile was kept and which went into it. */
  merge: v.optional(
    v.object({
      keep: id,
      dropped: v.array(id),
      /** For undoing it, per dropped profile; kept on the server (devices receive keep and dropped only). */
      undo: v.optional(
        v.array(
          v.object({
            from: id,
            filled: v.array(v.string()),
            added: v.record(v.string(), v.array(v.string())),
            moved: v.array(v.object({ kind: v.picklist(MERGE_MOVES), id })),
          }),
        ),
      ),
    }),
  ),
  /** Every decision on it, in order: merges (with the survivor and whether identity was checked in person), undos, dismissals. */
  log: v.optional(
    v.array(
      v.object({
        outcome: v.picklist(['merged', 'dismissed', 'unmerged'] as const),
        by: v.optional(id),
        at: epochMs,
        keep: v.optional(id),
        identityChecked: v.optional(v.boolean()),
      }),
    ),
  ),
});

/** One entry of a person's points ledger; the balance is always the sum, never a stored total. */
export const PointsSchema = v.object({
  ...recordBase,
  seekerId: id,
  delta: v.pipe(v.number(), v.integer('integer'), v.minValue(-10_000, 'min'), v.maxValue(10_000, 'max')),
  kind: v.picklist(POINTS_KINDS),
  /** The desk's own words: which course, which goods. */
  reason: optionalText(60),
  /** The station whose desk made the entry (its desk bucket holds it). */
  stationId: v.optional(id),
  at: epochMs,
});

/** Most postings one board's batch holds: a village board takes a few dozen sheets at most. */
export const BOARD_PRINT_JOBS_MAX = 60;

/**
 * 村务公告栏 print log: the postings a station's desk printed for one notice board (a
 * village's, or a town's for jobs placed at town level), when and by whom, so the desk can
 * later list the sheets whose job has closed and have them taken down.
 */
export const BoardPrintSchema = v.object({
  ...recordBase,
  stationId: id,
  /** The board: a village's code (12 digits), or a town's (9) for jobs without a village. */
  regionCode: v.pipe(regionCode, v.minLength(9, 'town')),
  jobIds: v.pipe(v.array(id), v.minLength(1, 'required'), v.maxLength(BOARD_PRINT_JOBS_MAX, 'too_many')),
  printedAt: epochMs,
  printedBy: v.optional(id),
  /** Jobs whose sheet someone has since taken down from this board (已撕下). */
  takenDown: v.optional(v.pipe(v.array(id), v.maxLength(BOARD_PRINT_JOBS_MAX, 'too_many'))),
});

export const RECORD_SCHEMAS = {
  station: StationSchema,
  job: JobSchema,
  employer: EmployerSchema,
  seeker: SeekerSchema,
  application: ApplicationSchema,
  course: CourseSchema,
  enrollment: EnrollmentSchema,
  courseRequest: CourseRequestSchema,
  policy: PolicySchema,
  event: EventSchema,
  complaint: ComplaintSchema,
  visit: VisitSchema,
  points: PointsSchema,
  review: ReviewSchema,
  workday: WorkdaySchema,
  boardPrint: BoardPrintSchema,
} as const;

export type Kind = keyof typeof RECORD_SCHEMAS;
export const KINDS = Object.keys(RECORD_SCHEMAS) as Kind[];

export type Station = v.InferOutput<typeof StationSchema>;
export type Job = v.InferOutput<typeof JobSchema>;
export type Employer = v.InferOutput<typeof EmployerSchema>;
export type Seeker = v.InferOutput<typeof SeekerSchema>;
export type Application = v.InferOutput<typeof ApplicationSchema>;
export type Course = v.InferOutput<typeof CourseSchema>;
export type Enrollment = v.InferOutput<typeof EnrollmentSchema>;
export type CourseRequest = v.InferOutput<typeof CourseRequestSchema>;
export type Policy = v.InferOutput<typeof PolicySchema>;
export type Event = v.InferOutput<typeof EventSchema>;
export type Complaint = v.InferOutput<typeof ComplaintSchema>;
export type Visit = v.InferOutput<typeof VisitSchema>;
export type Points = v.InferOutput<typeof PointsSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Workday = v.InferOutput<typeof WorkdaySchema>;
export type BoardPrint = v.InferOutput<typeof BoardPrintSchema>;

export interface RecordByKind {
  station: Station;
  job: Job;
  employer: Employer;
  seeker: Seeker;
  application: Application;
  course: Course;
  enrollment: Enrollment;
  courseRequest: CourseRequest;
  policy: Policy;
  event: Event;
  complaint: Complaint;
  visit: Visit;
  points: Points;
  review: Review;
  workday: Workday;
  boardPrint: BoardPrint;
}
export type AnyRecord = RecordByKind[Kind];
export type StationService = (typeof STATION_SERVICES)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];
export type WageUnit = (typeof WAGE_UNITS)[number];
export type PostingFlag = (typeof POSTING_FLAGS)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type PointsKind = (typeof POINTS_KINDS)[number];

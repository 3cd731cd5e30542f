/**
 * The engine's plain, serializable inputs and outputs: what a worker, the server and the CLI
 * pass in and get back. Places are names, not codes, so any corpus can be indexed.
 */
export type PayPeriod = 'daily' | 'weekly' | 'monthly';
export type WageUnit = 'hour' | 'day' | 'month' | 'piece';
export type Perk = 'meals' | 'lodging' | 'transport';

export interface PlaceNames {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
  village?: string;
}

/** A job as the engine indexes it. */
export interface MatchDoc {
  id: string;
  title: string;
  /** The occupation in the employer's words, e.g. '家政保洁'. */
  occupation?: string;
  /** Dictionary code when known (postings pick one); otherwise read from `occupation`. */
  occupationCode?: string;
  description?: string;
  skills: string[];
  employer?: string;
  place: PlaceNames;
  lat?: number;
  lon?: number;
  wageMin?: number;
  wageMax?: number;
  wageUnit?: WageUnit;
  payPeriod?: PayPeriod;
  /** Perks stated as data; perks written in the title or description are read as well. */
  perks?: Perk[];
  /** Epoch ms. */
  postedAt?: number;
  /** ISO date the work starts. */
  startDate?: string;
  verified?: boolean;
}

/** A job seeker as staff match them (DESIGN §3 Seeker, wishes flattened). */
export interface SeekerDoc {
  id: string;
  name?: string;
  /** Wished occupation codes. */
  occupations: string[];
  skills: string[];
  place: PlaceNames;
  lat?: number;
  lon?: number;
  minWage?: number;
  wageUnit?: WageUnit;
  maxDistanceKm?: number;
  payPeriods: PayPeriod[];
  /** ISO date. */
  availableFrom?: string;
}

/** Why a result ranks where it does; the UI words it (see formatReasons). */
export type Reason =
  | { kind: 'occupation'; code?: string; name: string }
  | { kind: 'related'; code: string; name: string }
  | { kind: 'text'; value: string }
  | { kind: 'place'; value: string }
  | { kind: 'distance'; km: number }
  /** Farther than the seeker said they would go (or, without coordinates, in another county). */
  | { kind: 'beyondLimit'; km: number }
  /** Pays at least the seeker's lowest wage. */
  | { kind: 'wageFloor'; amount: number; unit: WageUnit }
  /** Pays the way the seeker asked (日结…). */
  | { kind: 'payWanted'; value: PayPeriod }
  | { kind: 'payPeriod'; value: PayPeriod }
  | { kind: 'wage'; min: number; max: number; unit: WageUnit }
  | { kind: 'perk'; value: Perk }
  | { kind: 'skill'; value: string }
  | { kind: 'fresh'; days: number }
  | { kind: 'verified' };

export interface Hit {
  id: string;
  score: number;
  reasons: Reason[];
}

/**
 * How a query that does not literally name an occupation was read: typed pinyin, first
 * letters, a slip of the finger, a similar sound (voice input, a wrong IME candidate) or a
 * 9-key slip.
 */
export type ReadingHow = 'pinyin' | 'initials' | 'typo' | 'sound' | 'keypad';

export interface Reading {
  how: ReadingHow;
  /** What was typed. */
  typed: string;
  /** The occupation word it was read as. */
  as: string;
}

/** An occupation offered when nothing answers the query closely enough. */
export interface DidYouMean {
  name: string;
  code?: string;
}

export interface SearchResult {
  /** Best first; when `didYouMean` is set these are its jobs, offered, not answers (maybe none). */
  hits: Hit[];
  /** Jobs that answer the query, in the place it names if any; 0 with a did-you-mean. */
  total: number;
  /** Set when the answers rest on a reading of the query rather than its words as typed. */
  reading?: Reading;
  /** Set when nothing answers the query: "没找到…，你是不是要找…". */
  didYouMean?: DidYouMean;
}

export interface Origin {
  lat: number;
  lon: number;
}

export interface SearchOptions {
  k?: number;
  /** Where the searcher is, for distance ranking and the distance reason. */
  origin?: Origin;
  maxDistanceKm?: number;
  verifiedOnly?: boolean;
  /** Only these pay periods; empty or absent means any. */
  payPeriods?: PayPeriod[];
  /** Lowest acceptable pay per day (see filters.ts for other units). */
  minDailyWage?: number;
  /** Only jobs posted within this many days. */
  postedWithinDays?: number;
  /** Epoch ms for freshness; defaults to the clock. */
  now?: number;
}

export interface Changes<T> {
  put?: T[];
  remove?: string[];
}

export interface EngineStats {
  jobs: number;
  seekers: number;
  occupations: number;
  places: number;
}

/**
 * The demo county: a realistic, reproducible data set loaded into an empty database on
 * first start. Same seed, same data. Every record passes the shared schema before it is
 * written, so the demo can never hold a shape the app would reject.
 */
import { uuidv7 } from '../../src/core/ids';
import { type SeededRandom, seededRandom } from '../../src/core/random';
import { type Occupation, OCCUPATIONS } from '../../src/core/occupations';
import {
  type AnyRecord,
  BENEFITS,
  type Course,
  type Event,
  type Job,
  type Kind,
  type Policy,
  RECORD_SCHEMAS,
  type Seeker,
  SEEKER_GROUPS,
  type Station,
} from '../../src/core/records';
import { type Region, townsOf, villageWord, villagesOf } from '../../src/core/regions';
import { countyOf } from '../../src/core/regions/codes';
import { postingFlags } from '../../src/core/rules';
import { validate } from '../../src/core/validation';
import type { Database } from '../db/database';
import { writeRecords } from '../sync/record-store';
import { seedDemoAccounts } from './accounts';
import { ANCHORS, type DemoAnchor, TOWN_SERVICES } from './places';

export interface DemoSize {
  jobs: number;
  seekers: number;
  /** Town-level stations per county, besides the anchor station. */
  stationsPerCounty: number;
}

export const DEFAULT_DEMO: DemoSize = { jobs: 4000, seekers: 400, stationsPerCounty: 6 };

const DAY_MS = 86_400_000;

type Rng = SeededRandom;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎'.split('');
const GIVEN = '建国秀英海军桂兰志强丽娟国华玉梅永红春花德明淑珍长青金凤保平小燕文斌红霞明亮桂芳宝山晓东'.match(
  /.{2}/g,
)!;
const EMPLOYER_SUFFIX: Record<string, string[]> = {
  construction: ['建筑劳务有限公司', '装饰工程队', '建设工程有限公司'],
  farm: ['农牧专业合作社', '家庭农场', '种植专业合作社'],
  home: ['家政服务中心', '家政服务有限公司'],
  food: ['餐饮店', '农家乐', '食堂'],
  logistics: ['物流有限公司', '快递服务站', '仓储有限公司'],
  other: ['商贸有限公司', '服务有限公司', '工厂'],
};

function employerGroup(occupation: Occupation): string {
  const c = occupation.category;
  if (/建筑|装修|工程/.test(c)) return 'construction';
  if (/农|牧|养殖|种植/.test(c)) return 'farm';
  if (/家政|护理|育婴/.test(c)) return 'home';
  if (/餐饮|厨/.test(c)) return 'food';
  if (/物流|运输|快递|仓/.test(c)) return 'logistics';
  return 'other';
}

const personName = (r: Rng) => r.pick(SURNAMES) + r.pick(GIVEN);
const mobile = (r: Rng) => `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
const jitter = (r: Rng, km: number) => ((r.next() - 0.5) * 2 * km) / 111;
const round = (n: number, digits = 5) => Number(n.toFixed(digits));

function base(now: number) {
  return { id: uuidv7(now), version: 0, updatedAt: now, deleted: false };
}

function stations(r: Rng, size: DemoSize, now: number): Station[] {
  return ANCHORS.flatMap((anchor: DemoAnchor) => {
    const county = countyOf(anchor.regionCode);
    const main: Station = {
      ...base(now),
      name: anchor.name,
      kind: anchor.kind,
      regionCode: anchor.regionCode,
      address: anchor.address,
      lat: anchor.lat,
      lon: anchor.lon,
      hours: anchor.allDay ? { allDay: true } : { allDay: false, daily: '08:30-17:30' },
      services: anchor.services,
      phone: anchor.phone,
    };
    const towns = townsOf(county).filter((t) => t.code !== anchor.regionCode);
    const points = towns.slice(0, size.stationsPerCounty).map((town): Station => {
      const kind = r.pick(['零工驿站', '就业驿站', '爱心驿站'] as const);
      const label = kind === '爱心驿站' ? '爱心驿站' : kind === '就业驿站' ? '就业驿站' : '零工服务站';
      return {
        ...base(now),
        name: `${town.name}${label}`,
        kind,
        regionCode: town.code,
        address: `${town.name}便民服务中心一楼`,
        lat: round(anchor.lat + jitter(r, 12)),
        lon: round(anchor.lon + jitter(r, 12)),
        hours: r.chance(0.2) ? { allDay: true } : { allDay: false, daily: r.pick(['08:00-18:00', '09:00-17:00']) },
        services: TOWN_SERVICES[kind],
        phone: `0${r.int(100, 999)}-${r.int(6_000_000, 8_999_999)}`,
      };
    });
    return [main, ...points];
  });
}

function wageFor(r: Rng, occupation: Occupation) {
  const { unit, min, max } = occupation.typicalWage;
  const step = unit === 'month' ? 100 : unit === 'day' ? 10 : 1;
  const low = Math.round((min + r.next() * (max - min) * 0.6) / step) * step;
  const high = Math.max(low, Math.round((low + r.next() * (max - low)) / step) * step);
  return { wageMin: low, wageMax: high, wageUnit: unit };
}

const TITLE_FORMS = [
  (o: Occupation) => o.name,
  (o: Occupation) => `招${o.name}`,
  (o: Occupation, place: string) => `${place}${o.name}`,
  (o: Occupation) => `急招${o.name}${['2名', '3名', '若干'][o.name.length % 3]}`,
];

/** Farm and herding work belongs to the rural demo counties, not to city districts. */
const RURAL_COUNTIES = new Set(['630103', '150525']);
const isFarmWork = (o: Occupation) => o.category === '农业养殖';
const URBAN_OCCUPATIONS = OCCUPATIONS.filter((o) => !isFarmWork(o));

/** A village as people say it (水磨村, not 水磨村村委会), for the demo's words. */
const villageWordOf = (village: Region | undefined) => village && villageWord(village.name);

function jobs(r: Rng, size: DemoSize, allStations: Station[], now: number): Job[] {
  return Array.from({ length: size.jobs }, (): Job => {
    const station = r.pick(allStations);
    const county = countyOf(station.regionCode);
    const town = r.pick(townsOf(county));
    const villageCommittee = r.chance(0.5) ? r.pick(villagesOf(town.code)) : undefined;
    const village = villageWordOf(villageCommittee);
    const occupation = r.pick(RURAL_COUNTIES.has(county) ? OCCUPATIONS : URBAN_OCCUPATIONS);
    const title = r.pick(TITLE_FORMS)(occupation, town.name.replace(/(街道|镇|乡|苏木)$/, ''));
    const skills = r.some(occupation.skills, 2);
    const benefits = r.some(BENEFITS, 1.2);
    const postedAt = now - r.int(0, 29) * DAY_MS - r.int(0, DAY_MS);
    const verified = r.chance(0.7);
    const description = [
      `${town.name}${village ?? ''}招${occupation.name}`,
      skills.length ? `要求会${skills.join('、')}` : '无经验可以带',
      benefits.includes('meals') ? '管饭' : '',
      '求职者不交任何费用',
    ]
      .filter(Boolean)
      .join('，');
    const group = employerGroup(occupation);
    return {
      ...base(postedAt),
      title,
      occupationCode: occupation.code,
      description,
      skills,
      employerName: `${town.name.slice(0, 2)}${r.pick(['鑫', '福', '兴', '顺', '丰', '盛'])}${r.pick(EMPLOYER_SUFFIX[group])}`,
      stationId: station.id,
      regionCode: villageCommittee?.code ?? town.code,
      place: `${town.name}${village ? ` ${village}` : ''}`,
      lat: round(station.lat + jitter(r, 8)),
      lon: round(station.lon + jitter(r, 8)),
      ...wageFor(r, occupation),
      payPeriod: r.chance(0.7) ? occupation.payPeriod : r.pick(['daily', 'weekly', 'monthly'] as const),
      headcount: r.int(1, 12),
      startDate: new Date(postedAt + r.int(1, 20) * DAY_MS).toISOString().slice(0, 10),
      durationDays: r.chance(0.5) ? r.int(1, 90) : undefined,
      benefits,
      requirements: r.chance(0.3) ? `年龄${r.int(18, 25)}-${r.int(55, 65)}岁，身体健康` : undefined,
      flags: [],
      status: postedAt < now - 25 * DAY_MS ? r.pick(['open', 'filled', 'expired'] as const) : 'open',
      verification: verified
        ? { state: 'verified', method: r.pick(['callback', 'onsite'] as const), at: postedAt + DAY_MS / 4 }
        : { state: 'unverified' },
      contactPhone: station.phone,
      postedAt,
      expiresAt: postedAt + 30 * DAY_MS,
    };
  }).map((job) => ({
    ...job,
    ...agreeing(job),
    flags: postingFlags(job.title, job.description, job.requirements),
  }));
}

/**
 * What a drawn job must agree with (applied after the draws, so the seeded data stays the same
 * otherwise): a monthly wage is paid monthly and a day's or an hour's never monthly; a title
 * that says 招2名 wants two people.
 */
function agreeing(job: Job): Pick<Job, 'payPeriod' | 'headcount'> {
  const named = /(\d+)名/.exec(job.title);
  return {
    payPeriod: job.wageUnit === 'month' ? 'monthly' : job.payPeriod === 'monthly' ? 'daily' : job.payPeriod,
    headcount: named ? Number(named[1]) : job.headcount,
  };
}

function seekers(r: Rng, size: DemoSize, allStations: Station[], now: number): Seeker[] {
  return Array.from({ length: size.seekers }, (_, i): Seeker => {
    // Every station has someone registered (a desk's lists are never empty in the demo); the
    // pick is still drawn, so the rest of the data is the same as before.
    const picked = r.pick(allStations);
    const station = i < allStations.length ? allStations[i] : picked;
    const town = r.pick(townsOf(countyOf(station.regionCode)));
    const wanted = [r.pick(OCCUPATIONS), r.pick(OCCUPATIONS)];
    return {
      ...base(now - r.int(0, 200) * DAY_MS),
      name: personName(r),
      phone: mobile(r),
      birthYear: r.int(1962, 2004),
      education: r.pick(['primary', 'junior', 'junior', 'senior', 'vocational'] as const),
      regionCode: town.code,
      village: r.chance(0.6) ? villageWordOf(r.pick(villagesOf(town.code))) : undefined,
      lat: round(station.lat + jitter(r, 10)),
      lon: round(station.lon + jitter(r, 10)),
      skills: r.some(wanted[0].skills, 2),
      experience: `做过${r.int(1, 15)}年${wanted[0].name}`,
      wishes: {
        occupations: wanted.map((o) => o.code),
        minWage: wanted[0].typicalWage.min,
        wageUnit: wanted[0].typicalWage.unit,
        maxDistanceKm: r.pick([5, 10, 20, 50]),
        payPeriods: r.chance(0.6) ? ['daily'] : [],
      },
      languages: station.regionCode.startsWith('15') && r.chance(0.3) ? ['普通话', '蒙古语'] : ['普通话'],
      groups: r.some(SEEKER_GROUPS, 1),
      consentShareContact: r.chance(0.6),
      registeredBy: r.chance(0.5) ? 'staff' : 'self',
      stationId: station.id,
    };
  });
}

function reference(r: Rng, allStations: Station[], now: number): (Policy | Course | Event)[] {
  const day = (offset: number) => new Date(now + offset * DAY_MS).toISOString().slice(0, 10);
  // Each leads with the plain summary a worker reads first; codes: none = everywhere, 630000 = 青海省.
  const demoPolicies: Omit<Policy, 'id' | 'version' | 'updatedAt' | 'deleted' | 'publishedOn'>[] = [
    {
      title: '零工市场服务规则：求职登记、岗位发布全程免费',
      body: '零工市场是公益性服务场所。求职登记、岗位信息、职业指导、政策咨询一律免费。任何以介绍工作为名收取押金、培训费、服装费的，请拨打12333举报。',
      summary: { amount: '不收任何费用', who: '所有求职的人和招工的老板', where: '就近的零工驿站；收费的打12333举报' },
      source: '人力资源社会保障部',
      regionCodes: [],
      tags: ['服务', '维权'],
    },
    {
      title: '农民工工资被拖欠怎么办',
      body: '一、保存好考勤记录、工资条、聊天记录、工友证言。\n二、先与用工方协商。\n三、向当地人社部门劳动保障监察机构投诉，或拨打12333；也可拨打工会维权热线12351。\n四、可申请劳动争议仲裁，农民工申请仲裁不收费。',
      summary: {
        amount: '欠多少追多少，申请仲裁不收费',
        who: '被拖欠工资的务工人员',
        where: '劳动保障监察大队，或打12333、12351',
      },
      source: '人力资源社会保障部 全国总工会',
      regionCodes: [],
      tags: ['维权'],
    },
    {
      title: '灵活就业人员社会保险补贴',
      body: '就业困难人员、离校2年内未就业高校毕业生灵活就业后缴纳社会保险费的，可按规定申请社会保险补贴，补贴期限一般不超过3年。带身份证到驿站登记。',
      summary: {
        amount: '补一部分社保费，最长3年',
        who: '就业困难人员、离校2年内的高校毕业生，打零工并自己交社保的',
        where: '驿站登记，带身份证和社保缴费凭证',
      },
      source: '人力资源社会保障部 财政部',
      regionCodes: [],
      tags: ['补贴', '社保'],
    },
    {
      title: '职业技能培训补贴',
      body: '参加职业技能培训并取得证书的，可按规定申请培训补贴。脱贫人口参加培训期间可领取生活费补贴。',
      summary: {
        amount: '培训费按证书等级补贴，脱贫人口另有生活费',
        who: '参加培训并拿到证书的劳动者',
        where: '开班的驿站或县人社局，带身份证和证书',
      },
      source: '人力资源社会保障部 财政部',
      regionCodes: [],
      tags: ['补贴', '培训'],
    },
    {
      title: '脱贫人口外出务工交通补贴',
      body: '脱贫人口跨省务工的，可申请一次性交通补贴，凭务工证明到乡镇就业驿站办理。',
      summary: {
        amount: '一次性交通补贴，按路程定',
        who: '到外省打工的脱贫人口',
        where: '乡镇就业驿站，带务工证明和身份证',
      },
      source: '国家乡村振兴局 人力资源社会保障部',
      regionCodes: [],
      tags: ['补贴'],
    },
    {
      title: '新就业形态劳动者职业伤害保障',
      body: '外卖、快递、网约车等平台劳动者在工作中受到伤害的，可按规定享受职业伤害保障待遇。',
      summary: {
        amount: '看病费用和伤残待遇按规定报',
        who: '外卖、快递、网约车等平台骑手司机',
        where: '平台客服报案，再到社保经办机构',
      },
      source: '人力资源社会保障部',
      regionCodes: [],
      tags: ['社保', '维权'],
    },
    {
      title: '城中区一次性创业补贴',
      body: '在本区首次创办小微企业或从事个体经营，正常经营6个月以上并带动就业的，可申请一次性创业补贴5000元。\n申请时带身份证、营业执照、经营场所证明，到区人社局就业服务窗口或总寨镇零工驿站提交。',
      summary: {
        amount: '一次性5000元',
        who: '在城中区第一次开店办厂、开了6个月以上的人',
        where: '区人社局就业窗口或总寨镇零工驿站，带身份证和营业执照',
      },
      source: '西宁市城中区人力资源和社会保障局',
      regionCodes: ['630103'],
      tags: ['补贴', '创业'],
      effectiveOn: day(-30),
    },
    {
      title: '青海省零工驿站求职服务',
      body: '全省各零工驿站为求职人员提供免费的岗位信息、技能培训报名、政策咨询，并提供饮水、休息、手机充电。夜间有岗位的驿站24小时开放。',
      summary: { amount: '全部免费', who: '在青海找活的人', where: '就近的零工驿站' },
      source: '青海省人力资源和社会保障厅',
      regionCodes: ['630000'],
      tags: ['服务'],
    },
    {
      title: '奈曼旗农牧民转移就业培训补贴',
      body: '参加旗里组织的电焊、家政、驾驶等培训并取得证书的农牧民，培训费全免，培训期间每天补贴生活费50元。',
      summary: { amount: '培训免费，每天生活费50元', who: '奈曼旗的农牧民', where: '奈曼旗零工市场报名，带身份证' },
      source: '奈曼旗人力资源和社会保障局',
      regionCodes: ['150525'],
      tags: ['补贴', '培训'],
    },
    {
      title: '河东区灵活就业社保补贴（2025年度）',
      body: '2025年度灵活就业社保补贴申报已结束。',
      regionCodes: ['120102'],
      tags: ['社保'],
      validUntil: day(-10),
    },
  ];
  const policies = demoPolicies.map(
    (policy, i): Policy => ({ ...base(now - i * DAY_MS), ...policy, publishedOn: day(-i) }),
  );
  const courses = allStations.slice(0, 10).map(
    (station, i): Course => ({
      ...base(now),
      title: ['家政服务员培训', '电工上岗证培训', '中式烹调师培训', '育婴员培训', '电焊工培训'][i % 5],
      stationId: station.id,
      regionCode: station.regionCode,
      description: '免费培训，结业发证，培训期间管午饭。',
      startDate: new Date(now + r.int(3, 40) * DAY_MS).toISOString().slice(0, 10),
      days: r.pick([5, 10, 15]),
      capacity: r.pick([20, 30, 50]),
      points: r.pick([10, 20, 30]),
    }),
  );
  const events = allStations.slice(0, 6).map((station, i): Event => {
    const startsAt = now + (i + 1) * 3 * DAY_MS + 9 * 3_600_000;
    return {
      ...base(now),
      kind: i % 2 === 0 ? 'live_stream' : 'job_fair',
      title: i % 2 === 0 ? `${station.name}直播带岗` : `${station.name}春风行动招聘会`,
      stationId: station.id,
      regionCode: station.regionCode,
      place: station.address,
      startsAt,
      endsAt: startsAt + 3 * 3_600_000,
      ...(i % 2 === 0 && { stream: { platform: 'douyin' as const, room: `${station.name}就业直播间` } }),
    };
  });
  return [...policies, ...courses, ...events];
}

/** A session presents a few open jobs of its own station, as a desk would attach them. */
function withStationJobs(event: Event, allJobs: Job[]): Event {
  const jobIds = allJobs
    .filter((job) => job.stationId === event.stationId && job.status === 'open')
    .slice(0, 4)
    .map((job) => job.id);
  return { ...event, jobIds };
}

function checkedWrites(kind: Kind, records: AnyRecord[]) {
  return records.map((record) => {
    const result = validate(RECORD_SCHEMAS[kind], record);
    if (!result.ok) throw new Error(`demo ${kind} is invalid: ${result.errors[0].message}`);
    return { kind, record: result.value as AnyRecord };
  });
}

/** The demo's records, the same on every run (a fixed seed), checked against their schemas. */
export function demoRecords(size: DemoSize = DEFAULT_DEMO, now = Date.now()) {
  const r = seededRandom(20_251_212);
  const allStations = stations(r, size, now);
  const refs = reference(r, allStations, now);
  const demoJobs = jobs(r, size, allStations, now);
  const writes = [
    ...checkedWrites('station', allStations),
    ...checkedWrites('job', demoJobs),
    ...checkedWrites('seeker', seekers(r, size, allStations, now)),
    ...checkedWrites(
      'policy',
      refs.filter((x): x is Policy => 'body' in x),
    ),
    ...checkedWrites(
      'course',
      refs.filter((x): x is Course => 'capacity' in x),
    ),
    ...checkedWrites(
      'event',
      refs.filter((x): x is Event => 'startsAt' in x).map((event) => withStationJobs(event, demoJobs)),
    ),
  ];
  return { stations: allStations, writes };
}

export async function seedDemo(db: Database, size: DemoSize = DEFAULT_DEMO, now = Date.now()): Promise<void> {
  const { stations: allStations, writes } = demoRecords(size, now);
  await db.transaction(async (tx) => {
    for (let i = 0; i < writes.length; i += 1000) await writeRecords(tx, writes.slice(i, i + 1000));
    await seedDemoAccounts(tx, allStations);
    await tx.query(`INSERT INTO server_settings (name, value) VALUES ('demo', 'true') ON CONFLICT (name) DO NOTHING`);
  });
}

/** Does this database hold the demo (and so the demo accounts, whose password is public)? */
export async function isDemoDatabase(db: Database): Promise<boolean> {
  const [row] = await db.query(`SELECT 1 FROM server_settings WHERE name = 'demo'`);
  return row !== undefined;
}

export async function seedDemoIfEmpty(db: Database, size: DemoSize): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
  if (n > 0) return false;
  await seedDemo(db, size);
  return true;
}

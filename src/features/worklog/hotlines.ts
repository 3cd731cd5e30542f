/**
 * Who to call about unpaid wages. The national lines are real: 12351 (全国总工会职工服务热线),
 * 12333 (人社服务热线, which takes 劳动保障监察 complaints anywhere) and 12348 (法律援助).
 * A county's own labour inspection number is a small table here; the demo counties' numbers
 * look real but are made up, and the page says so. A deployment replaces this table with its
 * counties' numbers (from the 人社局's published list) and sets `demo: false`.
 */
import { countyOf } from '../../core/regions/codes';

export const UNION_HOTLINE = '12351';
export const LABOUR_HOTLINE = '12333';
export const LEGAL_AID_HOTLINE = '12348';

interface LocalLine {
  phone: string;
  demo: boolean;
}

const INSPECTION_BY_COUNTY: Record<string, LocalLine> = {
  '630103': { phone: '0971-8241236', demo: true }, // 西宁市城中区
  '150525': { phone: '0475-4212345', demo: true }, // 通辽市奈曼旗
  '120102': { phone: '022-24312333', demo: true }, // 天津市河东区
  '330102': { phone: '0571-87812333', demo: true }, // 杭州市上城区
  '410172': { phone: '0371-67812333', demo: true }, // 郑州高新区
};

/** The county's labour inspection line, if the table has it. */
export function inspectionLine(regionCode: string): LocalLine | undefined {
  return regionCode ? INSPECTION_BY_COUNTY[countyOf(regionCode)] : undefined;
}

/** `tel:` wants digits only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

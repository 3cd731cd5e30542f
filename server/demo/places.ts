/**
 * The demo county network: the stations named in the news reports the product grew from,
 * at their real places (coordinates WGS-84, approximate to a few hundred metres), plus the
 * town-level service points a three-level network (旗-乡-村) would have around them.
 */
import type { Station, StationService } from '../../src/core/records';

export interface DemoAnchor {
  name: string;
  kind: Station['kind'];
  regionCode: string;
  address: string;
  lat: number;
  lon: number;
  allDay: boolean;
  services: StationService[];
  phone?: string;
}

/** One anchor per demo county: where the reports' stations are. */
export const ANCHORS: DemoAnchor[] = [
  {
    name: '总寨镇24小时数智零工驿站',
    kind: '零工驿站',
    regionCode: '630103100',
    address: '青海省西宁市城中区总寨镇总寨村',
    lat: 36.5357,
    lon: 101.7466,
    allDay: true,
    services: ['job_desk', 'training', 'policy', 'rest', 'water', 'first_aid', 'lockers', 'charging', 'wifi'],
    phone: '0971-8123456',
  },
  {
    name: '奈曼旗零工市场',
    kind: '零工市场',
    regionCode: '150525100',
    address: '内蒙古通辽市奈曼旗大沁他拉镇5G产业园',
    lat: 42.8461,
    lon: 120.6586,
    allDay: false,
    services: ['job_desk', 'training', 'policy', 'rest', 'water', 'live_stream', 'printing', 'toilet'],
    phone: '0475-4212345',
  },
  {
    name: '来津就业服务第1站',
    kind: '就业驿站',
    regionCode: '120102',
    address: '天津市河东区天津站后广场出站口',
    lat: 39.1378,
    lon: 117.2108,
    allDay: false,
    services: ['job_desk', 'policy', 'rest', 'water', 'charging', 'lodging', 'wifi'],
    phone: '022-24123456',
  },
  {
    name: '郑州高新区零工客栈',
    kind: '工会驿站',
    regionCode: '410172',
    address: '河南省郑州市高新区国家大学科技园',
    lat: 34.8056,
    lon: 113.5469,
    allDay: false,
    services: ['job_desk', 'training', 'policy', 'legal_aid', 'charging', 'first_aid', 'wifi'],
    phone: '0371-67123456',
  },
  {
    name: '凯旋街道诺巢爱心驿站',
    kind: '爱心驿站',
    regionCode: '330102011',
    address: '浙江省杭州市上城区凯旋街道景芳路',
    lat: 30.2798,
    lon: 120.1949,
    allDay: true,
    services: ['rest', 'water', 'meals', 'charging', 'toilet', 'first_aid', 'training', 'lodging', 'wifi'],
    phone: '0571-86123456',
  },
];

/** Services a town-level point typically offers, one set per station kind. */
export const TOWN_SERVICES: Record<Station['kind'], StationService[]> = {
  零工驿站: ['job_desk', 'policy', 'rest', 'water', 'charging'],
  就业驿站: ['job_desk', 'policy', 'training', 'printing'],
  零工市场: ['job_desk', 'rest', 'water', 'toilet'],
  爱心驿站: ['rest', 'water', 'meals', 'charging', 'toilet'],
  工会驿站: ['rest', 'water', 'charging', 'legal_aid'],
};

/**
 * What points buy at the station (兑换), with their price: the demo station's list, shown on
 * 积分 and offered on the desk's 兑换 form. A station that prices differently changes it here.
 */
import type { PointsKind } from '../../core/records';

export const GOODS = [
  { item: 'meal', kind: 'goods', cost: 20 },
  { item: 'training', kind: 'training_seat', cost: 50 },
  { item: 'gloves', kind: 'goods', cost: 10 },
  { item: 'towel', kind: 'goods', cost: 15 },
  { item: 'haircut', kind: 'goods', cost: 30 },
] as const satisfies readonly { item: string; kind: PointsKind; cost: number }[];

export type GoodsItem = (typeof GOODS)[number]['item'];

/**
 * Occupation pictures: one per category, and one for the common trades people recognise at a
 * glance. Plain SVG paths on a 24×24 grid, drawn as strokes (no icon font, no emoji an old
 * phone may lack). Loaded with the picker, and with job cards only in 长辈模式; it holds no
 * occupation list, only codes, so a card never pulls in the dictionary.
 */
import type { Words } from './strings';

const PICTURES = {
  wall: 'M3 5h18v14H3zM3 12h18M9 5v7M15 12v7',
  sprout: 'M12 21v-9M12 12C12 8 9 6 5 6c0 4 3 6 7 6zM12 12c0-4 3-7 7-7 0 4-3 7-7 7z',
  house: 'M3 11l9-8 9 8M5 9.5V20h14V9.5M10 20v-6h4v6',
  wrench: 'M14.5 3.5a5 5 0 0 0-5.8 6.8L3.5 15.5a2.1 2.1 0 0 0 3 3l5.2-5.2a5 5 0 0 0 6.8-5.8l-3 3-3-3z',
  bowl: 'M3 12h18a9 9 0 0 1-18 0zM13 3l-3 7M20 4l-6 6',
  truck: 'M2 5h12v11H2zM14 9h4l3 3.5V16h-7zM6 20a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM17 20a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
  factory: 'M3 21V10l6 4v-4l6 4V3h4v18zM3 21h18',
  bag: 'M5 8h14l-1 13H6zM9 8a3 3 0 0 1 6 0',
  bolt: 'M13 2L4 14h7l-1 8 9-12h-7z',
  flame: 'M12 2c4 5 6 8 6 12a6 6 0 0 1-12 0c0-3 1.5-5 3-7 .5 2 1.5 3 3 3 0-3-1-5 0-8z',
  drop: 'M12 3c4 5 7 9 7 12a7 7 0 0 1-14 0c0-3 3-7 7-12z',
  roller: 'M4 3h13v5H4zM17 5.5h3V12h-8.5v3M10 15h3v6h-3z',
  box: 'M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10',
  car: 'M3 16v-4l2.5-5h13l2.5 5v4zM3 12h18M7 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM17 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  broom: 'M15 2l-4 10M6 12h10l2 9H4z',
  heart: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1.5A4 4 0 0 1 20 9c0 6-8 11-8 11z',
  cross: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  leaf: 'M5 19C5 10 10 5 20 5c0 10-5 15-14 15zM5 19l8-8',
  scissors: 'M6 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8.5 7.5L20 19M8.5 16.5L20 5',
  coin: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 7l4 5 4-5M12 12v6M8.5 13h7M8.5 16h7',
  phone: 'M7 2h10v20H7zM11 18h2',
  needle: 'M19 3L5 17l-1 4 4-1L22 6zM16 6l2 2',
  tree: 'M12 2l7 10h-4l5 6H4l5-6H5zM12 18v4',
} as const;

export type Picture = keyof typeof PICTURES;

export const picturePath = (picture: Picture): string => PICTURES[picture];

/** Each category's picture and the key of its name in strings.ts. */
export const CATEGORIES: Readonly<Record<string, { picture: Picture; key: keyof Words }>> = {
  建筑装修: { picture: 'wall', key: 'category.building' },
  农业养殖: { picture: 'sprout', key: 'category.farming' },
  家政服务: { picture: 'house', key: 'category.household' },
  维修服务: { picture: 'wrench', key: 'category.repair' },
  餐饮服务: { picture: 'bowl', key: 'category.catering' },
  物流运输: { picture: 'truck', key: 'category.logistics' },
  安保物业: { picture: 'shield', key: 'category.security' },
  制造加工: { picture: 'factory', key: 'category.factory' },
  商业服务: { picture: 'bag', key: 'category.retail' },
};

/** Every occupation's picture: its own where one reads at a glance, else its category's. */
const OF_OCCUPATION: Readonly<Record<string, Picture>> = {
  bricklayer: 'wall',
  tiler: 'wall',
  plasterer: 'roller',
  rebar_worker: 'wall',
  carpenter: 'wall',
  welder: 'flame',
  plumber: 'drop',
  electrician: 'bolt',
  laborer: 'wall',
  painter: 'roller',
  scaffolder: 'wall',
  concrete_worker: 'wall',
  waterproofer: 'drop',
  decorator: 'roller',
  excavator_operator: 'truck',
  crane_operator: 'wall',
  fruit_picker: 'leaf',
  tea_picker: 'leaf',
  shepherd: 'sprout',
  livestock_breeder: 'sprout',
  milker: 'drop',
  harvester: 'sprout',
  farmhand: 'sprout',
  greenhouse_worker: 'sprout',
  tractor_driver: 'car',
  forest_ranger: 'tree',
  cleaner: 'broom',
  window_cleaner: 'broom',
  nanny: 'heart',
  childcare: 'heart',
  maternity_nurse: 'heart',
  caregiver: 'cross',
  appliance_repair: 'bolt',
  property_repair: 'wrench',
  machinist: 'wrench',
  auto_mechanic: 'car',
  dishwasher: 'bowl',
  cook: 'bowl',
  kitchen_helper: 'bowl',
  waiter: 'bowl',
  pastry_cook: 'bowl',
  bbq_cook: 'flame',
  mover: 'box',
  loader: 'box',
  truck_driver: 'truck',
  driver: 'car',
  courier: 'box',
  delivery_rider: 'box',
  sorter: 'box',
  packer: 'box',
  warehouse_keeper: 'box',
  forklift_driver: 'truck',
  security_guard: 'shield',
  doorman: 'shield',
  parking_attendant: 'car',
  gardener: 'tree',
  street_sweeper: 'broom',
  sewing_worker: 'needle',
  assembly_worker: 'factory',
  quality_inspector: 'factory',
  food_processing: 'factory',
  butcher: 'factory',
  handicraft: 'needle',
  salesperson: 'bag',
  cashier: 'coin',
  livestream_host: 'phone',
  ecommerce_ops: 'phone',
  hotel_housekeeper: 'broom',
  hairdresser: 'scissors',
  flyer_distributor: 'bag',
  event_staff: 'bag',
};

/** An occupation's picture; none for a code the dictionary no longer has. */
export const occupationPicture = (code: string): Picture | undefined => OF_OCCUPATION[code];

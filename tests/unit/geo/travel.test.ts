import { describe, expect, it } from 'vitest';
import {
  DETOUR_FACTOR,
  destination,
  distanceMeters,
  estimateTravel,
  reachMeters,
  SPEED_KMH,
  travelMinutes,
} from '../../../src/core/geo';

const guiyang = { lat: 26.647, lon: 106.63 };
const guiyangEast = { lat: 26.647, lon: 106.7416 };

describe('distanceMeters', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceMeters(guiyang, guiyang)).toBe(0);
    expect(distanceMeters(guiyang, guiyangEast)).toBeCloseTo(distanceMeters(guiyangEast, guiyang), 6);
  });

  it('matches a known distance: one degree of latitude is ~111.2 km', () => {
    expect(distanceMeters({ lat: 30, lon: 120 }, { lat: 31, lon: 120 })).toBeCloseTo(111_195, -1);
  });

  it('agrees with destination(): walking out N metres lands N metres away', () => {
    for (const bearing of [0, 45, 90, 200, 315]) {
      expect(distanceMeters(guiyang, destination(guiyang, 2500, bearing))).toBeCloseTo(2500, 3);
    }
  });
});

describe('travel estimates', () => {
  it('applies the detour factor and the stated speeds', () => {
    // 1 km straight → 1.3 km road → 17.3 min at 4.5 km/h, 5.2 min at 15 km/h.
    expect(travelMinutes(1000, 'walk')).toBe(17);
    expect(travelMinutes(1000, 'ebike')).toBe(5);
    expect(travelMinutes(1000, 'walk', 1)).toBe(13);
  });

  it('never says 0 minutes', () => {
    expect(travelMinutes(5, 'walk')).toBe(1);
  });

  it('reachMeters is the inverse of travelMinutes', () => {
    const walk15 = reachMeters(15, 'walk');
    expect(walk15).toBeCloseTo((4.5 * 1000 * 0.25) / DETOUR_FACTOR, 6);
    expect(travelMinutes(walk15, 'walk')).toBe(15);
    expect(travelMinutes(reachMeters(15, 'ebike'), 'ebike')).toBe(15);
    expect(reachMeters(15, 'ebike') / reachMeters(15, 'walk')).toBeCloseTo(SPEED_KMH.ebike / SPEED_KMH.walk, 6);
  });

  it('estimateTravel gives distance and both modes', () => {
    const e = estimateTravel(guiyang, guiyangEast);
    expect(e.meters).toBeGreaterThan(11_000);
    expect(e.meters).toBeLessThan(11_200);
    expect(e.walkMinutes).toBeGreaterThan(e.ebikeMinutes);
  });
});

import { describe, expect, it } from 'vitest';
import { deltaTSeconds, jdeOfSunLongitude, newMoonJde, sunApparentLongitude, utFromJde } from './astronomy.js';

describe('newMoonJde', () => {
  it('gives Meeus example 49.a: the new moon of 1977-02-18 is JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });
  it('puts lunation 0 on 2000-01-06 18:14 UT (JD 2451550.26)', () => {
    expect(utFromJde(newMoonJde(0))).toBeCloseTo(2451550.26, 2);
  });
});

describe('sunApparentLongitude', () => {
  it('gives Meeus example 25.a: 199.90895° on 1992-10-13 0h TD', () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 3);
  });
});

describe('jdeOfSunLongitude', () => {
  it('finds the December solstice of 2025 on 2025-12-21 15:03 UT (JD 2461031.127)', () => {
    // Published time: 2025-12-21 15:03 UTC.
    const ut = utFromJde(jdeOfSunLongitude(270, 2461030.5));
    expect(ut).toBeGreaterThan(2461031.127 - 0.01);
    expect(ut).toBeLessThan(2461031.127 + 0.01);
  });
});

describe('deltaTSeconds', () => {
  it('is about 69 s in 2025 and grows after 2050', () => {
    expect(deltaTSeconds(2025)).toBeGreaterThan(60);
    expect(deltaTSeconds(2025)).toBeLessThan(80);
    expect(deltaTSeconds(2100)).toBeGreaterThan(deltaTSeconds(2050));
  });
  it('refuses years outside 1900–2150', () => {
    expect(() => deltaTSeconds(1899)).toThrow(RangeError);
  });
});

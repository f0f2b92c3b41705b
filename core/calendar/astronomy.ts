/**
 * The two astronomical events the lunisolar calendar needs: new moons and the instants
 * the Sun reaches a given apparent longitude. Formulas from J. Meeus, "Astronomical
 * Algorithms" (2nd ed., 1998): ch. 49 (phases of the Moon), ch. 25 (solar coordinates,
 * low accuracy, about 0.01°), ch. 10 (ΔT, with the Espenak–Meeus 2006 polynomials).
 *
 * Times are Julian Ephemeris Days (JDE, Terrestrial Time) unless the name says UT.
 * Plain float arithmetic; no Date.
 */

/** Mean synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH_DAYS = 29.530588861;

/** JDE of the mean new moon of 2000-01-06, lunation k = 0 (Meeus 49.1). */
const NEW_MOON_EPOCH_JDE = 2451550.09766;

/** JD of J2000.0. */
const J2000 = 2451545.0;

const RAD = Math.PI / 180;
const sin = (deg: number) => Math.sin(deg * RAD);

// Periodic terms of the true new moon (Meeus ch. 49, "New Moon" column): coefficient,
// power of E, and multipliers of M (Sun), M' (Moon) and F (latitude argument).
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0],
  [0.17241, 1, 1, 0, 0],
  [0.01608, 0, 0, 2, 0],
  [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0],
  [-0.00514, 1, 1, 1, 0],
  [0.00208, 2, 2, 0, 0],
  [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2],
  [0.00056, 1, 1, 2, 0],
  [-0.00042, 0, 0, 3, 0],
  [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2],
  [-0.00024, 1, -1, 2, 0],
  [-0.00007, 0, 2, 1, 0],
  [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2],
  [0.00003, 0, 0, 2, 2],
  [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2],
  [-0.00002, 0, -1, 1, -2],
  [-0.00002, 0, 1, 3, 0],
  [0.00002, 0, 0, 4, 0],
];

// Planetary arguments A1–A14 (Meeus ch. 49): constant, rate per lunation, coefficient.
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/**
 * JDE of the true new moon of lunation k (k = 0: 2000-01-06).
 * @example newMoonJde(-283) // => 2443192.65118 (1977-02-18 03:37 TD, Meeus example 49.a)
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH_DAYS * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  for (const [coefficient, powerOfE, cm, cmp, cf] of NEW_MOON_TERMS) {
    jde += coefficient * e ** powerOfE * sin(cm * m + cmp * mp + cf * f);
  }
  jde += -0.00017 * sin(omega);
  for (const [i, [a0, rate, coefficient]] of PLANETARY_TERMS.entries()) {
    // A1 alone has a T² term.
    jde += coefficient * sin(a0 + rate * k + (i === 0 ? -0.009173 * t2 : 0));
  }
  return jde;
}

/**
 * The Sun's apparent geometric longitude in degrees, [0, 360), at a JDE (Meeus ch. 25,
 * low accuracy: within about 0.01°, i.e. a solar term is placed within about 15 minutes).
 * @example sunApparentLongitude(2448908.5) // => 199.90895 (1992-10-13 0h TD, Meeus example 25.a)
 */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - J2000) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + center - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/**
 * JDE at which the Sun's apparent longitude equals `longitudeDeg`, searched from a guess
 * within a few weeks of the answer (Newton steps on the mean solar motion).
 */
export function jdeOfSunLongitude(longitudeDeg: number, guessJde: number): number {
  let jde = guessJde;
  for (let i = 0; i < 20; i++) {
    const diff = ((((longitudeDeg - sunApparentLongitude(jde)) % 360) + 540) % 360) - 180;
    const step = diff / 0.9856473;
    jde += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jde;
}

/**
 * ΔT = TT − UT in seconds for a decimal year, 1900–2150 (Espenak & Meeus 2006
 * polynomials; the future branch is an extrapolation, good to about a minute).
 */
export function deltaTSeconds(year: number): number {
  if (year < 1900 || year > 2150) throw new RangeError(`deltaTSeconds: year must be 1900–2150, got ${year}`);
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** Converts a JDE (TT) to a JD in Universal Time. */
export function utFromJde(jde: number): number {
  const year = 2000 + (jde - J2000) / 365.25;
  return jde - deltaTSeconds(year) / 86_400;
}

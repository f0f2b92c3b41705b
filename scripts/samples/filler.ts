/**
 * Random filler dossiers around the named ones. Dues come from the project's own
 * working-day engine (addWorkingDays on the official calendar), so every filler row is
 * consistent with holidays.md; each is built to have one intended status as of AS_OF.
 */
import { dayFromYmd, type Day, type Stamp } from '../../core/calendar/day.js';
import { addWorkingDays, buildCalendar, isWorkingDay } from '../../core/calendar/working-days.js';
import type { Status } from '../../core/classify/status.js';
import type { Channel, StatusCode } from '../../core/import/dossier.js';
import { AS_OF, type SampleDossier } from './model.js';
import type { Rng } from './prng.js';
import { applicantName, PROCEDURES, type Procedure } from './vocab.js';

const CAL = buildCalendar();
const YEAR_START = dayFromYmd({ y: 2025, m: 1, d: 2 });
const LAST_FINISH = dayFromYmd({ y: 2025, m: 6, d: 27 });
const DUE_SOON_DAY = dayFromYmd({ y: 2025, m: 7, d: 1 });
const FIRST_PENDING_DUE = dayFromYmd({ y: 2025, m: 7, d: 3 });

export const FILLER_WEIGHTS: Readonly<Record<Exclude<Status, 'invalid' | 'not_received'>, number>> = {
  early: 36, on_time: 12, late: 10, late_on_system: 4, overdue: 8, due_soon: 3, pending: 10,
  awaiting_citizen: 6, withdrawn: 3, stopped: 2, rejected: 3,
};

export interface FillerOptions {
  count: number;
  units: number;
  officers: readonly (readonly string[])[];
  /** Write dues without time (a hand-kept sheet). */
  dueDateOnly: boolean;
}

/** `count` filler dossiers, keys F001…, each with an intended status. */
export function makeFiller(rng: Rng, options: FillerOptions): SampleDossier[] {
  const out: SampleDossier[] = [];
  for (let i = 0; i < options.count; i++) {
    const status = rng.weighted(FILLER_WEIGHTS);
    const unit = rng.int(0, options.units - 1);
    const base = {
      key: `F${String(i + 1).padStart(3, '0')}`,
      intended: status,
      unit,
      officer: rng.pick(options.officers[unit]),
      applicant: applicantName(rng),
      remarks: '',
    };
    out.push({ ...base, ...datesFor(rng, status, options.dueDateOnly) });
  }
  return out;
}

type Dates = Pick<SampleDossier, 'procedure' | 'channel' | 'submitted' | 'received' | 'due' | 'extendedDue' | 'finished' | 'returned' | 'actual' | 'statusCode' | 'remarks'>;

function datesFor(rng: Rng, status: Exclude<Status, 'invalid' | 'not_received'>, dueDateOnly: boolean): Dates {
  for (;;) {
    const found = tryDates(rng, status, dueDateOnly);
    if (found) return found;
  }
}

/** One attempt; null when the random draw does not fit the status (then draw again). */
function tryDates(rng: Rng, status: Exclude<Status, 'invalid' | 'not_received'>, dueDateOnly: boolean): Dates | null {
  const procedure = rng.pick(PROCEDURES);
  const channel: Channel = rng.weighted({ online: 35, direct: 55, postal: 10 });
  if (status === 'rejected') {
    const submitted = stampOn(randomDay(rng, YEAR_START, AS_OF, false), rng.int(6, 22) * 3600 + rng.int(0, 59) * 60 + rng.int(0, 59));
    return blank(procedure, 'online', submitted, null, null, 3);
  }
  const [from, to] = receivedRange(status);
  const received = stampOn(randomDay(rng, from, to, true), officeSec(rng, true));
  const dueDay = addWorkingDays(CAL, received.day, procedure.periodDays);
  const due: Stamp = { day: dueDay, sec: dueDateOnly ? null : received.sec! - (received.sec! % 60) };
  const submitted = channel === 'online' ? submittedBefore(rng, received.day) : null;
  const d = blank(procedure, channel, submitted, received, due, 4);
  switch (status) {
    case 'early': {
      if (procedure.periodDays < 2 || dueDay > LAST_FINISH) return null;
      const finished = stampOn(addWorkingDays(CAL, received.day, rng.int(1, procedure.periodDays - 1)), officeSec(rng, false));
      return closed(rng, d, finished, rng.next() < 0.3 ? { day: finished.day, sec: null } : null);
    }
    case 'on_time': {
      if (dueDay > LAST_FINISH) return null;
      const sec = due.sec === null ? officeSec(rng, false) : Math.max(sessionStart(due.sec), due.sec - rng.int(1, 60) * 60);
      const finished = stampOn(dueDay, sec);
      return closed(rng, d, finished, rng.next() < 0.3 ? { day: finished.day, sec: null } : null);
    }
    case 'late':
    case 'late_on_system': {
      const finishDay = addWorkingDays(CAL, dueDay, rng.int(1, status === 'late' ? 8 : 4));
      if (finishDay > LAST_FINISH) return null;
      const finished = stampOn(finishDay, officeSec(rng, false));
      const actual = status === 'late_on_system'
        ? { day: addWorkingDays(CAL, dueDay, -1), sec: null }
        : rng.next() < 0.3 ? { day: finishDay, sec: null } : null;
      const extendedDue = rng.next() < 0.25 ? { day: addWorkingDays(CAL, dueDay, 3), sec: due.sec } : null;
      return { ...closed(rng, d, finished, actual), extendedDue, remarks: status === 'late' ? rng.pick(LATE_REMARKS) : '' };
    }
    case 'overdue':
      return dueDay <= LAST_FINISH ? { ...d, statusCode: rng.next() < 0.1 ? 2 : 4 } : null;
    case 'due_soon': {
      const rec = addWorkingDays(CAL, DUE_SOON_DAY, -procedure.periodDays);
      const moved = { ...received, day: rec };
      return { ...d, submitted: submitted && submittedBefore(rng, rec), received: moved, due: { ...due, day: DUE_SOON_DAY } };
    }
    case 'pending':
      return dueDay >= FIRST_PENDING_DUE ? d : null;
    case 'awaiting_citizen':
      return dueDay >= FIRST_PENDING_DUE ? { ...d, statusCode: rng.next() < 0.7 ? 5 : 6 } : null;
    case 'withdrawn':
      return { ...d, statusCode: 7 };
    case 'stopped':
      return { ...d, statusCode: 8 };
  }
}

const LATE_REMARKS = ['', '', 'Chờ ý kiến cơ quan phối hợp', 'Chậm xác minh thực địa', 'Cán bộ thụ lý nghỉ ốm', ''];

function receivedRange(status: Status): [Day, Day] {
  switch (status) {
    case 'overdue':
      return [dayFromYmd({ y: 2025, m: 3, d: 3 }), dayFromYmd({ y: 2025, m: 6, d: 20 })];
    case 'pending':
    case 'awaiting_citizen':
      return [dayFromYmd({ y: 2025, m: 6, d: 2 }), AS_OF];
    default:
      return [YEAR_START, dayFromYmd({ y: 2025, m: 6, d: 13 })];
  }
}

function blank(procedure: Procedure, channel: Channel, submitted: Stamp | null, received: Stamp | null, due: Stamp | null, statusCode: StatusCode): Dates {
  return { procedure, channel, submitted, received, due, extendedDue: null, finished: null, returned: null, actual: null, statusCode, remarks: '' };
}

function closed(rng: Rng, d: Dates, finished: Stamp, actual: Stamp | null): Dates {
  const statusCode: StatusCode = rng.next() < 0.85 ? 10 : 9;
  return { ...d, finished, returned: statusCode === 10 ? finished : null, actual, statusCode };
}

/** Online dossiers are sent 1–3 days before the counter receives them, at any hour. */
function submittedBefore(rng: Rng, receivedDay: Day): Stamp {
  return stampOn(receivedDay - rng.int(1, 3), rng.int(0, 23) * 3600 + rng.int(0, 59) * 60 + rng.int(0, 59));
}

function stampOn(day: number, sec: number): Stamp {
  return { day: day as Day, sec };
}

/** A random day in [from, to]; a working day when asked. */
function randomDay(rng: Rng, from: Day, to: Day, working: boolean): Day {
  for (;;) {
    const day = rng.int(from, to) as Day;
    if (!working || isWorkingDay(CAL, day)) return day;
  }
}

/** Seconds after midnight inside counter hours (07:30–11:00, 13:30–16:30); with seconds when asked. */
function officeSec(rng: Rng, withSeconds: boolean): number {
  const minutes = rng.next() < 0.55 ? rng.int(7 * 60 + 30, 11 * 60) : rng.int(13 * 60 + 30, 16 * 60 + 30);
  return minutes * 60 + (withSeconds ? rng.int(0, 59) : 0);
}

/** Start of the half-day session holding a time (OpenCPS compares within sessions). */
function sessionStart(sec: number): number {
  return sec < 12 * 3600 ? 7 * 3600 : 13.5 * 3600;
}

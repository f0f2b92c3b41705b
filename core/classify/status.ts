/** Every dossier ends with exactly one of these, spelled as in the CLI's JSON. */
export const STATUSES = [
  'early',
  'on_time',
  'late',
  'late_on_system',
  'pending',
  'due_soon',
  'overdue',
  'awaiting_citizen',
  'withdrawn',
  'stopped',
  'rejected',
  'not_received',
  'invalid',
] as const;

export type Status = (typeof STATUSES)[number];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

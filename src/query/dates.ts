// One definition of a valid date for the CLI and the API: YYYY-MM-DD naming a real calendar day
// (2024-02-29 yes, 2023-02-29 and 2024-13-01 no).
export function isCalendarDate(x: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(x)) return false;
  const d = new Date(`${x}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === x;
}

// Dates as digests write them: 2025-06-01, 2025/6/1, 2025.06.01, 20250601, 2025年6月1日,
// and ISO date-times. Returned as YYYY-MM-DD, only when the calendar has that day.

const DATE = /(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{2})(\d{2}))(?!\d)/g;

export function findDate(s: string): string | null {
  for (const m of s.matchAll(DATE)) {
    const date = validDate(Number(m[1]), Number(m[3] ?? m[5] ?? m[7]), Number(m[4] ?? m[6] ?? m[8]));
    if (date) return date;
  }
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

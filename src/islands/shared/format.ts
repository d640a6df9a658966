/** Display formatting for islands: numbers the engine computed, written for readers. */
const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

/** 20000 → "$20,000"; 12.5 → "$12.50". */
export function usd(n: number): string {
  return (Number.isInteger(n) ? whole : cents).format(n);
}

/** "2026-11-27" → "November 27, 2026" (a calendar date, read in UTC). */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

import type { Figure } from "./schema/figure.js";
import type { TimeExpression } from "./schema/time-expression.js";

const SCALE_FACTOR = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", CNY: "¥" };

// One formatter for the process, built on first use: building one per call costs more than the
// formatting, and building it at import would load ICU data for programs that never format.
let numberFormat: Intl.NumberFormat | undefined;

function formatNumber(n: number): string {
  numberFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  return numberFormat.format(n);
}

/** "3,228": a count as a reader writes it. */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** "42%", "$7 billion", "240 million", "PKR 3.5 million": a figure the way a reader writes it. */
export function formatFigure(figure: Pick<Figure, "value" | "unit" | "scale">): string {
  const scaled = formatNumber(figure.value / SCALE_FACTOR[figure.scale]);
  const number = figure.scale === "one" ? scaled : `${scaled} ${figure.scale}`;
  if (figure.unit === "percent") return `${scaled}%`;
  if (figure.unit === "count") return number;
  const symbol = CURRENCY_SYMBOL[figure.unit];
  return symbol ? `${symbol}${number}` : `${figure.unit} ${number}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function formatPoint(value: string): string {
  const [y, m, d] = value.slice(0, 10).split("-");
  if (d && m) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? value;
}

/** "7 April 2025", "January 2025", "2013–2018", or the words themselves when unresolved. */
export function formatTime(time: Pick<TimeExpression, "value" | "text">): string {
  if (!time.value) return time.text;
  const [from, to] = time.value.split("/");
  return to ? `${formatPoint(from as string)}–${formatPoint(to)}` : formatPoint(from as string);
}

/** A sortable key for a time value: the start of the period it names. */
export function timeSortKey(value: string | null): string {
  return value ? (value.split("/")[0] as string) : "9999";
}

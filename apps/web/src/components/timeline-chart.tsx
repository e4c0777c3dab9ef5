import type { ComposedItem } from "@briefing/core";
import { layoutTimeline } from "@/lib/timeline-layout";

const SIDE = 24;
const LANE = 26;
const TOP = 12;
const AXIS_GAP = 18;

/**
 * The timeline as SVG drawn on the server: numbered marks on a proportional axis, no script needed.
 * Drawn twice, for wide screens and for phones (CSS shows one), so labels stay legible on both.
 */
export function TimelineChart({ items }: { items: ComposedItem[] }) {
  return (
    <figure className="timeline-chart">
      <TimelineSvg items={items} width={720} variant="wide" />
      <TimelineSvg items={items} width={360} variant="narrow" />
    </figure>
  );
}

function TimelineSvg({ items, width: WIDTH, variant }: { items: ComposedItem[]; width: number; variant: string }) {
  const layout = layoutTimeline(items, 20 / WIDTH, Math.round(WIDTH / 90));
  if (layout.marks.length === 0) return null;
  const axisY = TOP + layout.lanes * LANE + AXIS_GAP;
  const height = axisY + 30;
  const px = (x: number) => SIDE + x * (WIDTH - 2 * SIDE);
  return (
    <svg
      className={`tl-${variant}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`timeline-chart-title-${variant}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`timeline-chart-title-${variant}`}>
        {`Timeline of ${layout.marks.length} dated moments, from ${layout.marks[0]?.item.emphasis} to ${layout.marks.at(-1)?.item.emphasis}; the numbered list below describes each.`}
      </title>
      <line className="tl-axis" x1={SIDE} x2={WIDTH - SIDE} y1={axisY} y2={axisY} />
      {layout.ticks.map((t) => (
        <g key={`${t.label}-${t.x}`} className="tl-tick">
          <line x1={px(t.x)} x2={px(t.x)} y1={axisY - 4} y2={axisY + 4} />
          <text x={px(t.x)} y={axisY + 20} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {layout.marks.map((m) => {
        const y = TOP + m.lane * LANE + LANE / 2;
        const x0 = px(m.x0);
        const x1 = px(m.x1);
        // A period shorter than a numbered dot (a day, usually a month) is drawn as a dot at its middle.
        const wide = x1 - x0 > 26;
        const cx = wide ? x0 : (x0 + x1) / 2;
        return (
          <a key={m.item.id} href={`#${m.item.id}`} className="tl-mark">
            <title>{`${m.number}. ${m.item.emphasis}: ${m.item.text}`}</title>
            <line className="tl-stem" x1={cx} x2={cx} y1={y} y2={axisY} />
            {wide ? (
              <rect className="tl-bar" x={x0} y={y - 9} width={x1 - x0} height={18} rx={9} />
            ) : (
              <circle className="tl-dot" cx={cx} cy={y} r={9} />
            )}
            <text className="tl-number" x={wide ? x0 + 10 : cx} y={y + 4} textAnchor="middle">
              {m.number}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/**
 * Small canvas drawings that Chart.js has no element for: arrowheads, rings and
 * poly-segments, shared by the parameter-path and topology charts.
 */

/** The part of a 2D canvas context these helpers use (Chart.js's and node-canvas's both fit). */
export interface DrawingContext {
  save(): void;
  restore(): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  clip(): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  measureText(text: string): { width: number };
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
}

/** A point in canvas pixels. */
export interface Pixel {
  x: number;
  y: number;
}

/** A filled arrowhead whose tip is at `tip`, pointing away from `from`; nothing if they coincide. */
export function arrowHead(ctx: DrawingContext, from: Pixel, tip: Pixel, size: number, color: string): void {
  ctx.save();
  ctx.fillStyle = color;
  ctx.beginPath();
  headPath(ctx, from, tip, size);
  ctx.fill();
  ctx.restore();
}

/**
 * Straight lines ending in arrowheads, all in one colour. A dense
 * layer-to-layer diagram has tens of thousands of edges: one stroke per edge
 * costs a save/restore each, and one path for all makes cairo resolve every
 * overlap, so edges go in small batches (8 measured fastest: 0.5 s for 784-30-10).
 */
export function arrows(ctx: DrawingContext, edges: readonly (readonly [Pixel, Pixel])[], size: number, color: string, width = 1): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  for (let start = 0; start < edges.length; start += BATCH) {
    const batch = edges.slice(start, start + BATCH);
    ctx.beginPath();
    for (const [from, to] of batch) {
      ctx.moveTo(from.x, from.y);
      ctx.lineTo(to.x, to.y);
    }
    ctx.stroke();
    ctx.beginPath();
    for (const [from, to] of batch) headPath(ctx, from, to, size);
    ctx.fill();
  }
  ctx.restore();
}

const BATCH = 8;

// Adds the triangle of an arrowhead to the current path.
function headPath(ctx: DrawingContext, from: Pixel, tip: Pixel, size: number): void {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const ux = dx / length;
  const uy = dy / length;
  const baseX = tip.x - ux * size;
  const baseY = tip.y - uy * size;
  const half = size * 0.5;
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(baseX - uy * half, baseY + ux * half);
  ctx.lineTo(baseX + uy * half, baseY - ux * half);
  ctx.closePath();
}

/** A hollow circle: marks where something starts without hiding what is under it. */
export function ring(ctx: DrawingContext, at: Pixel, radius: number, color: string, width = 2.5): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.beginPath();
  ctx.arc(at.x, at.y, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.restore();
}

/** The point `distance` pixels before `to` on the way from `from` (to stop an arrow at a circle's rim). */
export function shorten(from: Pixel, to: Pixel, distance: number): Pixel {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= distance) return from;
  const t = (length - distance) / length;
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** Limits drawing to a rectangle (the plot area) until the matching `restore`. */
export function clipTo(ctx: DrawingContext, area: { left: number; top: number; right: number; bottom: number }): void {
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
}

import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { defineElement, focusStyles, translate } from '@waymark/core';
import { mapMessages, type MapMessageKey } from './map-messages.js';

/**
 * `<wm-activity-map>`: a small slippy map of search results, loaded only when the person opens the map
 * view (`import('./map-view.js')`), so it carries no map library: Web Mercator maths, `<img>` tiles and
 * button markers, in a few hundred lines.
 *
 * It requests only URLs made from `tiles`; without a valid template it shows the markers on a plain
 * background and requests nothing.
 *
 * @summary A map of activities with numbered markers.
 * @event wm-activity-map-select - A marker was chosen; `detail.id` is the point's id.
 * @cssproperty --wm-activity-map-height - Height of the map; default 20rem.
 * @cssproperty --wm-activity-map-marker - Marker colour; default `--wm-color-primary`.
 * @since 0.1.0
 */

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}
export interface LatLon {
  latitude: number;
  longitude: number;
}

declare global {
  interface WaymarkEventDetailMap {
    'wm-activity-map-select': { id: string };
  }
  interface HTMLElementTagNameMap {
    'wm-activity-map': WmActivityMap;
  }
}

export const TILE_SIZE = 256;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 18;
/** The closest zoom a fitted view goes to, and the zoom around a lone centre. */
const FIT_MAX_ZOOM = 15;
const PAN_STEP = 64;
/** Room kept round the fitted markers, in px. */
const PADDING = 40;

/** World pixel position of a point at `zoom` (Web Mercator, 256px tiles, origin top left). */
export function project(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const size = TILE_SIZE * 2 ** zoom;
  const lat = Math.max(-85.0511, Math.min(85.0511, latitude)) * (Math.PI / 180);
  const sin = Math.sin(lat);
  return {
    x: ((longitude + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** The tile holding a point at `zoom` (the slippy-map x/y of OpenStreetMap). */
export function tileFor(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const { x, y } = project(latitude, longitude, zoom);
  return { x: Math.floor(x / TILE_SIZE), y: Math.floor(y / TILE_SIZE) };
}

/**
 * The largest zoom (≤ 15) at which every coordinate fits in `width` × `height` less padding, and the centre
 * of their bounds at that zoom, in world pixels.
 */
export function fitView(coords: readonly LatLon[], width: number, height: number): { zoom: number; x: number; y: number } {
  let zoom = FIT_MAX_ZOOM;
  for (; zoom > MIN_ZOOM; zoom--) {
    const b = bounds(coords, zoom);
    if (b.maxX - b.minX <= width - 2 * PADDING && b.maxY - b.minY <= height - 2 * PADDING) break;
  }
  const b = bounds(coords, zoom);
  return { zoom, x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
}

function bounds(coords: readonly LatLon[], zoom: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of coords) {
    const p = project(c.latitude, c.longitude, zoom);
    xs.push(p.x);
    ys.push(p.y);
  }
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/**
 * Whether a tile template is one we will fetch from: https (or http on this machine, for development),
 * with `{z}`, `{x}` and `{y}`, and no other placeholder than `{s}` and `{r}`.
 */
export function isTileTemplate(template: string | null | undefined): boolean {
  if (!template || !['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return false;
  if (/\{(?![zxysr]\})/.test(template)) return false;
  try {
    const url = new URL(tileUrl(template, 0, 0, 0));
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname));
  } catch {
    return false;
  }
}

/** A tile's URL: `{s}` is always the `a` server, `{r}` (retina suffix) is left empty. */
export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)).replace('{s}', 'a').replace('{r}', '');
}

// Positions go through the style property (CSSOM), not a style attribute, which a page's CSP may block.
const pos = (x: number, y: number) => `left:${x}px;top:${y}px`;

export class WmActivityMap extends LitElement {
  static override properties = {
    tiles: { type: String },
    attribution: { type: String },
    locale: { type: String },
    centre: { attribute: false },
    points: { attribute: false },
    zoom: { type: Number },
    view: { state: true },
    size: { state: true },
  };

  static override styles = [
    focusStyles,
    css`
      :host { display: block; position: relative; height: var(--wm-activity-map-height, 20rem); font-family: var(--wm-font-family, Arial, sans-serif); color: var(--wm-color-text, #212b32); }
      .map { position: absolute; inset: 0; overflow: hidden; background: var(--wm-color-background-grey, #f0f4f5); border: 1px solid var(--wm-color-border, #4c6272); touch-action: none; cursor: grab; }
      .map:focus-visible { outline: 4px solid var(--wm-color-focus, #ffeb3b); box-shadow: inset 0 0 0 4px var(--wm-color-focus-text, #212b32); }
      img, .m, .c { position: absolute; }
      img { width: 256px; height: 256px; user-select: none; }
      .m { width: 2rem; height: 2rem; margin: -1rem 0 0 -1rem; padding: 0; border: 2px solid var(--wm-color-background, #fff); border-radius: 50%; background: var(--wm-activity-map-marker, var(--wm-color-primary, #005eb8)); color: var(--wm-color-text-reverse, #fff); font: 700 0.875rem/1 var(--wm-font-family, Arial, sans-serif); cursor: pointer; transition: transform 0.1s; }
      .m:hover { transform: scale(1.15); }
      .c { width: 1.25rem; height: 1.25rem; margin: -0.625rem 0 0 -0.625rem; border: 3px solid var(--wm-color-background, #fff); border-radius: 50%; background: var(--wm-color-error, #d5281b); }
      .z { position: absolute; top: 0.5rem; right: 0.5rem; display: flex; flex-direction: column; gap: 0.25rem; }
      .z button { width: 2.75rem; height: 2.75rem; border: 1px solid var(--wm-color-border, #4c6272); background: var(--wm-color-background, #fff); color: var(--wm-color-text, #212b32); font-size: 1.5rem; cursor: pointer; }
      .a { position: absolute; right: 0; bottom: 0; max-width: 100%; padding: 0 0.25rem; background: rgb(255 255 255 / 0.9); font-size: 0.75rem; }
      .h { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      @media (prefers-reduced-motion: reduce) { .m { transition: none; } .m:hover { transform: none; } }
    `,
  ];

  /** Tile URL template with `{z}`, `{x}`, `{y}` (and optionally `{s}`); https only. */
  declare tiles: string;
  /** The tiles' credit, shown in a corner. */
  declare attribution: string;
  declare locale: 'en' | 'cy';
  /** Where the person searched: marked, and kept in view. */
  declare centre: LatLon | null;
  declare points: MapPoint[];
  /** The zoom level (1–18); set by fitting the points, the zoom buttons and the +/- keys. */
  declare zoom: number;
  /** The centre of the view, in world pixels at `zoom`. */
  declare protected view: { x: number; y: number };
  declare protected size: { width: number; height: number };

  private resizeObserver?: ResizeObserver;
  private drag?: { id: number; x: number; y: number };
  /** True once the person has moved or zoomed: a resize or re-render then keeps their view. */
  private moved = false;
  /** What the view was last fitted to. */
  private fitted = '';

  constructor() {
    super();
    this.tiles = '';
    this.attribution = '';
    this.locale = 'en';
    this.centre = null;
    this.points = [];
    this.zoom = 12;
    this.view = { x: 0, y: 0 };
    this.size = { width: 0, height: 0 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.size = { width: entry.contentRect.width, height: entry.contentRect.height };
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('centre') || changed.has('points')) {
      // The host hands over a new array on every render of its own: refit only when the places change.
      const key = JSON.stringify([this.centre, this.points.map((p) => [p.id, p.latitude, p.longitude])]);
      if (key !== this.fitted) {
        this.fitted = key;
        this.moved = false;
      }
    }
    if (!this.moved && (changed.has('centre') || changed.has('points') || changed.has('size'))) this.fit();
    const old = changed.get('zoom') as number | undefined;
    if (old !== undefined && !changed.has('view')) {
      // Zoom set from outside: keep the same place in the middle.
      this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(this.zoom) || old));
      const scale = 2 ** (this.zoom - old);
      this.view = { x: this.view.x * scale, y: this.view.y * scale };
      this.moved = true;
    }
  }

  /** Zooms in (+1) or out (−1) about the centre of the view. */
  zoomBy(step: number): void {
    const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.zoom + step));
    const scale = 2 ** (zoom - this.zoom);
    this.view = { x: this.view.x * scale, y: this.view.y * scale };
    this.zoom = zoom;
    this.moved = true;
  }

  /** Moves the view by a number of pixels. */
  panBy(dx: number, dy: number): void {
    const world = TILE_SIZE * 2 ** this.zoom;
    this.view = { x: this.view.x + dx, y: Math.max(0, Math.min(world, this.view.y + dy)) };
    this.moved = true;
  }

  private fit(): void {
    const coords = (this.centre ? [...this.points, this.centre] : this.points).filter(
      (c) => Number.isFinite(c.latitude) && Number.isFinite(c.longitude),
    );
    if (coords.length === 0) return;
    // Before the first measurement, fit a typical size; the measurement then fits again.
    const { zoom, x, y } = fitView(coords, this.size.width || 320, this.size.height || 320);
    this.zoom = zoom;
    this.view = { x, y };
  }

  private t(key: MapMessageKey): string {
    return translate([mapMessages], this.locale === 'cy' ? 'cy' : 'en', key);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return; // a marker or button has focus: leave its keys alone
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-PAN_STEP, 0],
      ArrowRight: [PAN_STEP, 0],
      ArrowUp: [0, -PAN_STEP],
      ArrowDown: [0, PAN_STEP],
    };
    const move = moves[event.key];
    if (move) this.panBy(move[0], move[1]);
    else if (event.key === '+' || event.key === '=') this.zoomBy(1);
    else if (event.key === '-' || event.key === '_') this.zoomBy(-1);
    else return;
    event.preventDefault();
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (drag?.id !== event.pointerId) return;
    this.panBy(drag.x - event.clientX, drag.y - event.clientY);
    this.drag = { id: drag.id, x: event.clientX, y: event.clientY };
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (this.drag?.id === event.pointerId) this.drag = undefined;
  };

  private select(id: string): void {
    this.dispatchEvent(new CustomEvent('wm-activity-map-select', { detail: { id }, bubbles: true, composed: true }));
  }

  protected override render() {
    const { width, height } = this.size;
    const { zoom, view } = this;
    const left = view.x - width / 2;
    const top = view.y - height / 2;
    const at = (c: LatLon) => {
      const p = project(c.latitude, c.longitude, zoom);
      return { x: p.x - left, y: p.y - top };
    };
    const inView = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;

    const tiles = [];
    if (width && isTileTemplate(this.tiles)) {
      const n = 2 ** zoom;
      for (let ty = Math.max(0, Math.floor(top / TILE_SIZE)); ty <= Math.min(n - 1, Math.floor((top + height) / TILE_SIZE)); ty++) {
        for (let tx = Math.floor(left / TILE_SIZE); tx <= Math.floor((left + width) / TILE_SIZE); tx++) {
          const src = tileUrl(this.tiles, zoom, ((tx % n) + n) % n, ty);
          tiles.push(
            html`<img alt="" loading="lazy" draggable="false" src=${src} .style=${pos(tx * TILE_SIZE - left, ty * TILE_SIZE - top)} />`,
          );
        }
      }
    }
    const centre = this.centre && width ? at(this.centre) : null;

    return html`<div
        class="map"
        role="region"
        tabindex="0"
        aria-label=${this.t('map')}
        aria-describedby="keys"
        @keydown=${this.onKey}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        <div aria-hidden="true">${tiles}</div>
        ${centre && inView(centre)
          ? html`<span class="c" role="img" aria-label=${this.t('searched')} .style=${pos(centre.x, centre.y)}></span>`
          : nothing}
        ${width
          ? this.points.map((point, i) => {
              const p = at(point);
              return inView(p)
                ? html`<button type="button" class="m" aria-label="${i + 1}: ${point.label}" .style=${pos(p.x, p.y)} @click=${() => this.select(point.id)}>
                    ${i + 1}
                  </button>`
                : nothing;
            })
          : nothing}
        <span class="h" id="keys">${this.t('keys')}</span>
      </div>
      <div class="z">
        <button type="button" aria-label=${this.t('zoomIn')} ?disabled=${zoom >= MAX_ZOOM} @click=${() => this.zoomBy(1)}>+</button>
        <button type="button" aria-label=${this.t('zoomOut')} ?disabled=${zoom <= MIN_ZOOM} @click=${() => this.zoomBy(-1)}>−</button>
      </div>
      ${this.attribution ? html`<div class="a">${this.attribution}</div>` : nothing}`;
  }
}

/** Registers `<wm-activity-map>` (guarded; also done on import). */
export function defineActivityMap(): void {
  defineElement('wm-activity-map', WmActivityMap);
}
defineActivityMap();

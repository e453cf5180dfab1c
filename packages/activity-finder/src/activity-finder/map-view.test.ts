import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { assertCatalogueComplete } from '@waymark/core';
import {
  defineActivityMap,
  fitView,
  isTileTemplate,
  MAX_ZOOM,
  project,
  tileFor,
  tileUrl,
  WmActivityMap,
  type MapPoint,
} from './map-view.js';
import { mapMessages } from './map-messages.js';

// Tiles from the test server itself (404s are fine for an <img>): no test touches the internet.
const tiles = `${location.origin}/__tiles/{z}/{x}/{y}.png`;
const tileSrc = new RegExp(`^${location.origin}/__tiles/(\\d+)/(\\d+)/(\\d+)\\.png$`);

// Leeds: three activities a few km apart, and the searched postcode.
const points: MapPoint[] = [
  { id: 'act_1', label: 'Tuesday Walking Group', latitude: 53.8008, longitude: -1.5491 },
  { id: 'act_2', label: 'Knit and Natter', latitude: 53.825, longitude: -1.515 },
  { id: 'act_3', label: 'Côr Cymunedol', latitude: 53.785, longitude: -1.585 },
];
const centre = { latitude: 53.805, longitude: -1.55 };

const root = (el: WmActivityMap) => el.shadowRoot!;
const markers = (el: WmActivityMap) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-label^="1:"], button[aria-label^="2:"], button[aria-label^="3:"]')];
const byName = (el: WmActivityMap, name: string) => root(el).querySelector<HTMLElement>(`[aria-label="${name}"]`);
const imgs = (el: WmActivityMap) => [...root(el).querySelectorAll('img')];
const region = (el: WmActivityMap) => root(el).querySelector<HTMLElement>('[role=region]')!;

async function mount(options: { tiles?: string; locale?: 'en' | 'cy'; width?: number } = {}) {
  const el = await fixture<WmActivityMap>(html`<wm-activity-map
    style="width:${options.width ?? 400}px;height:300px"
    .tiles=${options.tiles ?? tiles}
    .attribution=${'© OpenStreetMap contributors'}
    .locale=${options.locale ?? 'en'}
    .centre=${centre}
    .points=${points}
  ></wm-activity-map>`);
  await waitUntil(() => markers(el).length === 3, 'the markers appear once the map has its size');
  return el;
}

describe('map maths', () => {
  it('projects to Web Mercator tiles as OpenStreetMap numbers them', () => {
    expect(tileFor(51.5074, -0.1278, 10)).to.deep.equal({ x: 511, y: 340 }); // London
    expect(tileFor(0, 0, 1)).to.deep.equal({ x: 1, y: 1 });
    expect(tileFor(0, 0, 0)).to.deep.equal({ x: 0, y: 0 });
    expect(project(0, 0, 0)).to.deep.equal({ x: 128, y: 128 });
    expect(project(0, 90, 2).x).to.equal(0.75 * 1024);
    expect(project(85.0511, -180, 5).y).to.be.closeTo(0, 0.01);
    expect(project(-89, 0, 3).y, 'clamped to the map').to.be.closeTo(2048, 0.01);
    expect(tileFor(53.8008, -1.5491, 13)).to.deep.equal({ x: 4060, y: 2637 }); // Leeds
    // Against the OpenStreetMap wiki's formula (tan + sec, not the sine form map-view.ts uses).
    const osm = (lat: number, lon: number, z: number) => {
      const r = (lat * Math.PI) / 180;
      const n = 2 ** z;
      return { x: Math.floor(((lon + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n) };
    };
    for (const [lat, lon] of [[51.4816, -3.1791], [52.4153, -4.0829], [57.1497, -2.0943], [-33.8688, 151.2093], [40.7128, -74.006]] as const) {
      for (const z of [3, 9, 14, 18]) expect(tileFor(lat, lon, z), `${lat},${lon} z${z}`).to.deep.equal(osm(lat, lon, z));
    }
  });

  it('fits points at the largest zoom that holds them all', () => {
    const { zoom, x, y } = fitView([...points, centre], 400, 300);
    const fits = (z: number) => {
      const ps = [...points, centre].map((p) => project(p.latitude, p.longitude, z));
      const w = Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x));
      const h = Math.max(...ps.map((p) => p.y)) - Math.min(...ps.map((p) => p.y));
      return w <= 400 - 80 && h <= 300 - 80;
    };
    expect(fits(zoom)).to.equal(true);
    expect(fits(zoom + 1)).to.equal(false);
    const ps = [...points, centre].map((p) => project(p.latitude, p.longitude, zoom));
    expect(x).to.be.closeTo((Math.max(...ps.map((p) => p.x)) + Math.min(...ps.map((p) => p.x))) / 2, 1e-6);
    expect(y).to.be.closeTo((Math.max(...ps.map((p) => p.y)) + Math.min(...ps.map((p) => p.y))) / 2, 1e-6);
    expect(fitView([centre], 400, 300).zoom, 'a lone point is shown close, not at zoom 18').to.equal(15);
  });

  it('accepts only https tile templates (http on this machine) with {z}, {x} and {y}', () => {
    expect(isTileTemplate('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).to.equal(true);
    expect(isTileTemplate('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).to.equal(true);
    expect(isTileTemplate(tiles)).to.equal(true);
    for (const bad of [
      '',
      null,
      'http://tiles.invalid/{z}/{x}/{y}.png',
      'https://tiles.invalid/{z}/{x}.png',
      'javascript:alert({z}{x}{y})',
      'data:image/png,{z}{x}{y}',
      '/{z}/{x}/{y}.png',
      'https://tiles.invalid/{z}/{x}/{y}.png?key={apikey}',
    ]) {
      expect(isTileTemplate(bad), String(bad)).to.equal(false);
    }
    expect(tileUrl('https://{s}.t.example/{z}/{x}/{y}{r}.png', 3, 4, 5)).to.equal('https://a.t.example/3/4/5.png');
  });
});

describe('<wm-activity-map>', () => {
  // Room for every request's timing entry (the default buffer of 250 fills up, and then hides requests).
  before(() => performance.setResourceTimingBufferSize(100_000));
  beforeEach(() => performance.clearResourceTimings());
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('has every string in Welsh, and registers itself once, guarded', async () => {
    await assertCatalogueComplete(mapMessages);
    expect(customElements.get('wm-activity-map')).to.equal(WmActivityMap);
    expect(() => defineActivityMap()).not.to.throw();
  });

  it('is accessible in English and Welsh', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(region(el).getAttribute('aria-label')).to.equal('Map of activities');
    expect(byName(el, 'Zoom in')).to.exist;
    expect(byName(el, 'You searched here')).to.exist;
    expect(root(el).getElementById('keys')!.textContent).to.contain('arrow keys');
    el.locale = 'cy';
    await el.updateComplete;
    expect(region(el).getAttribute('aria-label')).to.equal('Map o weithgareddau');
    expect(byName(el, 'Chwyddo i mewn')).to.exist;
    expect(byName(el, 'Chwyddo allan')).to.exist;
    expect(byName(el, 'Fan hyn y gwnaethoch chwilio')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('covers the view with tiles made only from the template, and shows the attribution', async () => {
    const el = await mount();
    const width = 400;
    const height = 300;
    const found = imgs(el);
    expect(found.length).to.be.at.least(4);
    const n = 2 ** el.zoom;
    let minLeft = Infinity;
    let minTop = Infinity;
    let maxRight = -Infinity;
    let maxBottom = -Infinity;
    for (const img of found) {
      const match = tileSrc.exec(img.getAttribute('src')!);
      expect(match, img.src).to.not.equal(null);
      expect(Number(match![1])).to.equal(el.zoom);
      expect(Number(match![2])).to.be.within(0, n - 1);
      expect(Number(match![3])).to.be.within(0, n - 1);
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      const left = parseFloat(img.style.left);
      const top = parseFloat(img.style.top);
      minLeft = Math.min(minLeft, left);
      minTop = Math.min(minTop, top);
      maxRight = Math.max(maxRight, left + 256);
      maxBottom = Math.max(maxBottom, top + 256);
    }
    expect(minLeft).to.be.at.most(0);
    expect(minTop).to.be.at.most(0);
    expect(maxRight).to.be.at.least(width - 2);
    expect(maxBottom).to.be.at.least(height - 2);
    // The tile under the Walking Group's marker is one of them.
    const t = tileFor(points[0]!.latitude, points[0]!.longitude, el.zoom);
    expect(found.map((i) => i.getAttribute('src'))).to.include(tileUrl(tiles, el.zoom, t.x, t.y));

    // Every resource requested since the test began came from the template.
    await waitUntil(() => performance.getEntriesByType('resource').length > 0, 'tiles requested');
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.filter((name) => !tileSrc.test(name))).to.deep.equal([]);
    expect(root(el).textContent).to.contain('© OpenStreetMap contributors');
  });

  it('shows numbered markers named by label; a click or Enter fires wm-activity-map-select with the id', async () => {
    const el = await mount();
    const names = markers(el).map((b) => [b.getAttribute('aria-label'), b.textContent.trim(), b.type]);
    expect(names).to.deep.equal([
      ['1: Tuesday Walking Group', '1', 'button'],
      ['2: Knit and Natter', '2', 'button'],
      ['3: Côr Cymunedol', '3', 'button'],
    ]);
    // Positions follow the projection: marker 2 (north-east) is right of and above marker 1.
    const [one, two] = markers(el);
    expect(parseFloat(two!.style.left)).to.be.greaterThan(parseFloat(one!.style.left));
    expect(parseFloat(two!.style.top)).to.be.lessThan(parseFloat(one!.style.top));

    setTimeout(() => markers(el)[1]!.click());
    const clicked = await oneEvent(el, 'wm-activity-map-select');
    expect(clicked.detail).to.deep.equal({ id: 'act_2' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    markers(el)[2]!.focus();
    const entered = oneEvent(document, 'wm-activity-map-select'); // bubbles out of the shadow root
    await sendKeys({ press: 'Enter' });
    expect((await entered).detail).to.deep.equal({ id: 'act_3' });
  });

  it('zooms with the buttons and the keyboard, about the centre', async () => {
    const el = await mount();
    const start = el.zoom;
    // The searched-here marker's offset from the middle of the 400 × 300 map doubles with each zoom step.
    const offset = () => {
      const c = byName(el, 'You searched here')!;
      return { x: parseFloat(c.style.left) - 200, y: parseFloat(c.style.top) - 150 };
    };
    const before = offset();
    byName(el, 'Zoom in')!.click();
    await el.updateComplete;
    expect(el.zoom).to.equal(start + 1);
    expect(offset().x).to.be.closeTo(before.x * 2, 0.01);
    expect(offset().y).to.be.closeTo(before.y * 2, 0.01);
    expect(imgs(el).every((i) => tileSrc.exec(i.src)?.[1] === String(start + 1))).to.equal(true);
    byName(el, 'Zoom out')!.click();
    byName(el, 'Zoom out')!.click();
    await el.updateComplete;
    expect(el.zoom).to.equal(start - 1);

    region(el).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.zoom).to.equal(start);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(el.zoom).to.equal(start - 1);

    // The host re-rendering with equal (new) arrays keeps the person's zoom; new places refit.
    el.points = points.map((p) => ({ ...p }));
    el.centre = { ...centre };
    await el.updateComplete;
    expect(el.zoom).to.equal(start - 1);
    el.points = points.slice(0, 2);
    await el.updateComplete;
    expect(el.zoom).to.be.at.least(start);

    // Set from outside, zoom also keeps the middle, and stays within 1–18.
    const mid = offset();
    el.zoom = el.zoom + 1;
    await el.updateComplete;
    expect(offset().x).to.be.closeTo(mid.x * 2, 0.01);
    el.zoom = 40;
    await el.updateComplete;
    expect(el.zoom).to.equal(MAX_ZOOM);
    expect((byName(el, 'Zoom in') as HTMLButtonElement).disabled).to.equal(true);
    expect(imgs(el).every((i) => tileSrc.exec(i.src)?.[1] === String(MAX_ZOOM))).to.equal(true);
  });

  it('pans with the arrow keys when the map has focus, with a visible focus ring', async () => {
    const el = await mount();
    const [marker] = markers(el);
    const x = parseFloat(marker!.style.left);
    const y = parseFloat(marker!.style.top);
    region(el).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' }); // back by keyboard, so :focus-visible applies
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(region(el));
    expect(getComputedStyle(region(el)).outlineStyle).to.equal('solid');
    expect(getComputedStyle(region(el)).outlineWidth).to.equal('4px');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const [moved] = markers(el);
    expect(parseFloat(moved!.style.left)).to.be.closeTo(x - 64, 0.01);
    expect(parseFloat(moved!.style.top)).to.be.closeTo(y - 64, 0.01);

    // Arrow keys on a marker leave the map alone.
    moved!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(parseFloat(markers(el)[0]!.style.left)).to.be.closeTo(x - 64, 0.01);
  });

  it('pans by dragging with a pointer', async () => {
    const el = await mount();
    const [marker] = markers(el);
    const x = parseFloat(marker!.style.left);
    const y = parseFloat(marker!.style.top);
    const box = el.getBoundingClientRect();
    // Start on an empty part of the map (bottom left, clear of markers and the zoom buttons).
    const start = { x: Math.round(box.left + 20), y: Math.round(box.top + 200) };
    await sendMouse({ type: 'move', position: [start.x, start.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start.x + 50, start.y + 30] });
    await sendMouse({ type: 'move', position: [start.x + 80, start.y + 40] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const [moved] = markers(el);
    expect(parseFloat(moved!.style.left)).to.be.closeTo(x + 80, 0.01);
    expect(parseFloat(moved!.style.top)).to.be.closeTo(y + 40, 0.01);
    // After the button is up, moving no longer pans.
    await sendMouse({ type: 'move', position: [start.x + 10, start.y] });
    await el.updateComplete;
    expect(parseFloat(markers(el)[0]!.style.left)).to.be.closeTo(x + 80, 0.01);
  });

  it('requests nothing at all with an empty or invalid template, and still shows the markers', async () => {
    for (const bad of [
      '',
      'http://tiles.invalid/{z}/{x}/{y}.png',
      `${location.origin}/__tiles-no-y/{z}/{x}.png`,
      `${location.origin}/__tiles-bad/{z}/{x}/{y}.png?key={key}`,
      'javascript:void({z}+{x}+{y})',
    ]) {
      const t0 = performance.now();
      const el = await mount({ tiles: bad });
      await new Promise((r) => setTimeout(r, 150));
      expect(imgs(el), bad).to.have.length(0);
      const requested = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0);
      expect(requested.map((e) => e.name), bad).to.deep.equal([]);
      expect(markers(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    }
    // The same check does see requests when the template is valid (so it can fail).
    const t0 = performance.now();
    const el = await mount({ tiles: `${location.origin}/__tiles-control/{z}/{x}/{y}.png` });
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => e.startTime >= t0), 'control requests');
    expect(imgs(el).length).to.be.greaterThan(0);
  });

  it('turns off marker motion when reduced motion is asked for', async () => {
    const el = await mount();
    expect(getComputedStyle(markers(el)[0]!).transitionDuration).to.equal('0.1s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(markers(el)[0]!).transitionDuration).to.equal('0s');
  });
});

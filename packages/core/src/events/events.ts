/**
 * Typed Waymark events. Each event is declared once, by its detail type, in `WaymarkEventDetailMap`;
 * `GlobalEventHandlersEventMap` is extended from it, so `addEventListener('wm-referral-submitted', e => …)`
 * knows `e.detail` on any element, window or document.
 *
 * Names are `wm-<noun>-<past verb>` (`wm-referral-submitted`, `wm-activity-selected`). Events bubble and
 * are composed, so a host page can listen on `document`.
 *
 * **The detail never carries personal data** — no names, dates of birth, NHS numbers, contact details or
 * free text the person typed. Host pages forward events to analytics; send references and ids only.
 *
 * A widget adds its events by declaration merging:
 *
 * ```ts
 * declare global {
 *   interface WaymarkEventDetailMap {
 *     'wm-referral-submitted': { reference: string };
 *   }
 * }
 * ```
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- widgets merge their entries in.
  interface WaymarkEventDetailMap {}

  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled from WaymarkEventDetailMap.
  interface GlobalEventHandlersEventMap extends WaymarkEventMap {}
}

/** Waymark event name → its `CustomEvent` type. */
export type WaymarkEventMap = { [K in keyof WaymarkEventDetailMap]: CustomEvent<WaymarkEventDetailMap[K]> };

/** A Waymark event name. */
export type WaymarkEventName = keyof WaymarkEventDetailMap;

/**
 * Dispatches a typed Waymark event from `el` (bubbles, composed). Returns false when it was cancelable
 * and a listener called `preventDefault()`.
 */
export function emit<K extends WaymarkEventName>(
  el: EventTarget,
  name: K,
  detail: WaymarkEventDetailMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return el.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

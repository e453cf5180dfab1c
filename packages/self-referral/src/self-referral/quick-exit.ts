import type { ReactiveController, ReactiveControllerHost } from 'lit';

const WINDOW_MS = 5000;

/**
 * GOV.UK "Exit this page" by keyboard: Shift pressed 3 times within 5 seconds, anywhere on the page, calls
 * `onExit`. As in GOV.UK's, any other key starts the count again, so typing capitals ("Mary Ann O'Brien")
 * never leaves the page.
 */
export class QuickExitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onExit: () => void;
  #shifts: number[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, onExit: () => void) {
    this.#host = host;
    this.#onExit = onExit;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('keydown', this.#onKey);
    this.#shifts = [];
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.repeat) return;
    if (event.key !== 'Shift') {
      this.#shifts = [];
      return;
    }
    const now = Date.now();
    this.#shifts = [...this.#shifts.filter((t) => now - t < WINDOW_MS), now];
    if (this.#shifts.length >= 3) {
      this.#shifts = [];
      this.#onExit();
    }
  };
}

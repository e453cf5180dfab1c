import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type WaymarkError, toWaymarkError, type Transport } from '@waymark/core';
import { SubmitSelfReferralDocument, type SelfReferralInput, type SubmitSelfReferralMutation } from '../generated/graphql.js';

export type SubmitState = 'idle' | 'sending' | 'failed' | 'sent';
export type SubmitResult = SubmitSelfReferralMutation['submitSelfReferral'];

/** Waits between automatic attempts after the transport's own retries gave up: 5 s, 10 s, 20 s, … 60 s. */
const PAGE_RETRY_MS = [5_000, 10_000, 20_000, 40_000, 60_000];

interface SubmitHost extends ReactiveControllerHost {
  readonly transport: Transport;
}

/**
 * Sends the referral and never reports "sent" before the server answered with a reference.
 *
 * Every attempt carries the same idempotency key (made at "check your answers", kept in the draft), so
 * the transport may retry the mutation on a network failure, a timeout or a 5xx (`retry.idempotent`): the
 * server stores one referral and answers each retry with the same reference. When those retries give up,
 * the controller keeps trying with longer waits while the page is open, and `retry()` ("Try again") tries
 * at once. Bad input, FORBIDDEN and the like are not retried: the host shows them.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = 'idle';
  error: WaymarkError | undefined;
  result: SubmitResult | undefined;

  readonly #host: SubmitHost;
  readonly #onSent: (result: SubmitResult) => void;
  readonly #onRefused: (error: WaymarkError) => void;
  #input: (() => SelfReferralInput) | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;

  constructor(host: SubmitHost, onSent: (result: SubmitResult) => void, onRefused: (error: WaymarkError) => void) {
    this.#host = host;
    this.#onSent = onSent;
    this.#onRefused = onRefused;
    host.addController(this);
  }

  /** Sends the input (read afresh on every attempt, so `fillSeconds` stays true). */
  submit(input: () => SelfReferralInput): void {
    this.#input = input;
    this.#failures = 0;
    void this.#attempt();
  }

  /** "Try again": at once, cancelling a scheduled attempt. */
  retry(): void {
    if (this.#input && this.state === 'failed') void this.#attempt();
  }

  /** Back to idle (after the person goes back to change an answer). */
  reset(): void {
    this.#stop();
    this.state = 'idle';
    this.error = undefined;
  }

  hostDisconnected(): void {
    this.#stop();
    // A request in flight when the element left the page is settled by the server either way; the draft
    // (and its key) is still in sessionStorage, so sending again later gives the same reference.
    if (this.state === 'sending') this.state = 'failed';
  }

  hostConnected(): void {
    if (this.state === 'failed' && this.error?.retriable) this.#schedule();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const wait = PAGE_RETRY_MS[Math.min(this.#failures - 1, PAGE_RETRY_MS.length - 1)] ?? PAGE_RETRY_MS[0];
    this.#timer = setTimeout(() => void this.#attempt(), Math.max(wait ?? 0, (this.error?.retryAfterSeconds ?? 0) * 1000));
  }

  async #attempt(): Promise<void> {
    const input = this.#input;
    if (!input || this.state === 'sending' || this.state === 'sent') return;
    this.#stop();
    const abort = (this.#abort = new AbortController());
    this.state = 'sending';
    this.#host.requestUpdate();
    try {
      const data = await this.#host.transport.request(SubmitSelfReferralDocument, { input: input() }, {
        signal: abort.signal,
        retry: { idempotent: true, attempts: 3 },
      });
      if (abort.signal.aborted) return;
      this.state = 'sent';
      this.result = data.submitSelfReferral;
      this.error = undefined;
      this.#onSent(data.submitSelfReferral);
    } catch (cause) {
      if (abort.signal.aborted) return;
      const error = toWaymarkError(cause);
      this.error = error;
      this.state = 'failed';
      this.#failures++;
      if (error.retriable) this.#schedule();
      else this.#onRefused(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      this.#host.requestUpdate();
    }
  }
}

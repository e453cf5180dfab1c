import type { WaymarkError } from './errors.js';

/** How automatic retries behave. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  attempts?: number;
  /** The delay before the first retry, before jitter. Default 300 ms; doubles each time. */
  baseDelayMs?: number;
  /** No single wait is longer than this. Default 4000 ms. */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 3, baseDelayMs: 300, maxDelayMs: 4000 };

/**
 * The wait before retry number `retry` (1 for the first): exponential backoff with "equal jitter" — half
 * the exponential step fixed, half random — so many widgets that failed together do not retry together.
 */
export function backoffDelay(retry: number, options: RetryOptions = {}, random: () => number = Math.random): number {
  const { baseDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Whether the transport retries an error by itself: a failed connection, a timeout or a server error.
 * Never bad input, auth, not found, or a rate limit (the widget tells the person when to try again).
 */
export function isAutoRetriable(error: WaymarkError): boolean {
  return error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'INTERNAL_SERVER_ERROR';
}

/** Why a signal aborted, as an Error (an `AbortError` DOMException unless the caller gave an Error). */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The request was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

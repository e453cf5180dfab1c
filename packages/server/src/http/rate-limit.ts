/**
 * Rate limits on `submitSelfReferral`: one token bucket per client address and one per partner, each
 * refilled evenly over a minute (`config.rateLimits`, env WAYMARK_RATE_LIMIT_PER_ADDRESS default 10 and
 * WAYMARK_RATE_LIMIT_PER_PARTNER default 300; 0 turns a limit off).
 *
 * Storage: the buckets live in this process's memory. That is right for one server process (the demo, a
 * single container); with several processes behind a load balancer each keeps its own buckets, so the
 * effective limit is N times the setting — move the buckets to PostgreSQL or Redis before scaling out.
 *
 * The client address is the socket's peer address, or — only when WAYMARK_TRUST_PROXY=true, i.e. behind a
 * proxy you run that appends to it — the last `X-Forwarded-For` entry (the address that proxy saw; the
 * entries before it are whatever the client claimed). IPv6 addresses are bucketed by their /64, which one
 * household or device usually holds whole. Addresses are used as map keys only: never logged, never stored.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerConfig } from '../config.js';
import type { Row } from '../db/tables.js';
import { rateLimited } from '../graphql/errors.js';

/** The mutation fields these limits guard. */
const LIMITED_FIELDS = new Set(['submitSelfReferral']);
/** Buckets kept before full (idle) ones are swept out. */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets of `perMinute` tokens, refilled continuously at `perMinute` per minute. */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#perMs = perMinute / 60_000;
  }

  #refilled(key: string, now: number): Bucket {
    const bucket = this.#buckets.get(key);
    if (!bucket) return { tokens: this.perMinute, at: now };
    return { tokens: Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.#perMs), at: now };
  }

  /** Seconds until `count` tokens are available for `key` (0 when they are now, or the limit is off). */
  waitSeconds(key: string, count = 1): number {
    if (this.perMinute <= 0) return 0;
    const { tokens } = this.#refilled(key, this.now());
    if (tokens >= count) return 0;
    // A request for more than the bucket holds can never pass; say a minute rather than forever.
    if (count > this.perMinute) return 60;
    return Math.max(1, Math.ceil((count - tokens) / this.#perMs / 1000 - 1e-9)); // less float noise
  }

  /** Takes `count` tokens (call after `waitSeconds` returned 0). */
  take(key: string, count = 1): void {
    if (this.perMinute <= 0) return;
    const now = this.now();
    const bucket = this.#refilled(key, now);
    bucket.tokens = Math.max(0, bucket.tokens - count);
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now);
    this.#buckets.set(key, bucket);
  }

  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.perMinute) this.#buckets.delete(key);
    }
  }

  get size(): number {
    return this.#buckets.size;
  }
}

/** An IPv6 address's /64 (its first four groups), or the address itself for IPv4. */
export function addressBucket(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail] = plain.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The client's address: the socket peer, or the last X-Forwarded-For entry when the proxy is trusted. */
export function clientAddress(request: Request, req: Pick<IncomingMessage, 'socket'> | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for');
    const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last && isIP(last.replace(/^\[|\]$/g, ''))) return addressBucket(last);
  }
  const peer = req?.socket?.remoteAddress;
  // app.fetch called directly (tests, embedding) has no socket: those requests share one bucket.
  return peer ? addressBucket(peer) : 'no-socket';
}

/** How many times the operation to be run selects one of the limited mutation fields at its root. */
export function countLimitedFields(document: DocumentNode, operationName: string | null | undefined): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== OperationTypeNode.MUTATION) return 0;
  // Fragments on the Mutation root are counted too: `mutation { ...F } fragment F on Mutation { submitSelfReferral … }`.
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const count = (selections: OperationDefinitionNode['selectionSet']['selections']): number =>
    selections.reduce((n, s) => {
      if (s.kind === Kind.FIELD) return n + (LIMITED_FIELDS.has(s.name.value) ? 1 : 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet.selections);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return n;
      seen.add(s.name.value);
      return n + count(fragment.selectionSet.selections);
    }, 0);
  return count(operation.selectionSet.selections);
}

export interface RateLimiter {
  byAddress: TokenBuckets;
  byPartner: TokenBuckets;
  plugin: Plugin;
}

/**
 * The yoga plugin: before a mutation that selects `submitSelfReferral` runs, takes one token per selection
 * from the client address's bucket and the partner's; when either is empty the operation does not run and
 * the answer is RATE_LIMITED (HTTP 429, `Retry-After`, `extensions.retryAfterSeconds`).
 */
export function createRateLimiter(config: Pick<ServerConfig, 'rateLimits' | 'trustProxy'>, now: () => number = Date.now): RateLimiter {
  const byAddress = new TokenBuckets(config.rateLimits.perAddressPerMinute, now);
  const byPartner = new TokenBuckets(config.rateLimits.perPartnerPerMinute, now);
  const plugin: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const count = countLimitedFields(args.document as DocumentNode, args.operationName as string | null | undefined);
      if (count === 0) return;
      const ctx = args.contextValue as { request: Request; req?: IncomingMessage; partner?: Row<'partners'> | null };
      const address = clientAddress(ctx.request, ctx.req, config.trustProxy);
      const partner = ctx.partner?.id;
      const wait = Math.max(byAddress.waitSeconds(address, count), partner ? byPartner.waitSeconds(partner, count) : 0);
      if (wait > 0) {
        setResultAndStopExecution({ errors: [rateLimited(wait)] });
        return;
      }
      byAddress.take(address, count);
      if (partner) byPartner.take(partner, count);
    },
  };
  return { byAddress, byPartner, plugin };
}

/**
 * Structured JSON logs (pino). What may be logged is decided here, once: request method, path, status,
 * duration, operation name, partner key, error codes. Never variables, bodies, query strings, headers other
 * than those, or client addresses — they can carry personal data. Redaction is a second line of defence.
 */
import pino from 'pino';
import type { ServerConfig } from './config.js';

export type Logger = pino.Logger;

export const REDACT_PATHS = [
  'variables',
  '*.variables',
  'body',
  '*.body',
  'headers',
  '*.headers',
  'req',
  'res',
  'query',
  '*.query',
  'ip',
  '*.ip',
];

export function createLogger(config: Pick<ServerConfig, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'waymark-server' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

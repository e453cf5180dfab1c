/** The server's release version, reported by `about` and /health. Kept in step with package.json. */
export const SERVER_VERSION = '0.1.0';

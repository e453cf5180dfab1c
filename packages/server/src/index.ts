/** @waymark/server's public API, for embedding the server or writing tools against it. */
export { createApp, type App, type AppOptions } from './app.js';
export { loadConfig, type ServerConfig } from './config.js';
export { openDatabase, type Database } from './db/database.js';
export { migrate } from './db/migrate.js';
export { startServer, type RunningServer } from './server.js';

/** Demo and benchmark data: `seedDemoData` for a working demo, `generateBenchActivities` for load tests. */
export { seedDemoData, insertInBatches, BATCH_SIZE, type SeedDemoOptions, type SeedDemoResult } from './seed.js';
export { generateDemoData, countDemoData, DEMO_TABLES, type DemoData, type DemoCounts, type GenerateDemoOptions } from './generate.js';
export { generateBenchActivities, type BenchOptions, type BenchResult } from './bench.js';
export { ACTIVITY_CATEGORIES, CATEGORY_IDS, ACCESSIBILITY_FEATURES, type CategoryId, type AccessibilityFeature } from './categories.js';
export { DEMO_TOWNS, DEMO_DISTRICTS, BENCH_TOWNS, distanceKm } from './places.js';
export { DEMO_PARTNERS, DEMO_ORIGINS } from './organisations.js';

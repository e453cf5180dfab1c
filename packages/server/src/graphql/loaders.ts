/**
 * Per-request DataLoaders: each batches the lookups of one resolver tick into one query and caches them
 * for the rest of the request only (never across requests, so nobody sees stale or another's data).
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { categoriesForActivities, organisersByIds } from '../domain/activities.js';
import {
  linkWorkersForServices,
  pcnsByIds,
  practicesByIds,
  practicesForServices,
  servicesByIds,
  servicesForPractices,
} from '../domain/organisations.js';

export function createLoaders(db: Kysely<Tables>) {
  return {
    practice: new DataLoader((ids: readonly string[]) => practicesByIds(db, ids)),
    pcn: new DataLoader((ids: readonly string[]) => pcnsByIds(db, ids)),
    service: new DataLoader((ids: readonly string[]) => servicesByIds(db, ids)),
    servicesForPractice: new DataLoader((ids: readonly string[]) => servicesForPractices(db, ids)),
    practicesForService: new DataLoader((ids: readonly string[]) => practicesForServices(db, ids)),
    linkWorkersForService: new DataLoader((ids: readonly string[]) => linkWorkersForServices(db, ids)),
    categoriesForActivity: new DataLoader((ids: readonly string[]) => categoriesForActivities(db, ids)),
    organiser: new DataLoader((ids: readonly string[]) => organisersByIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

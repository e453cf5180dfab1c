/**
 * Reads of personal data by staff: always scoped to the staff user's own service, and always written to
 * the audit log (who, what, when — never the data itself) in the same transaction as the read.
 */
import { sql, type Kysely } from 'kysely';
import type { Row, Tables } from '../db/tables.js';
import { unauthenticated } from '../graphql/errors.js';
import { isUuid } from './organisations.js';
import { decodeCursor, pageSize, toPage, type Page } from './pagination.js';

type Db = Kysely<Tables>;
type Staff = Row<'staff_users'>;

export function requireStaff(staff: Staff | null): Staff {
  if (!staff) throw unauthenticated();
  return staff;
}

async function audit(db: Db, staff: Staff, action: string, entity: string, entityIds: (string | null)[]): Promise<void> {
  if (!entityIds.length) return;
  await db
    .insertInto('audit_log')
    .values(entityIds.map((id) => ({ staff_user_id: staff.id, action, entity, entity_id: id })))
    .execute();
}

export async function listReferrals(db: Db, staff: Staff, args: { status?: string | null; first?: number | null; after?: string | null }): Promise<Page<Row<'referrals'>>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  return db.transaction().execute(async (tx) => {
    let base = tx.selectFrom('referrals').where('service_id', '=', staff.service_id);
    if (args.status) base = base.where('status', '=', args.status);
    let q = base.selectAll().orderBy('received_at', 'desc').orderBy('id', 'desc').limit(size + 1);
    if (after) q = q.where(sql<boolean>`(received_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    const rows = await q.execute();
    await audit(tx, staff, 'read', 'referral', rows.slice(0, size).map((r) => r.id));
    const count = Number((await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n);
    return toPage(rows, size, (r) => [r.received_at, r.id], async () => count);
  });
}

export async function referralByReference(db: Db, staff: Staff, reference: string): Promise<Row<'referrals'> | undefined> {
  return db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('referrals').selectAll().where('reference', '=', reference).where('service_id', '=', staff.service_id).executeTakeFirst();
    if (row) await audit(tx, staff, 'read', 'referral', [row.id]);
    return row;
  });
}

export async function referralHistory(db: Db, referralId: string): Promise<Row<'referral_status_history'>[]> {
  return db.selectFrom('referral_status_history').selectAll().where('referral_id', '=', referralId).orderBy('at').orderBy('id').execute();
}

export async function listClients(db: Db, staff: Staff, args: { first?: number | null; after?: string | null }): Promise<Page<Row<'clients'>>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  return db.transaction().execute(async (tx) => {
    const base = tx.selectFrom('clients').where('service_id', '=', staff.service_id);
    let q = base.selectAll().orderBy('preferred_name').orderBy('id').limit(size + 1);
    if (after) q = q.where(sql<boolean>`(preferred_name, id) > (${after[0]}, ${after[1]}::uuid)`);
    const rows = await q.execute();
    await audit(tx, staff, 'read', 'client', rows.slice(0, size).map((r) => r.id));
    const count = Number((await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n);
    return toPage(rows, size, (r) => [r.preferred_name, r.id], async () => count);
  });
}

export async function clientById(db: Db, staff: Staff, id: string): Promise<Row<'clients'> | undefined> {
  if (!isUuid(id)) return undefined;
  return db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('clients').selectAll().where('id', '=', id).where('service_id', '=', staff.service_id).executeTakeFirst();
    if (row) await audit(tx, staff, 'read', 'client', [row.id]);
    return row;
  });
}

export async function plansForClient(db: Db, clientId: string) {
  return db.selectFrom('action_plans').selectAll().where('client_id', '=', clientId).orderBy('agreed_on', 'desc').execute();
}
export async function goalsForPlan(db: Db, planId: string) {
  return db.selectFrom('goals').selectAll().where('action_plan_id', '=', planId).orderBy(sql`term = 'LONG'`).orderBy('sort_order').execute();
}
export async function stepsForGoal(db: Db, goalId: string) {
  return db.selectFrom('goal_steps').selectAll().where('goal_id', '=', goalId).orderBy('sort_order').execute();
}
export async function checkInsForGoal(db: Db, goalId: string) {
  return db.selectFrom('check_ins').selectAll().where('goal_id', '=', goalId).orderBy('date', 'desc').execute();
}
export async function wellbeingForClient(db: Db, clientId: string) {
  return db.selectFrom('wellbeing_measures').selectAll().where('client_id', '=', clientId).orderBy('date').execute();
}
export async function staffById(db: Db, id: string) {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function linkWorkerById(db: Db, id: string) {
  return db.selectFrom('link_workers').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function partnerById(db: Db, id: string) {
  return db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
export async function referralById(db: Db, id: string) {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

import { describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

describe('staff registry: the audit log', () => {
  const kit = useRegistryKit();

  it('when staff read a card and change data, then each entry has the actor, the IP, the request id and the time', async () => {
    const member = await createMember();
    const id = String(member._id);
    const before = Date.now();
    await kit
      .as('expert')
      .get(`/api/v1/staff/members/${id}`)
      .set('X-Forwarded-For', '203.0.113.7')
      .set('X-Request-Id', 'card-read-0001');
    await kit
      .as('expert')
      .post(`/api/v1/staff/members/${id}/dues-payments`)
      .set('X-Forwarded-For', '203.0.113.8')
      .set('X-Request-Id', 'payment-add-0002')
      .send({ amount: 5000, paidAt: '2026-02-01' });

    const response = await kit.as('admin').get(`/api/v1/staff/audit?memberId=${id}`);
    expect(response.status).toBe(200);
    const expertName = expect.stringMatching(/^Эксперт Смирнова/);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        action: 'dues_payment.created',
        actor: { kind: 'staff', id: String(kit.expert._id), role: 'expert', fullName: expertName },
        target: expect.objectContaining({ kind: 'dues_payment', memberId: id }),
        ip: '203.0.113.8',
        requestId: 'payment-add-0002',
        changes: { fields: ['amount', 'paidAt'] },
      }),
      expect.objectContaining({
        action: 'member.read',
        actor: { kind: 'staff', id: String(kit.expert._id), role: 'expert', fullName: expertName },
        target: { kind: 'member', id, memberId: id, memberName: member.shortName },
        ip: '203.0.113.7',
        requestId: 'card-read-0001',
        changes: null,
      }),
    ]);
    const at = Date.parse(response.body.items[1].at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('when the member list is read, then the entry names the filters used but not their values', async () => {
    await kit
      .as('expert')
      .get('/api/v1/staff/members?q=Иванов&status=member')
      .set('X-Request-Id', 'list-read-0003');
    const entry = await AuditEntryModel.findOne({ requestId: 'list-read-0003' }).lean();
    expect(entry).toMatchObject({ action: 'member.list', changes: { filters: ['status', 'q'] } });
    expect(JSON.stringify(entry)).not.toContain('Иванов');
  });

  it('when filtered by actor, action and period, then only matching entries come, newest first, paged', async () => {
    const member = await createMember();
    const id = String(member._id);
    await AuditEntryModel.create([
      {
        at: new Date('2025-01-10T10:00:00Z'),
        actor: { kind: 'staff', id: kit.admin._id, role: 'admin' },
        action: 'job.retried',
      },
      {
        at: new Date('2025-01-20T10:00:00Z'),
        actor: { kind: 'staff', id: kit.admin._id, role: 'admin' },
        action: 'job.retried',
      },
      {
        at: new Date('2025-02-20T10:00:00Z'),
        actor: { kind: 'staff', id: kit.admin._id, role: 'admin' },
        action: 'job.retried',
      },
    ]);
    const january = await kit
      .as('admin')
      .get('/api/v1/staff/audit?action=job.retried&from=2025-01-01&to=2025-01-31');
    expect(january.body.items.map((entry: { at: string }) => entry.at)).toEqual([
      '2025-01-20T10:00:00.000Z',
      '2025-01-10T10:00:00.000Z',
    ]);
    const paged = await kit.as('admin').get('/api/v1/staff/audit?action=job.retried&perPage=1&page=3');
    expect(paged.body).toMatchObject({ total: 3, page: 3, perPage: 1 });
    expect(paged.body.items[0].at).toBe('2025-01-10T10:00:00.000Z');

    await kit.as('admin').get(`/api/v1/staff/members/${id}`);
    const byActor = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?actorId=${String(kit.admin._id)}&memberId=${id}`);
    expect(byActor.body.items.map((entry: { action: string }) => entry.action)).toEqual(['member.read']);
    const byExpert = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?actorId=${String(kit.expert._id)}&memberId=${id}`);
    expect(byExpert.body.items).toEqual([]);
  });

  it('when an expert asks for the log or the filters are malformed, then 403 and 400', async () => {
    expect((await kit.as('expert').get('/api/v1/staff/audit')).status).toBe(403);
    const malformed = await kit.as('admin').get('/api/v1/staff/audit?actorId=nobody&from=yesterday');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'actorId',
      'from',
    ]);
  });
});

import { beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { saveFile } from '../../../api/domain/shared/file-storage.js';
import { useTestApi } from '../../helpers/api-app.js';
import {
  appealFor,
  client,
  daysFromNow,
  expertWithToken,
  memberWithRepresentative,
  PDF,
} from './correspondence-fixtures.js';

type Row = { id: string; registrationNumber: string };

describe('staff appeals inbox', () => {
  const api = useTestApi();
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  let staffToken: string;
  let expertId: string;
  let otherExpertToken: string;
  let memberAId: string;
  let representativeToken: string;
  let fileId: string;

  beforeAll(async () => {
    const me = await expertWithToken(api.deps.hasher);
    const other = await expertWithToken(api.deps.hasher);
    staffToken = me.token;
    expertId = String(me.staff._id);
    otherExpertToken = other.token;
    const a = await memberWithRepresentative(api.deps.hasher);
    const b = await memberWithRepresentative(api.deps.hasher);
    memberAId = String(a.member._id);
    representativeToken = a.token;
    const file = await saveFile({ filename: 'Справка.pdf', contentType: 'application/pdf', data: PDF });
    fileId = String(file.fileId);
    const appeals = {
      oldSubmitted: await appealFor(a.member, a.representative, {
        createdAt: daysFromNow(-30),
        dueAt: daysFromNow(-16),
      }),
      registered: await appealFor(a.member, a.representative, {
        category: 'registry_extract',
        details: { copies: 2, delivery: 'electronic' },
        status: 'registered',
        createdAt: daysFromNow(-3),
      }),
      mineInProgress: await appealFor(b.member, b.representative, {
        status: 'in_progress',
        assignedExpertId: me.staff._id,
        createdAt: daysFromNow(-2),
        dueAt: daysFromNow(-1),
        attachments: [file],
        signature: {
          status: 'unverifiable',
          documentFileId: null,
          signatureFileId: null,
          signer: { fullName: 'Петров Пётр Петрович' },
          note: 'ГОСТ-подпись: проверьте вручную',
        },
      }),
      answeredLate: await appealFor(b.member, b.representative, {
        status: 'answered',
        createdAt: daysFromNow(-40),
        dueAt: daysFromNow(-26),
      }),
    };
    for (const [name, appeal] of Object.entries(appeals)) {
      ids[name] = String(appeal._id);
      numbers[name] = appeal.registrationNumber;
    }
  });

  const list = async (query: string) => {
    const response = await client(api.app, staffToken).get(`/staff/appeals${query}`);
    expect(response.status).toBe(200);
    return {
      names: (response.body.items as Row[]).map((row) =>
        Object.keys(ids).find((name) => ids[name] === row.id),
      ),
      body: response.body,
    };
  };

  it('when staff open the inbox, then the oldest come first, each row with member, category, status, expert and due date', async () => {
    const { names, body } = await list('');

    expect(names).toEqual(['answeredLate', 'oldSubmitted', 'registered', 'mineInProgress']);
    expect(body).toMatchObject({ total: 4, page: 1, perPage: 20 });
    const row = body.items.find((item: Row) => item.id === ids.mineInProgress);
    expect(row).toEqual({
      id: ids.mineInProgress,
      registrationNumber: numbers.mineInProgress,
      category: 'other',
      categoryTitle: 'Остальные обращения',
      status: 'in_progress',
      statusLabel: 'В работе',
      member: {
        id: expect.any(String),
        shortName: expect.stringMatching(/^ООО «Тест-/),
        inn: expect.stringMatching(/^\d{10}$/),
      },
      expert: { id: expertId, fullName: expect.stringMatching(/^Эксперт/) },
      createdAt: expect.any(String),
      dueAt: expect.any(String),
      overdue: true,
      signatureStatus: 'unverifiable',
      signatureNeedsCheck: true,
    });
  });

  it('when the inbox is filtered by status, category, member, expert or overdue, then only those appeals are listed', async () => {
    expect((await list('?status=submitted,registered')).names).toEqual(['oldSubmitted', 'registered']);
    expect((await list('?status=answered&status=registered')).names).toEqual(['answeredLate', 'registered']);
    expect((await list('?category=registry_extract')).names).toEqual(['registered']);
    expect((await list(`?memberId=${memberAId}`)).names).toEqual(['oldSubmitted', 'registered']);
    expect((await list(`?assignedExpertId=${expertId}`)).names).toEqual(['mineInProgress']);
    expect((await list('?mine=true')).names).toEqual(['mineInProgress']);
    expect((await list('?overdue=true')).names).toEqual(['oldSubmitted', 'mineInProgress']);
    expect((await list('?overdue=true&status=submitted')).names).toEqual(['oldSubmitted']);
    expect((await list(`?number=${numbers.registered!.slice(-6)}`)).names).toEqual(['registered']);
    const moscowDay = (instant: Date) =>
      new Date(instant.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
    expect((await list(`?to=${moscowDay(daysFromNow(-3))}`)).names).toEqual([
      'answeredLate',
      'oldSubmitted',
      'registered',
    ]);
    const tenDaysAgo = daysFromNow(-10).toISOString();
    expect((await list(`?from=${tenDaysAgo}&sort=-createdAt`)).names).toEqual([
      'mineInProgress',
      'registered',
    ]);

    const notMine = await client(api.app, otherExpertToken).get('/staff/appeals?mine=true');
    expect(notMine.body.total).toBe(0);
  });

  it('when the inbox is paged and sorted by due date, then pages follow each other without repeats', async () => {
    const first = await list('?sort=dueAt&perPage=3');
    const second = await list('?sort=dueAt&perPage=3&page=2');

    expect(first.body.total).toBe(4);
    expect([...first.names, ...second.names]).toEqual([
      'answeredLate',
      'oldSubmitted',
      'mineInProgress',
      'registered',
    ]);
  });

  it('when staff open an appeal, then they see history, files and an unverifiable signature flagged, and the reading is audited', async () => {
    const response = await client(api.app, staffToken).get(`/staff/appeals/${ids.mineInProgress}`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: ids.mineInProgress,
      text: 'Прошу разъяснить порядок уплаты взносов.',
      statusHistory: [{ status: 'submitted', statusLabel: 'Подано', by: null, comment: null }],
      nextStatuses: ['answered', 'rejected'],
      signature: {
        status: 'unverifiable',
        label: 'Подпись не удалось проверить автоматически — проверьте её вручную',
        needsManualCheck: true,
        signer: { fullName: 'Петров Пётр Петрович', inn: null },
      },
      memberCard: { statusLabel: 'Член СРО', registryNumber: expect.any(String) },
      representative: { fullName: expect.stringMatching(/^Сидорова Анна/) },
      answerLetter: null,
    });
    expect(response.body.attachments).toEqual([
      {
        fileId,
        filename: 'Справка.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
        url: `/api/v1/staff/appeals/${ids.mineInProgress}/files/${fileId}`,
      },
    ]);
    const audit = await AuditEntryModel.findOne({
      action: 'appeal.read',
      'target.id': ids.mineInProgress,
    }).lean();
    expect(audit?.actor).toMatchObject({ kind: 'staff', role: 'expert' });
  });

  it('when staff download a file of the appeal, then they get its bytes under its name; a file of another appeal is not found', async () => {
    const download = await client(api.app, staffToken)
      .get(`/staff/appeals/${ids.mineInProgress}/files/${fileId}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0.pdf",
    );
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    const audited = { action: 'appeal.file_read', 'target.id': ids.mineInProgress };
    expect(await AuditEntryModel.countDocuments(audited)).toBe(1);

    const elsewhere = await client(api.app, staffToken).get(
      `/staff/appeals/${ids.registered}/files/${fileId}`,
    );
    expect(elsewhere.status).toBe(404);
  });

  it('when a representative or nobody asks for the inbox, then 403 or 401', async () => {
    const asRepresentative = await client(api.app, representativeToken).get('/staff/appeals');
    expect(asRepresentative.status).toBe(403);
    const anonymous = await client(api.app, 'x'.repeat(43)).get(`/staff/appeals/${ids.registered}`);
    expect(anonymous.status).toBe(401);
  });

  it('when the query or the id is malformed, then 400 or 404 with Russian messages, never 5xx', async () => {
    for (const query of [
      '?status=lost',
      '?category=gossip',
      '?memberId=42',
      '?overdue=yes',
      '?sort=name',
      '?perPage=1000',
      `?from=${encodeURIComponent('вчера')}`,
      '?from=2026-03-10&to=2026-03-01',
      `?mine=true&assignedExpertId=${expertId}`,
    ]) {
      const response = await client(api.app, staffToken).get(`/staff/appeals${query}`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/[а-яё]/i);
    }
    expect((await client(api.app, staffToken).get('/staff/appeals/not-an-id')).status).toBe(400);
    const missing = await client(api.app, staffToken).get('/staff/appeals/0123456789abcdef01234567');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Обращение не найдено.');
  });
});

import { describe, it, expect, beforeAll } from '@jest/globals';
import mongoose, { Types } from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { ensureIndexes, MODELS } from '../../../api/domain/models.js';
import { useTestDatabase } from '../../helpers/database.js';

function legalMember(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'legal',
    fullName: 'Общество с ограниченной ответственностью «СтройМонтаж»',
    shortName: 'ООО «СтройМонтаж»',
    inn: '7707083893',
    ogrn: '1027700132195',
    kpp: '770701001',
    registryNumber: '77-001',
    admissionDate: new Date('2017-03-01'),
    head: { fullName: 'Иванов Иван Иванович', position: 'Генеральный директор' },
    ...overrides,
  };
}

function appeal(category: string, details: unknown) {
  return new AppealModel({
    memberId: new Types.ObjectId(),
    representativeId: new Types.ObjectId(),
    registrationNumber: `ОБР-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    category,
    details,
    dueAt: new Date('2026-02-15'),
  });
}

async function validationMessage(
  document: { validate(): Promise<void> },
  path: string,
): Promise<string | undefined> {
  const error = await document.validate().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(mongoose.Error.ValidationError);
  return (error as mongoose.Error.ValidationError).errors[path]?.message;
}

describe('domain models', () => {
  useTestDatabase();
  beforeAll(() => ensureIndexes());

  it('when indexes are ensured, then every index a schema declares exists in its collection', async () => {
    for (const { modelName } of MODELS) {
      const model = mongoose.model(modelName);
      const existing = (await model.listIndexes()).map(
        (index: { key: Record<string, unknown> }) => index.key,
      );
      for (const [fields] of model.schema.indexes()) expect(existing).toContainEqual(fields);
    }
    await expect(ensureIndexes()).resolves.toBeUndefined();
  });

  it('when a second member is registered with the same INN, then the database refuses it with a duplicate key', async () => {
    await MemberModel.create(legalMember());

    await expect(MemberModel.create(legalMember({ registryNumber: '77-002' }))).rejects.toMatchObject({
      code: 11000,
    });
  });

  it("when an organization is given an individual entrepreneur's INN, then it is refused in Russian", async () => {
    const member = new MemberModel(legalMember({ inn: '500100732259' }));

    expect(await validationMessage(member, 'inn')).toMatch(/^ИНН организации — 10 цифр/);
  });

  it('when a registry extract is asked for in 0 copies, then the appeal is refused with a Russian message', async () => {
    const request = appeal('registry_extract', { copies: 0, delivery: 'electronic' });

    expect(await validationMessage(request, 'details')).toBe('Количество экземпляров выписки — от 1 до 10');
  });

  it('when an accounting-documents appeal is saved, then its details are stored as parsed, dates as dates', async () => {
    const request = appeal('accounting_documents', {
      documents: ['reconciliation_act', 'invoice'],
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
    });

    await request.save();
    const stored = await AppealModel.findById(request._id).lean();

    expect(stored?.details).toEqual({
      documents: ['reconciliation_act', 'invoice'],
      periodFrom: new Date('2026-01-01'),
      periodTo: new Date('2026-03-31'),
    });
    expect(stored?.signature?.status).toBe('missing');
    expect(stored?.idempotencyKey).toMatch(/^[\da-f-]{36}$/);
  });

  it("when a member's letter is given a status only SRO letters have, then it is refused", async () => {
    const letter = new LetterModel({
      memberId: new Types.ObjectId(),
      direction: 'outgoing',
      registrationNumber: 'ВХ-2026-000001',
      status: 'sent',
      subject: 'О смене адреса',
    });

    expect(await validationMessage(letter, 'status')).toMatch(/^Недопустимый статус письма/);
  });
});

import type { z } from 'zod';
import { listMemberSpecialists } from '../../domain/cabinet/list-specialists.use-case.js';
import type { Specialist } from '../../domain/specialists/specialist.model.js';
import type { ApiRouter } from '../api-router.js';
import { pageQuerySchema } from '../pagination.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { idOf, isoOrNull, mapPage } from '../shared/json.js';
import { specialistPageSchema, type specialistSchema } from './specialists.schema.js';

const toSpecialist = (specialist: Specialist): z.infer<typeof specialistSchema> => ({
  id: idOf(specialist._id),
  fullName: specialist.fullName,
  nrsNumber: specialist.nrsNumber,
  position: specialist.position ?? null,
  includedAt: isoOrNull(specialist.includedAt),
});

export function registerSpecialistsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/specialists',
      summary: 'Специалисты организации в национальном реестре специалистов (НРС)',
      query: pageQuerySchema,
      responses: { 200: { description: 'Специалисты по алфавиту', schema: specialistPageSchema } },
    },
    async ({ auth, query, res }) => {
      res.json(mapPage(await listMemberSpecialists(auth.memberId, query), toSpecialist));
    },
  );
}

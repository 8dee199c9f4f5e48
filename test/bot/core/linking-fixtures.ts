import request from 'supertest';
import type { Types } from 'mongoose';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import type { TestApi } from '../../helpers/api-app.js';
import { botAnswer, type TestUser, type BotHarness } from './bot-harness.js';

/** A one-time deep-link token, issued the way the cabinet's page issues it. */
export async function issueLinkToken(
  api: TestApi,
  representative: { _id: Types.ObjectId; memberId: Types.ObjectId },
): Promise<string> {
  const session = await representativeToken(representative);
  const response = await request(api.app)
    .post('/api/v1/telegram/link-tokens')
    .set('Authorization', `Bearer ${session}`)
    .expect(201);
  return response.body.token as string;
}

/** A member with an activated representative and a fresh deep-link token for them. */
export async function representativeWithLink(api: TestApi, memberOverrides: Record<string, unknown> = {}) {
  const member = await createMember(memberOverrides);
  const representative = await createRepresentative(api.deps.hasher, member._id);
  return { member, representative, token: await issueLinkToken(api, representative) };
}

/** Links the user through /start <token>, as a tap on the deep link does; resolves with the confirmation. */
export function linkThroughDeepLink(harness: BotHarness, user: TestUser, token: string) {
  return botAnswer(
    harness.telegram,
    user,
    () => harness.telegram.userSends(`/start ${token}`, user),
    'привязан',
  );
}

import { requireCurrentRegulation } from './current-regulation.js';
import { describeAccountLink, type AccountLinkDescription } from './describe-account-link.use-case.js';

export interface ActivationDescription extends AccountLinkDescription {
  regulation: { id: string; version: string; title: string; url: string | null; text: string | null };
}

/** The activation page: whose account it is and which edition of the regulation is to be accepted. */
export async function describeActivation(token: string, now = new Date()): Promise<ActivationDescription> {
  const link = await describeAccountLink(token, 'activation', now);
  const regulation = await requireCurrentRegulation(now);
  return {
    ...link,
    regulation: {
      id: String(regulation._id),
      version: regulation.version,
      title: regulation.title,
      url: regulation.url ?? null,
      text: regulation.text ?? null,
    },
  };
}

import { findCurrentRegulation } from '../regulation/regulation-version.repository.js';
import type { RegulationVersion } from '../regulation/regulation-version.model.js';
import { DomainError } from '../shared/domain-error.js';

/** The edition a representative accepts at activation (§2.1); activation waits until one is published. */
export async function requireCurrentRegulation(now: Date): Promise<RegulationVersion> {
  const regulation = await findCurrentRegulation(now);
  if (!regulation) {
    throw new DomainError(
      'unavailable',
      'Действующая редакция Регламента ещё не опубликована, поэтому активация временно невозможна. Обратитесь в СРО.',
    );
  }
  return regulation;
}

import { z, type ZodRawShape } from 'zod';
import { id, timestamps } from '../answers.js';

export const MEMBER_DATA_TAG = 'Данные членов СРО (сотрудники)';

/** The answer for a record of a member: its own fields between the ids and the timestamps. */
export const recordAnswer = <T extends ZodRawShape>(shape: T, componentId: string, description: string) =>
  z.object({ id, memberId: id, ...shape, ...timestamps }).meta({ id: componentId, description });

import { idParamsSchema } from '../params.js';
import { problem } from './answers.js';

/** What the registry's member routes share. */
export const MEMBER_ROUTE = { tags: ['Реестр членов СРО (сотрудники)'], params: idParamsSchema };

export const MEMBER_NOT_FOUND = { 404: problem('Член СРО не найден') };

export const INVALID_DATA = { 422: problem('Данные противоречат друг другу или правилам реестра') };

import { createLogger } from '../../api/logger.js';

export const silentLogger = createLogger('silent');

import { Composer } from 'grammy';
import { texts } from '../texts.js';

export const helpFeature = new Composer();
helpFeature.command('start', (ctx) => ctx.reply(texts.welcome));
helpFeature.command('help', (ctx) => ctx.reply(texts.help));

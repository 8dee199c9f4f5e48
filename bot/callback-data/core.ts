import { callbackFamily } from './callback-data.js';

/** Buttons of the main menu and of the sections bot-core serves. */
export const MENU = callbackFamily('menu');
export const CARD = callbackFamily('card');
export const RIGHTS = callbackFamily('rights');
export const OBLIGATIONS = callbackFamily('odo');
export const CONTRACTS_PAGE = callbackFamily('odo:contracts', 1);
export const PRICE_CHECK = callbackFamily('odo:price');
export const DUES = callbackFamily('dues');
export const CONTRIBUTIONS_PAGE = callbackFamily('dues:contributions', 1);
export const INSPECTIONS_PAGE = callbackFamily('inspections', 1);
export const INSURANCE_PAGE = callbackFamily('insurance', 1);
export const EVENTS_PAGE = callbackFamily('events', 1);
export const CALENDAR = callbackFamily('calendar');
/** `event:ics:<id>`: the event as an .ics file. */
export const EVENT_FILE = callbackFamily('event:ics', 1);
export const SETTINGS = callbackFamily('settings');
/** `settings:set:<kind>:<1|0>`: the value the click sets, so that a repeated click changes nothing. */
export const SETTINGS_SET = callbackFamily('settings:set', 2);
export const HELP = callbackFamily('help');

/** Linking and accounts. */
export const LINK_BY_EMAIL = callbackFamily('link:email');
export const LINKS = callbackFamily('links');
export const END_LINK = callbackFamily('link:end', 1);
export const ACCOUNTS = callbackFamily('accounts');
export const USE_ACCOUNT = callbackFamily('account:use', 1);

/** Shared: cancels the step the user is in (conversations and typed inputs). */
export const CANCEL = callbackFamily('cancel');
/** A button that only shows something (a page counter); clicking it does nothing. */
export const NOOP = callbackFamily('noop');

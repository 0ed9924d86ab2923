// Registers the non-spreadsheet Apps Script globals and exports the services' setup API for tests and the playground.
import './messages';
import { expose } from '../core/gas-object';
import { registerGlobals } from '../globals';
import { CacheServiceImpl } from './cache';
import { HtmlServiceImpl } from './html';
import { LockServiceImpl } from './lock';
import { ConsoleImpl, LoggerImpl } from './logger';
import { MailAppImpl } from './mail';
import { PropertiesServiceImpl } from './properties';
import { SessionImpl } from './session';
import { ScriptAppImpl } from './triggers';
import { UtilitiesImpl } from './utilities';

registerGlobals((world, g) => {
  g.HtmlService = expose(world, new HtmlServiceImpl(world));
  g.PropertiesService = expose(world, new PropertiesServiceImpl(world));
  g.CacheService = expose(world, new CacheServiceImpl(world));
  g.LockService = expose(world, new LockServiceImpl(world));
  g.ScriptApp = expose(world, new ScriptAppImpl(world));
  g.Session = expose(world, new SessionImpl(world));
  g.Utilities = expose(world, new UtilitiesImpl(world));
  g.MailApp = expose(world, new MailAppImpl(world));
  g.Logger = expose(world, new LoggerImpl(world));
  g.console = expose(world, new ConsoleImpl(world));
});

export { configureServices, currentDocumentId, setBoundDocument, type ServicesContext } from './context';
export { propertyStore, propertiesOpsUsed, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './properties';
export { evictAllCaches } from './cache';
export { holdLock, releaseHeldLock, lockHolder, type LockScope } from './lock';
export {
  advanceClock,
  allTriggers,
  dueClockTriggers,
  formSubmitTriggersFor,
  sourceTriggersFor,
  triggerObject,
  MAX_TRIGGERS_PER_USER,
  type DueFiring,
  type TriggerRecord,
} from './triggers';
export { timeDrivenEvent, type ClockSpec, type TimeDrivenEvent } from './clock-schedule';
export { outbox, setRemainingMailQuota, dailyRecipientLimit, type SentMail } from './mail';
export { setHtmlFiles, escapeHtml } from './html';
export { formatDate, parseDate } from './date-format';
export { zonedParts, zonedToUtc, isValidTimeZone } from './zone';
export * as wire from './wire';

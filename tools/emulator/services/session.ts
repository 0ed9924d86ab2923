// Session: the active / effective user, the user's locale, the script time zone.
import { createHash } from 'node:crypto';
import { GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { currentUser, servicesContext } from './context';

export class UserImpl extends GasObject {
  readonly [gasClass] = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class SessionImpl extends GasObject {
  readonly [gasClass] = 'Session';
  constructor(private readonly world: World) {
    super();
  }
  getActiveUser(): UserImpl {
    return new UserImpl(currentUser(this.world));
  }
  /** For installable triggers the effective user is the trigger's creator = the execution's user (§4.2). */
  getEffectiveUser(): UserImpl {
    return new UserImpl(currentUser(this.world));
  }
  getActiveUserLocale(): string {
    return servicesContext(this.world).userLocale;
  }
  getScriptTimeZone(): string {
    return this.world.scriptTimeZone;
  }
  /** Stable per user and script, opaque [G ref:base/session#getTemporaryActiveUserKey()]; rotation (30 days) not modelled. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${servicesContext(this.world).scriptId}:${currentUser(this.world)}`)
      .digest('base64')
      .slice(0, 44);
  }
}

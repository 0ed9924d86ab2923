// The FormApp global: create/open forms, validation builders, enums; registered with the emulator's globals.
import { expose, GasObject, gasClass } from '../core/gas-object';
import type { World } from '../core/world';
import { addFile, FORM_MIME } from '../drive/files';
import { registerGlobals } from '../globals';
import { FormImpl } from './form';
import { ItemTypeEnum } from './item-type';
import { formsState } from './state';
import { CheckboxValidationBuilderImpl, TextValidationBuilderImpl } from './validation';
import './messages';

export const DestinationTypeEnum = Object.freeze({ SPREADSHEET: 'SPREADSHEET' as const });

export class FormAppImpl extends GasObject {
  readonly [gasClass] = 'FormApp';
  readonly ItemType = ItemTypeEnum;
  readonly DestinationType = DestinationTypeEnum;

  constructor(private readonly world: World) {
    super();
  }

  /** Throws if the title is null or empty (§6.1); `isPublished` (2025 overload [U]) overrides the world's default. */
  create(title: string, isPublished?: boolean): FormImpl {
    if (title === null || title === undefined || String(title) === '')
      throw this.world.error('invalidArgument', { name: 'title' });
    const s = formsState(this.world);
    const id = this.world.newId('1Fm');
    const form = new FormImpl(this.world, id, String(title), `1FAIpQLS${id}`);
    // A form is a Drive file the app created (drive.file sees it); trashing or deleting it happens in Drive.
    addFile(this.world, { id, name: String(title), mimeType: FORM_MIME, parents: ['root'], createdByApp: true });
    if (isPublished !== undefined) form.setPublished(isPublished);
    s.forms.set(id, form);
    s.published.set(form.publishedId, id);
    return form;
  }

  /**
   * Throws the documented "No item with the given ID…" for an unknown or permanently deleted form; a form in the
   * Drive trash still opens by id, like any trashed Drive file (the Docs emulator does the same) [U].
   */
  openById(id: string): FormImpl {
    const form = formsState(this.world).forms.get(String(id));
    if (!form || form._gone()) throw this.world.error('formNotFound');
    return form;
  }

  /** Accepts the edit URL (…/forms/d/<id>/edit) like the real method. */
  openByUrl(url: string): FormImpl {
    const m = /\/forms\/d\/([^/?#]+)/.exec(String(url));
    if (!m || m[1] === 'e') throw this.world.error('invalidArgument', { name: 'url' });
    return this.openById(m[1]!);
  }

  /** A Sheets add-on has no active form (only scripts bound to a form do). */
  getActiveForm(): null {
    return null;
  }

  createTextValidation(): TextValidationBuilderImpl {
    return new TextValidationBuilderImpl();
  }
  createParagraphTextValidation(): TextValidationBuilderImpl {
    return new TextValidationBuilderImpl();
  }
  createCheckboxValidation(): CheckboxValidationBuilderImpl {
    return new CheckboxValidationBuilderImpl();
  }
}

/** The raw (unexposed) form behind a respondent link, for the playground and submitForm. */
export function findFormByPublishedUrl(world: World, url: string): FormImpl | null {
  const m = /\/forms\/d\/e\/([^/]+)\//.exec(url + '/');
  const id = m ? formsState(world).published.get(m[1]!) : undefined;
  return id ? (formsState(world).forms.get(id) ?? null) : null;
}

registerGlobals((world, globals) => {
  globals.FormApp = expose(world, new FormAppImpl(world));
});

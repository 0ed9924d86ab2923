// Google Forms as files: create, open (or learn it was deleted), publish, link to this spreadsheet, read its links.
import type { AppContext } from '../../app/context';
import type { DriveV3 } from '../docs/services';

type Form = GoogleAppsScript.Forms.Form;

/** Forms published through the 2025 publishing API (setPublished is newer than the type definitions, §6.5). */
type PublishableForm = Form & { setPublished?(enabled: boolean): Form; isPublished?(): boolean };

export type OpenedForm = { state: 'ok'; form: Form } | { state: 'deleted' } | { state: 'trashed'; form: Form };

export interface FormLinks {
  id: string;
  editUrl: string;
  publishedUrl: string;
}

export function formApp(ctx: AppContext): GoogleAppsScript.Forms.FormApp {
  const app = ctx.services.FormApp;
  if (!app) throw new Error('Сервис Google Форм недоступен: в манифесте дополнения нет доступа к формам.');
  return app;
}

/**
 * Opens a form by id. A form deleted for good cannot be opened ("No item with the given ID…"); one in the Drive
 * trash still opens, so the Drive service is asked whether it is trashed (forms the add-on created are visible to it
 * under drive.file). Without the Drive service a trashed form counts as present.
 */
export function openForm(ctx: AppContext, id: string): OpenedForm {
  let form: Form;
  try {
    form = formApp(ctx).openById(id);
  } catch {
    return { state: 'deleted' };
  }
  const drive = ctx.services.Drive as DriveV3 | undefined;
  if (drive) {
    try {
      if (drive.Files.get(id, { fields: 'id,trashed' }).trashed) return { state: 'trashed', form };
    } catch {
      // Not visible to the Drive service (an older form): it opened, so it exists.
    }
  }
  return { state: 'ok', form };
}

/** A new, empty form with this title (its description and items are set by the caller). */
export function createFormFile(ctx: AppContext, title: string): Form {
  return formApp(ctx).create(title);
}

export interface FormSettings {
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
}

/** Title, description, confirmation and e-mail collection; each set only when it differs (Forms calls are slow). */
export function applyFormSettings(form: Form, s: FormSettings): void {
  if (form.getTitle() !== s.title) form.setTitle(s.title);
  if (form.getDescription() !== s.description) form.setDescription(s.description);
  if (form.getConfirmationMessage() !== s.confirmationMessage) form.setConfirmationMessage(s.confirmationMessage);
  if (form.collectsEmail() !== s.collectEmail) form.setCollectEmail(s.collectEmail);
}

/**
 * Publishes the form and opens it for answers. Programmatically created forms may start unpublished (§6.5), and
 * changing the publish state overwrites "accepting responses", so both are set, publish first.
 */
export function publishForm(form: Form): void {
  const f = form as PublishableForm;
  if (typeof f.setPublished === 'function' && !(typeof f.isPublished === 'function' && f.isPublished()))
    f.setPublished(true);
  if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
}

/** Whether the form sends its answers to this spreadsheet. */
export function isLinkedHere(ctx: AppContext, form: Form): boolean {
  return form.getDestinationId() === ctx.spreadsheet().getId();
}

/**
 * Sends the form's answers to this spreadsheet: Forms inserts a new response sheet («Ответы на форму (N)»); its
 * name is found as the sheet that was not there before (§6.2).
 */
export function linkToThisSpreadsheet(ctx: AppContext, form: Form): string | null {
  const ss = ctx.spreadsheet();
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(formApp(ctx).DestinationType.SPREADSHEET, ss.getId());
  const added = ss.getSheets().find((s) => !before.has(s.getSheetId()));
  return added ? added.getName() : null;
}

export function formLinks(form: Form): FormLinks {
  return { id: form.getId(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl() };
}

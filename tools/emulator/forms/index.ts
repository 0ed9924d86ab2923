// FormApp emulator: forms, items, validation, publishing, the Sheets link, browser submissions and submit events.
import './messages';
import './form-app';

export { FormAppImpl, DestinationTypeEnum, findFormByPublishedUrl } from './form-app';
export { FormImpl, type RecordedRow } from './form';
export { FormResponseImpl } from './form-response';
export { ItemResponseImpl, type ResponseValue } from './item-response';
export {
  ItemImpl,
  QuestionItem,
  TextItemImpl,
  ParagraphTextItemImpl,
  ScaleItemImpl,
  DateItemImpl,
  SectionHeaderItemImpl,
} from './items';
export { ChoiceImpl, MultipleChoiceItemImpl, CheckboxItemImpl, ListItemImpl } from './choice-items';
export { ItemView } from './item-view';
export { ItemTypeEnum, ItemTypes, isQuestionType, type ItemTypeName } from './item-type';
export { TextValidationBuilderImpl, CheckboxValidationBuilderImpl, textPasses, type TextRule } from './validation';
export {
  responseSheetName,
  timestampHeader,
  emailHeader,
  displayValue,
  storedValue,
  type Destination,
  type Column,
} from './destination';
export type { ResponseSheetHost } from './host';
export { MemoryResponseHost, MemoryRange, type MemorySpreadsheet } from './memory-host';
export { formsState, configureForms, memoryHost, type FormsState, type SubmitTriggerRef } from './state';
export {
  submitForm,
  formSubmitEvent,
  spuriousSubmitEvent,
  FormRejected,
  type FormSubmitEvent,
  type SubmitOptions,
  type Submission,
  type Delivery,
} from './submit';
export { snapshotForms, restoreForms, type FormsSnapshot } from './snapshot';
export { prefilledAnswers } from './prefill';

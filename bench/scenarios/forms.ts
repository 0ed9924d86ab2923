// Benchmark of the form-submit trigger: one answer handled with 50 / 500 / 5,000 rows in the bank (and, last, with as
// many earlier answers in the response sheet). Service calls must not grow with rows.
import { createContext } from '../../src/app/context';
import { createForm } from '../../src/app/forms/create-form';
import { handleFormSubmit } from '../../src/app/forms/handle-submit';
import type { AppsScriptServices } from '../../src/google/services';
import { createGlobals, type World } from '../../tools/emulator';
import { formsState, submitForm } from '../../tools/emulator/forms';
import { openSpreadsheet } from '../../tools/emulator/spreadsheet';
import { mentorAnswers, requestAnswers } from '../../test/support/forms';
import type { BenchResult } from './types';
import { benchWorkbook, measure } from './workbook';

function answerOnce(world: World, services: AppsScriptServices, event: unknown): void {
  const result = handleFormSubmit(createContext(services), event, () => undefined);
  if (result.status !== 'filed' && result.status !== 'duplicate')
    throw new Error(`bench: the answer was not filed (${result.status})`);
}

export function runFormsBench(sizes: readonly number[]): BenchResult[] {
  const out: BenchResult[] = [];
  for (const size of sizes) {
    const { world } = benchWorkbook(size);
    const services = { ...createGlobals(world), now: () => world.clock.date() } as unknown as AppsScriptServices;
    const ids: Record<string, string> = {};
    for (const kind of ['requests', 'mentors'] as const) {
      ids[kind] = world.execute({ authMode: 'FULL', kind: 'menu' }, () => createForm(createContext(services), kind)).id;
    }
    const submit = (kind: 'requests' | 'mentors', answers: Record<string, string | string[]>, email: string) => {
      world.clock.advance(60_000);
      return submitForm(world, ids[kind]!, answers, { respondentEmail: email }).event!;
    };
    const cases: Array<[string, () => unknown]> = [
      [
        'forms: new teacher’s request → «Наставляемые»',
        () => submit('requests', requestAnswers(), 'new.teacher@sosh2.example'),
      ],
      [
        'forms: the same teacher again → one form field updated',
        () =>
          submit('requests', requestAnswers({ 'Педагогический стаж (полных лет)': '2' }), 'new.teacher@sosh2.example'),
      ],
      ['forms: mentor profile → «Наставники»', () => submit('mentors', mentorAnswers(), 'new.mentor@sosh2.example')],
      [
        'forms: invalid answer → «Карантин»',
        () => submit('requests', requestAnswers({ 'Фамилия, имя, отчество': 'Одинфамилия' }), 'bad@sosh2.example'),
      ],
    ];
    let duplicate: unknown = null;
    for (const [scenario, make] of cases) {
      const event = make();
      duplicate = event;
      out.push(measure(world, scenario, size, () => answerOnce(world, services, event)));
    }
    out.push(measure(world, 'forms: duplicate delivery (ignored)', size, () => answerOnce(world, services, duplicate)));

    // As many earlier answers in the response sheet as rows in the bank (already handled), then one more.
    const host = formsState(world).host;
    const ssId = openSpreadsheet(world).getId();
    const sheet = 'Ответы на форму (1)';
    const width = openSpreadsheet(world).getSheetByName(sheet)!.getLastColumn();
    for (let i = 0; i < size; i++)
      host.appendRow(ssId, sheet, [
        new Date(world.clock.now() - 1000),
        `earlier${i}@sosh2.example`,
        ...new Array(width - 2).fill('ответ'),
      ]);
    const event = submit('requests', requestAnswers(), 'one.more@sosh2.example');
    out.push(
      measure(world, 'forms: new request, response sheet as long as the bank', size, () =>
        answerOnce(world, services, event),
      ),
    );
  }
  return out;
}

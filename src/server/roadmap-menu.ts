// Menu «Дорожная карта» (reminders on/off, check now) and the daily trigger's public function.
import type { AppContext } from '../app/context';
import { runDailyCheck } from '../app/roadmap/daily-check';
import { disableReminders, enableReminders, type RemindersView } from '../app/roadmap/reminders';
import { runDailyTrigger, type TimeDrivenEvent } from '../app/roadmap/trigger-run';
import type { MenuEntry } from './menu';
import type { PublicApi } from './public-api';
import { menuAction } from './workbook-menu';

export const roadmapMenu: MenuEntry = {
  caption: 'Дорожная карта',
  items: [
    { caption: 'Включить напоминания', functionName: 'roadmapRemindersOn' },
    { caption: 'Выключить напоминания', functionName: 'roadmapRemindersOff' },
    { caption: 'Проверить сейчас', functionName: 'roadmapCheckNow' },
  ],
};

function describeReminders(v: RemindersView): string {
  const state = v.on
    ? `Напоминания включены: ежедневная проверка около ${String(v.hour).padStart(2, '0')}:00 (${v.timeZone}), письма от имени ${v.owner || 'владельца'}.`
    : 'Напоминания выключены: ежедневная проверка не запускается.';
  return [state, v.warning ?? '', v.info ?? ''].filter(Boolean).join('\n');
}

export function roadmapPublicFunctions(context: () => AppContext): PublicApi {
  return {
    roadmapRemindersOn: {
      kind: 'menu',
      doc: 'Menu «Дорожная карта → Включить напоминания»: one daily trigger at about 08:00 in the workbook time zone (idempotent).',
      params: [],
      run: menuAction(context, 'Напоминания', (ctx) => describeReminders(enableReminders(ctx))),
    },
    roadmapRemindersOff: {
      kind: 'menu',
      doc: 'Menu «Дорожная карта → Выключить напоминания»: removes the daily trigger.',
      params: [],
      run: menuAction(context, 'Напоминания', (ctx) => describeReminders(disableReminders(ctx))),
    },
    roadmapCheckNow: {
      kind: 'menu',
      doc: 'Menu «Дорожная карта → Проверить сейчас»: shows what the daily check would mail today, without sending.',
      params: [],
      run: menuAction(context, 'Проверка дорожной карты', (ctx) => {
        const r = runDailyCheck(ctx, { mode: 'preview', source: 'manual' });
        const shown = r.digests
          .slice(0, 10)
          .map((d) => `• ${d.recipient}: ${[...d.items.map((i) => i.split(' — ')[0]), ...d.notes].join(', ')}`);
        return [
          r.message,
          ...shown,
          r.digestCount > shown.length ? `…и ещё ${r.digestCount - shown.length}.` : '',
          ...r.problems.slice(0, 5),
          r.digests.length
            ? 'Отправить сейчас можно в панели: «Дорожная карта» → «Отправить сейчас». Дважды за день одно письмо не уйдёт.'
            : '',
        ]
          .filter(Boolean)
          .join('\n');
      }),
    },
    onDailyTrigger: {
      kind: 'trigger',
      doc: 'The daily time-driven trigger: the roadmap check, one digest per recipient per day, within the mail quota.',
      params: ['e'],
      run(e) {
        const result = runDailyTrigger(context(), e as TimeDrivenEvent | undefined);
        return result.kind === 'checked' ? result.report.message : result.message;
      },
    },
  };
}

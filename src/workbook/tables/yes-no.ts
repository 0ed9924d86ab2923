// The «да / нет» labels of yes/no columns.
export const yesNoLabels = { yes: 'да', no: 'нет' } as const;

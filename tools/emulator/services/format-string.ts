// The sprintf subset of Utilities.formatString (and Logger.log's format): %s %d %i %f %x %o %e %% with flags, width, precision.

export function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return String(template).replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXoeE%])/g,
    (match, flags: string, width?: string, precision?: string, conv?: string) => {
      if (conv === '%') return '%';
      if (i >= args.length) return match;
      const arg = args[i++];
      let s: string;
      switch (conv) {
        case 's':
          s = arg === null ? 'null' : String(arg);
          if (precision !== undefined) s = s.slice(0, Number(precision));
          break;
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(arg)));
          break;
        case 'f':
          s = Number(arg).toFixed(precision !== undefined ? Number(precision) : 6);
          break;
        case 'e':
        case 'E':
          s = Number(arg).toExponential(precision !== undefined ? Number(precision) : 6);
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'x':
        case 'X':
          s = Math.trunc(Number(arg)).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        default: // 'o'
          s = Math.trunc(Number(arg)).toString(8);
      }
      if (flags.includes('+') && conv !== 's' && !s.startsWith('-')) s = '+' + s;
      const w = width !== undefined ? Number(width) : 0;
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w);
        else if (flags.includes('0') && conv !== 's') {
          const sign = /^[+-]/.test(s) ? s[0]! : '';
          s = sign + s.slice(sign.length).padStart(w - sign.length, '0');
        } else s = s.padStart(w);
      }
      return s;
    },
  );
}

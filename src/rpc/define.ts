// How one sidebar call is declared: a name, a zod schema for its input and one for its result.
import { z } from 'zod';

export interface RpcDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for the JSDoc of the generated top-level function. */
  doc: string;
}

export function defineRpc<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
): RpcDefinition<I, O> {
  return { doc, input, output };
}

/** Dates cross the wire as ISO strings (google.script.run refuses Date arguments and nulls Date results). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'дата в формате ГГГГ-ММ-ДД');
export const isoDateTime = z.string().datetime({ offset: true });

/** What every sidebar call returns: its data, or a Russian message a person can act on. */
export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: RpcErrorInfo };

export interface RpcErrorInfo {
  /** Stable code for the client's logic; the message is for people. */
  code: 'invalid_input' | 'user_error' | 'busy' | 'internal';
  message: string;
  /** Where the problem is (field paths, or sheet/row/column), shown under the message. */
  details?: string[];
}

export const rpcErrorSchema = z.object({
  code: z.enum(['invalid_input', 'user_error', 'busy', 'internal']),
  message: z.string(),
  details: z.array(z.string()).optional(),
});

export function resultSchema<O extends z.ZodType>(output: O) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: output }),
    z.object({ ok: z.literal(false), error: rpcErrorSchema }),
  ]);
}

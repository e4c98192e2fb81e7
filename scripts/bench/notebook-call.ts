// One operation through dispatch, as every host calls it, its error thrown with the operation's name.
import type { Input, Operation, Output } from '../../shared/contract';
import { dispatch } from '../../electron/notebook/dispatch';
import type { Notebook } from '../../electron/notebook/notebook';

export async function call<K extends Operation>(
  nb: Notebook,
  op: K,
  input: Input<K>,
): Promise<Output<K>> {
  const result = await dispatch(nb, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return result.value as Output<K>;
}

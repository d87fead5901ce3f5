// Bound methods: a callable bound to the object it was looked up on (`obj.f` for a Python function).
// Native methods bind as PyNativeFunction with `boundSelf` (native-function.ts).

import { methodType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';

/** A `method`: calling it calls `func(self, *args)`. */
export class PyMethod extends PyObject {
  declare readonly func: PyValue;
  declare readonly self: PyValue;

  constructor(func: PyValue, self: PyValue) {
    super(methodType);
    this.func = func;
    this.self = self;
  }
}

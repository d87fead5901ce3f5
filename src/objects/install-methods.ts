// Loads every file that installs methods on the built-in types, in dependency order, and gives the
// native iterator types their protocol. Importing this module once makes the object model complete.

import './object-methods.js';
import './type-methods.js';
import './int-methods.js';
import './float-methods.js';
import './str-methods.js';
import './list-methods.js';
import './tuple-methods.js';
import './dict-methods.js';
import './set-methods.js';
import './bytes-type-methods.js';
import './memoryview-methods.js';
import './range-methods.js';
import './function-methods.js';
import './exception-methods.js';
import './generic-alias.js';
import './union-type.js';
import './type-layout-attrs.js';
import { installAllIteratorMethods } from './iterator-methods.js';
import { installMethodArityChecks } from './method-arity.js';
import { installSequenceSlots } from './sequence-slots.js';
import { installSlotWrapperTypes } from './slot-wrappers.js';

installAllIteratorMethods();
installMethodArityChecks();
installSequenceSlots();
installSlotWrapperTypes();

/** Marker export: the object model's methods are installed. */
export const METHODS_INSTALLED = true;

// CPython 3.11's set hash table (Objects/setobject.c) emulated so set iteration order matches:
// sizes, probing, dummies, resizes, the pop finger and each set operation's algorithm. Hashing and
// __eq__ are the runtime's (callbacks); dicts are insertion-ordered and do not need this.

import { hashHighBits, hashLowBits, type PyHash } from './numeric-hash.js';
import { PythonError } from './python-error.js';
import { hashStringParts, hashStringsInto } from './string-hash.js';

/** Python's `==` on two keys (may run user code); identity is checked before it is called. */
export type KeyEquals<K> = (tableKey: K, probeKey: K) => boolean;

/** Marks a deleted slot (CPython's `dummy`, whose hash is -1). */
const DUMMY: unique symbol = Symbol('dummy');
const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const TWO_POW_32 = 4294967296;

/** Bytes a table slot costs (the key reference and two hash words): what a resize checks. */
const SLOT_BYTES = 16;
/** Tables up to this many slots are allocated without a memory check. */
const UNCHECKED_SLOTS = 1024;
/** Pending str keys before the first memory check (a table of this many keys is checked). */
const PENDING_FIRST_CHECK = UNCHECKED_SLOTS / 4;

/** The number of slots of a table sized for `minUsed` (the power of two above it, at least 8). */
function slotsFor(minUsed: number): number {
  let size = MIN_SIZE;
  while (size <= minUsed) size *= 2;
  return size;
}

/** Called with a table's size in bytes before a big table is allocated (may throw MemoryError). */
let allocationCheck: ((bytes: number) => void) | null = null;

/**
 * Installs the memory check big tables are allocated under (set.ts installs the runtime's
 * checkAllocation), so a growing set meets the memory limit before its table is made.
 */
export function setTableAllocationCheck(check: (bytes: number) => void): void {
  allocationCheck = check;
}

/** A key read from the outside with its hash, e.g. a dict's keys for set.update(dict). */
export interface HashedKeySource<K> {
  /** Number of keys. */
  readonly size: number;
  /** True when the source holds `key` (hash given). */
  has(key: K, hash: PyHash): boolean;
  /** Visits every key in the source's iteration order. */
  forEachEntry(visit: (key: K, hash: PyHash) => void): void;
}

function signed64(high: number, low: number): PyHash {
  const signedHigh = high | 0;
  if (signedHigh >= -2097152 && signedHigh < 2097152) {
    const value = signedHigh * TWO_POW_32 + (low >>> 0);
    if (Number.isSafeInteger(value)) return value;
  }
  return (BigInt(signedHigh) << 32n) + BigInt(low >>> 0);
}

/**
 * A set's hash table with CPython's layout. Keys must not be `undefined`. Slots hold the key and
 * its 64-bit hash (as two 32-bit words); `size` is `len(set)`.
 * @see https://github.com/python/cpython/blob/3.11/Objects/setobject.c
 */
export class SetTable<K> implements HashedKeySource<K> {
  /** The runtime's `==`. */
  readonly equals: KeyEquals<K>;
  private slots: (K | typeof DUMMY | undefined)[];
  private hashHigh: Int32Array;
  private hashLow: Int32Array;
  private mask: number;
  /** Active plus dummy slots. */
  private fill: number;
  /** Active slots (len). */
  private used: number;
  /** Where pop() starts looking. */
  private finger: number;
  /**
   * Str keys added to a fresh table, in insertion order, not yet hashed into the slots (null when
   * the slots hold every key). While set, the slots are empty and only addStr/hasStr/size avoid
   * laying the keys out; anything else first replays the adds (see materialize).
   */
  private pendingStrings: Set<string> | null;
  /** The pending count at which the next memory check is due (see addStr). */
  private pendingCheckAt: number;

  constructor(equals: KeyEquals<K>) {
    this.equals = equals;
    this.slots = new Array(MIN_SIZE).fill(undefined);
    this.hashHigh = new Int32Array(MIN_SIZE);
    this.hashLow = new Int32Array(MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.pendingStrings = null;
    this.pendingCheckAt = PENDING_FIRST_CHECK;
  }

  /** len(set). */
  get size(): number {
    const pending = this.pendingStrings;
    return pending === null ? this.used : pending.size;
  }

  /** Number of slots (a power of two, at least 8). */
  get capacity(): number {
    if (this.pendingStrings !== null) this.materialize();
    return this.mask + 1;
  }

  // Pending str keys ------------------------------------------------------------------------------

  /**
   * set.add(key) for a str key. A fresh table (8 empty slots, as new or cleared) collects str keys
   * in a JS Set without hashing them: with no deletions, CPython's layout depends only on the
   * order in which distinct keys were first added, so materialize() can replay those adds later,
   * when an operation needs the layout. Membership-only sets of strs never pay for SipHash.
   */
  addStr(key: string): boolean {
    let pending = this.pendingStrings;
    if (pending === null) {
      if (this.used !== 0 || this.fill !== 0 || this.mask !== MIN_SIZE - 1) {
        const parts = hashStringParts(key);
        return this.addParts(key as K, parts[0]!, parts[1]!);
      }
      pending = new Set();
      this.pendingStrings = pending;
      this.pendingCheckAt = PENDING_FIRST_CHECK;
    }
    const before = pending.size;
    pending.add(key);
    const after = pending.size;
    if (after === before) return false;
    if (after >= this.pendingCheckAt) {
      // What the table would allocate by now: the power of two above 4 × len (see addParts). A
      // failing check leaves the key in, and the next add checks again, as a failed resize does.
      if (allocationCheck !== null) allocationCheck(slotsFor(after * 4) * SLOT_BYTES);
      this.pendingCheckAt *= 2;
    }
    return true;
  }

  /** `key in set` for a str key. */
  hasStr(key: string): boolean {
    const pending = this.pendingStrings;
    if (pending !== null) return pending.has(key);
    const parts = hashStringParts(key);
    return this.lookup(key as K, parts[0]!, parts[1]!) >= 0;
  }

  /**
   * Lays the pending str keys out in the slots by replaying their adds in order, which gives
   * exactly the table CPython built with them (resizes included). Memory was checked while they
   * were collected, so the replay's resizes are not checked again (it cannot fail half-way).
   */
  private materialize(): void {
    const pending = this.pendingStrings;
    if (pending === null) return;
    this.pendingStrings = null;
    const check = allocationCheck;
    allocationCheck = null;
    try {
      // The keys are distinct and the table has no dummies, so each add is a clean insert (same
      // probe sequence as addParts, no comparisons) followed by addParts's resize rule.
      const keys = Array.from(pending);
      const count = keys.length;
      const highs = new Int32Array(count);
      const lows = new Int32Array(count);
      hashStringsInto(keys, highs, lows);
      for (let index = 0; index < count; index++) {
        this.insertClean(keys[index] as K, highs[index]!, lows[index]!);
        this.fill++;
        this.used++;
        if (this.fill * 5 >= this.mask * 3) {
          this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
        }
      }
    } finally {
      allocationCheck = check;
    }
  }

  /** Lays out the pending str keys of both tables (before an operation reads their slots). */
  private static materializeBoth<K>(left: SetTable<K>, right: SetTable<K>): void {
    left.materialize();
    right.materialize();
  }

  // Probing ---------------------------------------------------------------------------------------

  /**
   * set_lookkey: the slot holding an equal key, or -1. `equals` may mutate the set; the search
   * then starts over, as CPython's does.
   */
  private lookup(key: K, high: number, low: number): number {
    for (;;) {
      const slots = this.slots;
      const mask = this.mask;
      let index = low & mask;
      let perturbHigh = high >>> 0;
      let perturbLow = low >>> 0;
      let restart = false;
      search: for (;;) {
        let probes = index + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let slot = index;
        do {
          const entry = slots[slot];
          if (entry === undefined) return -1;
          if (this.hashLow[slot] === low && this.hashHigh[slot] === high && entry !== DUMMY) {
            if (entry === key) return slot;
            const equal = this.equals(entry, key);
            if (this.slots !== slots || slots[slot] !== entry) {
              restart = true;
              break search;
            }
            if (equal) return slot;
          }
          slot++;
        } while (probes-- > 0);
        perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
        perturbHigh >>>= 5;
        index = (index * 5 + 1 + perturbLow) & mask;
      }
      if (!restart) return -1;
    }
  }

  /**
   * set_add_entry with the hash as two int32 words (high, low), e.g. from string-hash's
   * HASH_PARTS: adds the key unless an equal one is present; true when added. May resize.
   */
  addParts(key: K, high: number, low: number): boolean {
    if (this.pendingStrings !== null) this.materialize();
    restart: for (;;) {
      const slots = this.slots;
      const mask = this.mask;
      let index = low & mask;
      let perturbHigh = high >>> 0;
      let perturbLow = low >>> 0;
      let freeSlot = -1;
      for (;;) {
        let probes = index + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let slot = index;
        do {
          const entry = slots[slot];
          if (entry === undefined) {
            if (freeSlot >= 0) {
              this.store(freeSlot, key, high, low);
              this.used++;
              return true;
            }
            this.store(slot, key, high, low);
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) {
              this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            }
            return true;
          }
          if (entry === DUMMY) {
            freeSlot = slot;
          } else if (this.hashLow[slot] === low && this.hashHigh[slot] === high) {
            if (entry === key) return false;
            const equal = this.equals(entry, key);
            if (equal) return false;
            if (this.slots !== slots || slots[slot] !== entry) continue restart;
          }
          slot++;
        } while (probes-- > 0);
        perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
        perturbHigh >>>= 5;
        index = (index * 5 + 1 + perturbLow) & mask;
      }
    }
  }

  private store(slot: number, key: K, high: number, low: number): void {
    this.slots[slot] = key;
    this.hashHigh[slot] = high;
    this.hashLow[slot] = low;
  }

  /** set_insert_clean: places a key known to be absent into a table without dummies. */
  private insertClean(key: K, high: number, low: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let index = low & mask;
    let perturbHigh = high >>> 0;
    let perturbLow = low >>> 0;
    for (;;) {
      if (slots[index] === undefined) {
        this.store(index, key, high, low);
        return;
      }
      if (index + LINEAR_PROBES <= mask) {
        for (let step = 1; step <= LINEAR_PROBES; step++) {
          if (slots[index + step] === undefined) {
            this.store(index + step, key, high, low);
            return;
          }
        }
      }
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      index = (index * 5 + 1 + perturbLow) & mask;
    }
  }

  /** set_table_resize: the smallest power of two above `minUsed`, re-inserting in slot order. */
  private resize(minUsed: number): void {
    let newSize = MIN_SIZE;
    while (newSize <= minUsed) newSize *= 2;
    // A small table without dummies is left alone, as CPython does.
    if (newSize === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const oldSlots = this.slots;
    const oldHigh = this.hashHigh;
    const oldLow = this.hashLow;
    this.allocate(newSize);
    this.fill = this.used;
    for (let slot = 0; slot < oldSlots.length; slot++) {
      const entry = oldSlots[slot];
      if (entry !== undefined && entry !== DUMMY)
        this.insertClean(entry, oldHigh[slot]!, oldLow[slot]!);
    }
  }

  private allocate(size: number): void {
    if (size > UNCHECKED_SLOTS && allocationCheck !== null) allocationCheck(size * SLOT_BYTES);
    this.slots = new Array(size).fill(undefined);
    this.hashHigh = new Int32Array(size);
    this.hashLow = new Int32Array(size);
    this.mask = size - 1;
  }

  // Single-key operations -------------------------------------------------------------------------

  /** set.add(key): true when the key was added. */
  add(key: K, hash: PyHash): boolean {
    return this.addParts(key, hashHighBits(hash) | 0, hashLowBits(hash) | 0);
  }

  /** `key in set`. */
  has(key: K, hash: PyHash): boolean {
    return this.hasParts(key, hashHighBits(hash) | 0, hashLowBits(hash) | 0);
  }

  /** The stored key equal to `key`, or undefined. */
  get(key: K, hash: PyHash): K | undefined {
    if (this.pendingStrings !== null) this.materialize();
    const slot = this.lookup(key, hashHighBits(hash) | 0, hashLowBits(hash) | 0);
    return slot >= 0 ? (this.slots[slot] as K) : undefined;
  }

  /** set.discard(key): true when it was present (its slot becomes a dummy). */
  discard(key: K, hash: PyHash): boolean {
    return this.discardParts(key, hashHighBits(hash) | 0, hashLowBits(hash) | 0);
  }

  /** discard() with the hash as two int32 words. */
  discardParts(key: K, high: number, low: number): boolean {
    if (this.pendingStrings !== null) this.materialize();
    const slot = this.lookup(key, high, low);
    if (slot < 0) return false;
    this.slots[slot] = DUMMY;
    this.hashHigh[slot] = -1;
    this.hashLow[slot] = -1;
    this.used--;
    return true;
  }

  /** set.pop(): scans from the finger. KeyError "pop from an empty set". */
  pop(): K {
    if (this.pendingStrings !== null) this.materialize();
    if (this.used === 0) throw new PythonError('KeyError', 'pop from an empty set');
    let slot = this.finger & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry !== undefined && entry !== DUMMY) {
        this.slots[slot] = DUMMY;
        this.hashHigh[slot] = -1;
        this.hashLow[slot] = -1;
        this.used--;
        this.finger = slot + 1;
        return entry;
      }
      slot = slot === this.mask ? 0 : slot + 1;
    }
  }

  /** set.clear(): back to an empty 8-slot table (the pop finger is kept, as in CPython). */
  clear(): void {
    this.pendingStrings = null;
    this.allocate(MIN_SIZE);
    this.fill = 0;
    this.used = 0;
  }

  // Iteration -------------------------------------------------------------------------------------

  /**
   * The first slot at or after `position` holding a key, or -1: a set iterator keeps the
   * position (next = slot + 1) and checks `size` for "Set changed size during iteration".
   */
  nextSlot(position: number): number {
    if (this.pendingStrings !== null) this.materialize();
    const slots = this.slots;
    for (let slot = position; slot <= this.mask; slot++) {
      const entry = slots[slot];
      if (entry !== undefined && entry !== DUMMY) return slot;
    }
    return -1;
  }

  /** The key in a slot returned by nextSlot. */
  keyAt(slot: number): K {
    return this.slots[slot] as K;
  }

  /** The hash stored with a slot returned by nextSlot. */
  hashAt(slot: number): PyHash {
    return signed64(this.hashHigh[slot]!, this.hashLow[slot]!);
  }

  /** The keys in iteration order (what list(s) gives). */
  keys(): K[] {
    if (this.pendingStrings !== null) this.materialize();
    const result: K[] = [];
    const slots = this.slots;
    for (let slot = 0; slot <= this.mask; slot++) {
      const entry = slots[slot];
      if (entry !== undefined && entry !== DUMMY) result.push(entry);
    }
    return result;
  }

  /** Visits keys with their hashes in iteration order. */
  forEachEntry(visit: (key: K, hash: PyHash) => void): void {
    if (this.pendingStrings !== null) this.materialize();
    const slots = this.slots;
    for (let slot = 0; slot <= this.mask; slot++) {
      const entry = slots[slot];
      if (entry !== undefined && entry !== DUMMY) visit(entry, this.hashAt(slot));
    }
  }

  /** Raw slot visit for table-to-table algorithms (keeps the hash as two words). */
  private forEachSlot(visit: (key: K, high: number, low: number) => void): void {
    if (this.pendingStrings !== null) this.materialize();
    const slots = this.slots;
    const highs = this.hashHigh;
    const lows = this.hashLow;
    const size = slots.length;
    for (let slot = 0; slot < size; slot++) {
      const entry = slots[slot];
      if (entry !== undefined && entry !== DUMMY) visit(entry, highs[slot]!, lows[slot]!);
    }
  }

  // Bulk operations -------------------------------------------------------------------------------

  /**
   * set_merge, what update()/|= and set(other_set) do with another set: one resize up front,
   * then a slot-for-slot copy (empty target, same size, no dummies), clean inserts (empty
   * target), or ordinary adds, in the other table's slot order.
   */
  update(other: SetTable<K>): void {
    SetTable.materializeBoth(this, other);
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) {
      this.resize((this.used + other.used) * 2);
    }
    const slots = other.slots;
    const highs = other.hashHigh;
    const lows = other.hashLow;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, nothing to skip: the arrays themselves (an empty slot's hash words are 0 in
      // both, as a table is allocated zeroed and only a dummy changes them).
      this.slots = slots.slice();
      this.hashHigh = highs.slice();
      this.hashLow = lows.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    // Explicit loops over the other table's arrays as they are now (a resize of it by some __eq__
    // does not change what is visited), not a visitor call per key.
    const size = slots.length;
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let slot = 0; slot < size; slot++) {
        const entry = slots[slot];
        if (entry !== undefined && entry !== DUMMY)
          this.insertClean(entry, highs[slot]!, lows[slot]!);
      }
      return;
    }
    for (let slot = 0; slot < size; slot++) {
      const entry = slots[slot];
      if (entry !== undefined && entry !== DUMMY) this.addParts(entry, highs[slot]!, lows[slot]!);
    }
  }

  /**
   * The resize set.update(dict) and set(dict) do before adding the dict's keys one by one (in
   * dict order, with add): room for `count` more keys.
   */
  presize(count: number): void {
    if (this.pendingStrings !== null) this.materialize();
    if ((this.fill + count) * 5 >= this.mask * 3) this.resize((this.used + count) * 2);
  }

  /** set.copy() (and set(s)): a new table built by update() from this one. */
  copy(): SetTable<K> {
    const result = new SetTable<K>(this.equals);
    result.update(this);
    return result;
  }

  /**
   * The end of every difference_update: when more than a quarter of the slots are dummies, the
   * table is rebuilt. Call it after discarding the keys of a non-set iterable one by one.
   */
  finishDifferenceUpdate(): void {
    if (this.pendingStrings !== null) this.materialize();
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /**
   * difference_update / -= with another set: an `other` more than 8 times larger is first
   * intersected with this set; its keys are discarded in its slot order.
   */
  differenceUpdate(other: SetTable<K>): void {
    SetTable.materializeBoth(this, other);
    if (other === this) {
      this.clear();
      return;
    }
    const source = other.used >> 3 > this.used ? setIntersection(this, other) : other;
    source.forEachSlot((key, high, low) => {
      this.discardParts(key, high, low);
    });
    this.finishDifferenceUpdate();
  }

  /**
   * Adds the key when absent, removes it when present: one step of symmetric_difference_update
   * (over a dict's keys in dict order, or a set's in slot order).
   */
  toggle(key: K, hash: PyHash): void {
    const high = hashHighBits(hash) | 0;
    const low = hashLowBits(hash) | 0;
    if (!this.discardParts(key, high, low)) this.addParts(key, high, low);
  }

  /**
   * symmetric_difference_update / ^= with a set, toggling its keys in its slot order. For a
   * non-set iterable CPython first builds a set from it (a new SetTable filled with add).
   */
  symmetricDifferenceUpdate(other: SetTable<K>): void {
    SetTable.materializeBoth(this, other);
    if (other === this) {
      this.clear();
      return;
    }
    other.forEachSlot((key, high, low) => {
      if (!this.discardParts(key, high, low)) this.addParts(key, high, low);
    });
  }

  /** set_swap_bodies as intersection_update uses it: this set takes over `other`'s table. */
  replaceWith(other: SetTable<K>): void {
    SetTable.materializeBoth(this, other);
    this.slots = other.slots;
    this.hashHigh = other.hashHigh;
    this.hashLow = other.hashLow;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    other.allocate(MIN_SIZE);
    other.fill = 0;
    other.used = 0;
  }

  /**
   * set_issubset: whether every key of this table is in `other`, probing with the stored hashes
   * (no key is hashed again).
   */
  isSubsetOf(other: SetTable<K>): boolean {
    // Only this table's layout is read: `other` is probed (see hasParts).
    this.materialize();
    if (this.used > other.size) return false;
    for (let slot = 0; slot <= this.mask; slot++) {
      const entry = this.slots[slot];
      if (entry === undefined || entry === DUMMY) continue;
      if (!other.hasParts(entry, this.hashHigh[slot]!, this.hashLow[slot]!)) return false;
    }
    return true;
  }

  /**
   * has() with the hash as two int32 words. A str probed in a table of pending strs is looked up
   * in the pending Set (str equality runs no user code); any other key lays the strs out first.
   */
  hasParts(key: K, high: number, low: number): boolean {
    const pending = this.pendingStrings;
    if (pending !== null) {
      if (typeof key === 'string') return pending.has(key);
      this.materialize();
    }
    return this.lookup(key, high, low) >= 0;
  }

  /** @internal Used by the module's set algebra. */
  static intersect<K>(left: SetTable<K>, right: SetTable<K>): SetTable<K> {
    const result = new SetTable<K>(left.equals);
    if (left === right) {
      result.update(left);
      return result;
    }
    // Iterate the smaller set (ties: the right operand), probing the larger.
    let probe = left;
    let iterate = right;
    if (right.size > left.size) {
      probe = right;
      iterate = left;
    }
    // The iterated table is laid out; the probed one only answers hasParts.
    iterate.materialize();
    const slots = iterate.slots;
    const highs = iterate.hashHigh;
    const lows = iterate.hashLow;
    for (let slot = 0; slot < slots.length; slot++) {
      const entry = slots[slot];
      if (entry === undefined || entry === DUMMY) continue;
      const high = highs[slot]!;
      const low = lows[slot]!;
      if (probe.hasParts(entry, high, low)) result.addParts(entry, high, low);
    }
    return result;
  }

  /** @internal Used by the module's set algebra. */
  static subtract<K>(left: SetTable<K>, right: HashedKeySource<K>): SetTable<K> {
    left.materialize();
    // right.size counts pending strs; only the first branch iterates right (forEachEntry lays
    // its strs out); the second only probes it (hasParts answers from the pending strs).
    if (left.used >> 2 > right.size) {
      const result = left.copy();
      if (right instanceof SetTable) {
        right.materialize();
        const slots = right.slots;
        const highs = right.hashHigh;
        const lows = right.hashLow;
        for (let slot = 0; slot < slots.length; slot++) {
          const entry = slots[slot];
          if (entry !== undefined && entry !== DUMMY) {
            result.discardParts(entry, highs[slot]!, lows[slot]!);
          }
        }
      } else {
        right.forEachEntry((key, hash) => {
          result.discard(key, hash);
        });
      }
      result.finishDifferenceUpdate();
      return result;
    }
    const result = new SetTable<K>(left.equals);
    const slots = left.slots;
    const highs = left.hashHigh;
    const lows = left.hashLow;
    const probe = right instanceof SetTable ? right : null;
    for (let slot = 0; slot < slots.length; slot++) {
      const entry = slots[slot];
      if (entry === undefined || entry === DUMMY) continue;
      const high = highs[slot]!;
      const low = lows[slot]!;
      const present =
        probe !== null ? probe.hasParts(entry, high, low) : right.has(entry, signed64(high, low));
      if (!present) result.addParts(entry, high, low);
    }
    return result;
  }
}

/** s | t and s.union(t) for two sets: a copy of s updated with t. */
export function setUnion<K>(left: SetTable<K>, right: SetTable<K>): SetTable<K> {
  const result = left.copy();
  if (right !== left) result.update(right);
  return result;
}

/**
 * s & t and s.intersection(t) for two sets: iterates the smaller (the right one on a tie) in slot
 * order, adding the keys the other holds. For a non-set iterable CPython instead walks the
 * iterable, adding keys s holds, and stops once the result is as large as s.
 */
export function setIntersection<K>(left: SetTable<K>, right: SetTable<K>): SetTable<K> {
  return SetTable.intersect(left, right);
}

/**
 * s - t and s.difference(t) for a set or dict `right`: when len(s) / 4 > len(t), a copy of s with
 * t's keys discarded; otherwise the keys of s (slot order) that t lacks. For other iterables
 * CPython copies s and discards each item, then calls finishDifferenceUpdate.
 */
export function setDifference<K>(left: SetTable<K>, right: HashedKeySource<K>): SetTable<K> {
  return SetTable.subtract(left, right);
}

/**
 * s ^ t and s.symmetric_difference(t): a copy of t (for a non-set iterable, a set built from
 * it), then every key of s in slot order toggled in it.
 */
export function setSymmetricDifference<K>(left: SetTable<K>, right: SetTable<K>): SetTable<K> {
  const result = right.copy();
  result.symmetricDifferenceUpdate(left);
  return result;
}

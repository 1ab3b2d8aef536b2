// Properties computed on first read, then kept as plain values. They are own and enumerable,
// so spreads, Object.assign and JSON.stringify see them like any other property. One accessor
// pair serves every object (each keeps its own state in a private field): V8 then gives all of
// them one hidden class, where a closure per object would cost a class, and memory, apiece.

/** A constructor that returns the object it is given: a subclass's private fields land on that object. */
class Returns {
  constructor(target: object) {
    return target;
  }
}

/** Returns `attach(target, state)`, which gives `target[key]` the value `compute(state)` on first read. */
export function lazyProperty<T, S>(key: string, compute: (state: S) => T): (target: object, state: S) => void {
  // A private field holds the state: stamping one on costs a third of defining a hidden property
  // (measured on 173k edges as a store loads), and nothing enumerates it.
  class Stamped extends Returns {
    #state: S | undefined;
    constructor(target: object, state: S) {
      super(target);
      this.#state = state;
    }
    static take(object: Stamped): S {
      const state = object.#state as S;
      object.#state = undefined;
      return state;
    }
  }
  const settle = (object: object, value: T): void => {
    Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  };
  function get(this: Stamped): T {
    const value = compute(Stamped.take(this));
    settle(this, value);
    return value;
  }
  function set(this: Stamped, value: T): void {
    Stamped.take(this);
    settle(this, value);
  }
  const accessor: PropertyDescriptor = { get, set, enumerable: true, configurable: true };
  return (target, state) => {
    new Stamped(target, state);
    Object.defineProperty(target, key, accessor);
  };
}

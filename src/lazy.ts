// Properties computed on first read, then kept as plain values. They are own and enumerable,
// so spreads, Object.assign and JSON.stringify see them like any other property. One accessor
// pair serves every object (each keeps its own state in a hidden slot): V8 then gives all of
// them one hidden class, where a closure per object would cost a class, and memory, apiece.

/** Returns `attach(target, state)`, which gives `target[key]` the value `compute(state)` on first read. */
export function lazyProperty<T, S>(key: string, compute: (state: S) => T): (target: object, state: S) => void {
  const STATE = Symbol(`${key} state`);
  const settle = (object: object, value: T): void => {
    Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
    (object as Record<symbol, unknown>)[STATE] = undefined;
  };
  function get(this: Record<symbol, S>): T {
    const value = compute(this[STATE]!);
    settle(this, value);
    return value;
  }
  function set(this: object, value: T): void {
    settle(this, value);
  }
  return (target, state) => {
    Object.defineProperty(target, STATE, { value: state, enumerable: false, configurable: true, writable: true });
    Object.defineProperty(target, key, { get, set, enumerable: true, configurable: true });
  };
}

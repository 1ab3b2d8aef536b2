import { describe, expect, it } from "vitest";
import { lazyProperty } from "../../src/lazy.ts";

describe("lazyProperty", () => {
  it("computes on first read, once, and then holds a plain own value", () => {
    const computed: number[] = [];
    const attach = lazyProperty("value", (n: number) => {
      computed.push(n);
      return [n * 2];
    });
    const object: Record<string, unknown> = { name: "a" };
    attach(object, 21);
    expect(computed).toEqual([]);
    expect(Object.keys(object)).toEqual(["name", "value"]);
    expect(object.value).toEqual([42]);
    expect(object.value).toBe(object.value);
    expect(computed).toEqual([21]);
    expect(Object.getOwnPropertyDescriptor(object, "value")).toMatchObject({ value: [42], writable: true, enumerable: true });
  });

  it("keeps its state out of sight of every copy", () => {
    const attach = lazyProperty("value", (n: number) => n + 1);
    const object = { name: "a" };
    attach(object, 1);
    expect(Object.getOwnPropertySymbols(object)).toEqual([]);
    expect(Reflect.ownKeys(object)).toEqual(["name", "value"]);
    expect({ ...object }).toEqual({ name: "a", value: 2 });
    expect(JSON.stringify(object)).toBe('{"name":"a","value":2}');
  });

  it("takes a value written before any read without computing", () => {
    let calls = 0;
    const attach = lazyProperty("value", () => ++calls);
    const objects = [{}, {}].map((o, i) => (attach(o, i), o as { value: number }));
    objects[0]!.value = 7;
    expect(objects.map((o) => o.value)).toEqual([7, 1]);
    expect(calls).toBe(1);
  });
});

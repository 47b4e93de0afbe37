/**
 * Work counted, not timed: complexity tests ask how many characters a run hands to the string and regex primitives
 * (slices cut, characters searched, texts matched), so that they fail on code whose cost grows with the text before a
 * number, and never because the machine is busy. Each call counts what it may read: a slice its length, a search from
 * where it starts to where it stops (a regex's match from where it starts to the match's end, or to the input's end
 * when it fails), a normalisation or a split its whole input. A string method given a regex counts the regex's
 * reads as well: an upper bound, the same for the same work, and what a callback of `replace` reads counts too.
 */

type Method = (this: unknown, ...args: unknown[]) => unknown;

const STRING_SCANS = ["split", "normalize", "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd", "replace", "replaceAll", "match", "matchAll", "search"] as const;
const STRING_CUTS = ["slice", "substring", "substr"] as const;
const CHARACTER = ["charCodeAt", "charAt", "codePointAt", "at"] as const;
const REGEX = ["exec", "test"] as const;

/**
 * Characters read by `run` through the string and regex primitives (see above); `run`'s own result is dropped.
 * `byMethod`, when given, receives the count of each primitive (to see what reads).
 */
export function charactersRead(run: () => unknown, byMethod?: Record<string, number>): number {
  let read = 0;
  const restore: Array<() => void> = [];
  const wrap = (proto: object, name: string, cost: (self: unknown, args: unknown[], result: unknown) => number) => {
    const original = (proto as Record<string, Method>)[name]!;
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      const n = cost(this, args, result);
      read += n;
      if (byMethod) byMethod[name] = (byMethod[name] ?? 0) + n;
      return result;
    };
    restore.push(() => ((proto as Record<string, Method>)[name] = original));
  };
  const length = (self: unknown) => String(self).length;
  for (const name of STRING_SCANS) wrap(String.prototype, name, length);
  for (const name of STRING_CUTS) wrap(String.prototype, name, (_self, _args, result) => (result as string).length);
  for (const name of CHARACTER) wrap(String.prototype, name, () => 1);
  wrap(String.prototype, "indexOf", (self, args, result) => {
    const from = Math.max(0, Number(args[1] ?? 0) || 0);
    return ((result as number) === -1 ? length(self) : (result as number) + String(args[0]).length) - from;
  });
  wrap(String.prototype, "lastIndexOf", (self, args, result) => {
    const from = Math.min(length(self), args[1] === undefined ? length(self) : Number(args[1]));
    return from - Math.max(0, result as number) + 1;
  });
  const indexOf = String.prototype.indexOf;
  const exec = RegExp.prototype.exec;
  const matchEnd = (re: RegExp, input: string) => {
    const m = exec.call(re, input);
    return m === null ? input.length : m.index + m[0].length;
  };
  wrap(String.prototype, "includes", (self, args) => {
    const from = Math.max(0, Number(args[1] ?? 0) || 0);
    const found = indexOf.call(self, String(args[0]), from);
    return (found === -1 ? length(self) : found + String(args[0]).length) - from;
  });
  for (const name of ["startsWith", "endsWith"]) wrap(String.prototype, name, (_self, args) => String(args[0]).length);
  // A regex reads from where it starts (lastIndex when global or sticky) to its match's end; failing, a sticky one
  // read where it stands, another on to the input's end.
  for (const name of REGEX) {
    const proto = RegExp.prototype as unknown as Record<string, Method>;
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const re = this as RegExp;
      const from = re.global || re.sticky ? re.lastIndex : 0;
      const result = original.apply(this, args);
      const input = String(args[0]);
      let n: number;
      if (result === false || result === null) n = re.sticky ? 1 : Math.max(0, input.length - from);
      else if (result === true) n = re.global || re.sticky ? re.lastIndex - from : matchEnd(re, input);
      else n = (result as RegExpExecArray).index + (result as RegExpExecArray)[0].length - from;
      read += n;
      if (byMethod) byMethod[name] = (byMethod[name] ?? 0) + n;
      return result;
    };
    restore.push(() => (proto[name] = original));
  }
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return read;
}

// Flag values checked once, with one-line errors that name the command and the flag.
import { resolve } from "node:path";
import { defaultStoreDir } from "../../store/paths.ts";
import { ENTITY_TYPES, type EntityType } from "../../types.ts";
import type { Flags, OptionSpec } from "../command.ts";
import { UserError } from "../errors.ts";
import { curationFile, type CurationFile } from "../../curate/file.ts";

export type { Flags };

export const STORE_OPTION: Record<"store" | "curation", OptionSpec> = {
  store: { value: "dir", description: "the store directory", defaultDescription: ".aikg/ in the current directory, or $AIKG_STORE" },
  curation: { value: "file", description: "the curation (a person's corrections, one JSON decision a line) to apply", defaultDescription: "curation.jsonl in the store" },
};
export const JSON_OPTION: Record<"json", OptionSpec> = { json: { description: "print the result as JSON on stdout" } };
export const TYPE_OPTION = (description: string): Record<"type", OptionSpec> => ({ type: { value: "type", description, choices: ENTITY_TYPES } });
export const DATE_OPTIONS: Record<"since" | "until", OptionSpec> = {
  since: { value: "date", description: "leave out relations and evidence before this date (YYYY-MM-DD, YYYY-MM or YYYY)" },
  until: { value: "date", description: "leave out relations and evidence after this date (YYYY-MM-DD, YYYY-MM or YYYY)" },
};

export function storeDir(flags: Flags): string {
  const given = flags.store;
  return typeof given === "string" ? resolve(given) : defaultStoreDir();
}

/** The curation file the flags name: --curation FILE, else the store's own. */
export const curationFlag = (flags: Flags): CurationFile => curationFile(storeDir(flags), typeof flags.curation === "string" ? flags.curation : undefined);

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === "string" ? value : undefined;
}

export function integerFlag(command: string, flags: Flags, name: string, fallback: number, min = 1): number {
  const raw = text(flags, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min) throw new UserError(`${command}: --${name} must be a whole number ≥ ${min}, not '${raw}'`);
  return value;
}

export function choiceFlag<T extends string>(command: string, flags: Flags, name: string, choices: readonly T[]): T | undefined {
  const raw = text(flags, name);
  if (raw === undefined) return undefined;
  const value = raw.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(value)) throw new UserError(`${command}: --${name} must be one of ${choices.join(", ")}, not '${raw}'`);
  return value as T;
}

export const typeFlag = (command: string, flags: Flags): EntityType | undefined => choiceFlag(command, flags, "type", ENTITY_TYPES);

/** --since / --until as YYYY-MM-DD (a bare year or year-month means its first or last day). */
export function dateFlag(command: string, flags: Flags, name: "since" | "until"): string | undefined {
  const raw = text(flags, name);
  if (raw === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  const [, year, month, day] = match ?? [];
  const valid = match && (!month || (+month >= 1 && +month <= 12)) && (!day || (+day >= 1 && +day <= 31));
  if (!valid) throw new UserError(`${command}: --${name} must be a date like 2025-06-01 (or 2025-06, 2025), not '${raw}'`);
  if (day) return `${year}-${month}-${day}`;
  if (name === "since") return `${year}-${month ?? "01"}-01`;
  return `${year}-${month ?? "12"}-31`;
}

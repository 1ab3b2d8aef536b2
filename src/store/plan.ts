// What a build has to do: a digest is identified by its content hash, so only new and changed
// digests are extracted again; identical content under a second name is the same digest.
import type { Manifest } from "./manifest.ts";

export interface DigestRef {
  id: string;
  hash: string;
  /** The taught names (a curation's) the digest mentions (src/resolve/taught.ts): stored with other ones, it is extracted again. */
  taught?: string;
}

export interface BuildPlan<D extends DigestRef> {
  added: D[];
  changed: D[];
  /** Of the changed: same content, extracted again because the names a curation teaches that it mentions changed. */
  retaught: D[];
  unchanged: D[];
  /** Same content as a digest already stored or earlier in this batch. */
  duplicates: { digest: D; of: string }[];
}

export function planBuild<D extends DigestRef>(manifest: Manifest | null, digests: readonly D[]): BuildPlan<D> {
  const plan: BuildPlan<D> = { added: [], changed: [], retaught: [], unchanged: [], duplicates: [] };
  const stored = manifest?.digests ?? {};
  const idByHash = new Map<string, string>();
  for (const [id, entry] of Object.entries(stored)) idByHash.set(entry.hash, id);
  const seenIds = new Set<string>();
  for (const digest of digests) {
    const storedHash = stored[digest.id]?.hash;
    const owner = idByHash.get(digest.hash);
    const seen = seenIds.has(digest.id);
    seenIds.add(digest.id);
    if (seen && owner === digest.id) continue; // the same file given twice
    if (storedHash === digest.hash) {
      if ((stored[digest.id]!.taught ?? "") === (digest.taught ?? "")) plan.unchanged.push(digest);
      else plan.changed.push(digest), plan.retaught.push(digest);
    }
    else if (owner !== undefined && owner !== digest.id) plan.duplicates.push({ digest, of: owner });
    // Two files with one stem and different content: the first one given wins.
    else if (seen) plan.duplicates.push({ digest, of: digest.id });
    else {
      (storedHash === undefined ? plan.added : plan.changed).push(digest);
      idByHash.set(digest.hash, digest.id);
    }
  }
  return plan;
}

export const hasWork = (plan: BuildPlan<DigestRef>): boolean => plan.added.length + plan.changed.length > 0;

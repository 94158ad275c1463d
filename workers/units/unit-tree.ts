// Units come out of D1 flat; pages and the API want them as a tree: each parent followed by its
// children (siblings by their folded name), with a depth for indenting.

export type TreeNode = { id: number; parentId: number | null; pathKey: string };

/** `rows` in tree order (pre-order, siblings by key), each with its depth (0 at the top of the province). */
export function treeOrder<T extends TreeNode>(rows: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    // A unit whose parent is not in the list (filtered out) is shown at the top.
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  for (const list of children.values()) list.sort((a, b) => (a.pathKey < b.pathKey ? -1 : a.pathKey > b.pathKey ? 1 : a.id - b.id));
  const out: (T & { depth: number })[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      out.push({ ...row, depth });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The ids of `id` and every unit below it. */
export function subtreeIds(rows: readonly TreeNode[], id: number): Set<number> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parentId !== null && found.has(row.parentId) && !found.has(row.id)) {
        found.add(row.id);
        grew = true;
      }
    }
  }
  return found;
}

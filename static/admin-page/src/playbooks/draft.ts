// An edit in progress: kept by the Playbooks tab per playbook, so switching playbooks or tabs loses nothing.
export interface Draft {
  /** The version the edit started from: saving sends it as expectedVersion. */
  baseVersion: number;
  baseYaml: string;
  yaml: string;
  /** Someone saved meanwhile: their version, shown beside ours until the admin picks. */
  conflict?: { version: number; yaml: string };
}

export const isDirty = (d: Draft | undefined): boolean => !!d && d.yaml !== d.baseYaml;

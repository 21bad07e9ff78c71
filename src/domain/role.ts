export const ROLES = ['admin', 'secretariat', 'mandate-holder', 'mission', 'public'] as const;
export type Role = (typeof ROLES)[number];

/** Who is looking: a role and, for scoped roles, its scope. */
export type Viewer =
  | { readonly role: 'admin' | 'secretariat' | 'public' }
  | { readonly role: 'mandate-holder'; readonly mandateIds: readonly string[] }
  | { readonly role: 'mission'; readonly stateCode: string };

export const PUBLIC_VIEWER: Viewer = { role: 'public' };

/** Roles as both add-ons' pickers receive them. */

/** A role as the picker shows it. */
export interface RoleOption {
  id: string;
  title: string;
  familyId: string;
  familyName: string;
  team: string;
  grade: number;
  url: string;
  requirementCount: number;
}

import { z } from "zod";
import { OrganizationInput, type OrganizationView } from "../../../shared/api/network.ts";

/** The organization form's text fields, checked by the API's own schema. */
export const OrganizationFormText = z
  .object({
    name: z.string(),
    website: z.string(),
    sector: z.string(),
    size: z.string(),
    research: z.string(),
    notes: z.string(),
  })
  .transform((v) => ({
    name: v.name,
    website: v.website.trim() || null,
    sector: v.sector.trim() || null,
    size: v.size.trim() || null,
    research: v.research,
    notes: v.notes,
  }))
  .pipe(
    OrganizationInput.pick({
      name: true,
      website: true,
      sector: true,
      size: true,
      research: true,
      notes: true,
    }).required(),
  );

export type OrganizationFormField = keyof z.input<typeof OrganizationFormText>;

export const organizationFormLabels: Record<OrganizationFormField, string> = {
  name: "Name",
  website: "Website",
  sector: "Sector",
  size: "Size",
  research: "Research notes",
  notes: "Notes",
};

export function organizationFormValues(
  org?: OrganizationView,
): Record<OrganizationFormField, string> {
  return {
    name: org?.name ?? "",
    website: org?.website ?? "",
    sector: org?.sector ?? "",
    size: org?.size ?? "",
    research: org?.research ?? "",
    notes: org?.notes ?? "",
  };
}

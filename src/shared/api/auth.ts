import { z } from "zod";

/** Passwords: long enough to resist guessing, short enough to stop hashing abuse. */
export const PasswordSchema = z
  .string()
  .min(8, "must be at least 8 characters")
  .max(256, "must be at most 256 characters");

export const EmailSchema = z.string().trim().max(320).pipe(z.email("must be an e-mail address"));

export const SetupInput = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, "is required").max(200),
  password: PasswordSchema,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const LoginInput = z.object({
  email: EmailSchema,
  password: z.string().min(1, "is required").max(256),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const UserView = z.object({ id: z.string(), email: z.string(), name: z.string() });
export const WorkspaceView = z.object({ id: z.string(), name: z.string(), canEdit: z.boolean() });

/** What the web app needs after sign-in: who, which workspace, and the CSRF token to echo. */
export const SessionView = z.object({
  user: UserView,
  workspace: WorkspaceView,
  csrfToken: z.string().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SetupState = z.object({ setupRequired: z.boolean() });

export const TokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof TokenView>;

export const NewTokenInput = z.object({ name: z.string().trim().min(1, "is required").max(100) });
export const NewTokenView = TokenView.extend({ token: z.string() });

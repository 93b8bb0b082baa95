import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useEffect } from "react";
import { Navigate, useLocation } from "react-router";
import { LoginInput } from "../../../shared/api/auth.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { FullPageLoader } from "../../components/FullPageLoader.tsx";
import { nextPathFrom } from "../../lib/next-path.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useZodForm } from "../../lib/use-zod-form.ts";
import { preloadShell } from "../shell/preload-shell.ts";
import { AuthFrame } from "./AuthFrame.tsx";
import { useLogin, useSetupState } from "./queries.ts";
import { useSession } from "./session.ts";

export function LoginPage() {
  useDocumentTitle("Sign in");
  useEffect(preloadShell, []);
  const location = useLocation();
  const session = useSession();
  const setupState = useSetupState();
  const login = useLogin();
  const form = useZodForm({
    schema: LoginInput,
    initialValues: { email: "", password: "" },
    labels: { email: "E-mail", password: "Password" },
  });

  if (session.isPending || setupState.isPending) return <FullPageLoader />;
  // A fresh installation has no account to sign in to yet.
  if (setupState.data?.setupRequired) return <Navigate to="/setup" replace />;
  // Signing in (or arriving already signed in) continues to the page that asked for it.
  if (session.data) return <Navigate to={nextPathFrom(location.search)} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    login.mutate(input, { onError: (error) => form.applyApiError(error) });
  };

  const showAlert = login.isError && !Object.values(form.errors).some(Boolean);

  return (
    <AuthFrame
      title="Sign in to Warmpath"
      intro="Your meetings, referrals and follow-ups are waiting."
      footer="Forgot your password? Ask the person who runs this Warmpath installation to reset it."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {showAlert && <ApiErrorAlert error={login.error} />}
          <TextInput
            {...form.getInputProps("email")}
            type="email"
            autoComplete="username"
            required
            autoFocus
          />
          <PasswordInput
            {...form.getInputProps("password")}
            autoComplete="current-password"
            required
          />
          <Button type="submit" size="md" loading={login.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

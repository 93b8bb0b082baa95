import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect } from "react";
import { Link, Navigate } from "react-router";
import { SetupInput } from "../../../shared/api/auth.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { FullPageLoader } from "../../components/FullPageLoader.tsx";
import { isApiError } from "../../lib/api.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useZodForm } from "../../lib/use-zod-form.ts";
import { preloadShell } from "../shell/preload-shell.ts";
import { AuthFrame } from "./AuthFrame.tsx";
import { PasswordRules } from "./PasswordRules.tsx";
import { setupStateKey, useSetup, useSetupState } from "./queries.ts";
import { useSession } from "./session.ts";

export function SetupPage() {
  useDocumentTitle("Create your account");
  useEffect(preloadShell, []);
  const queryClient = useQueryClient();
  const session = useSession();
  const setupState = useSetupState();
  const setup = useSetup();
  const form = useZodForm({
    schema: SetupInput,
    initialValues: { name: "", email: "", password: "" },
    labels: { name: "Your name", email: "E-mail", password: "Password" },
  });

  if (session.isPending || setupState.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to="/" replace />;
  // Set-up happens once; afterwards this page only points to sign-in. The 409 case keeps
  // the page on screen so its message can explain what happened.
  const alreadyDone = isApiError(setup.error) && setup.error.code === "setup_done";
  if (setupState.data?.setupRequired === false && !alreadyDone) {
    return <Navigate to="/login" replace />;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    setup.mutate(input, {
      onError: (error) => {
        if (isApiError(error) && error.code === "setup_done") {
          void queryClient.invalidateQueries({ queryKey: setupStateKey });
        }
        form.applyApiError(error);
      },
    });
  };

  const showAlert = setup.isError && !Object.values(form.errors).some(Boolean);

  return (
    <AuthFrame
      title="Create your account"
      intro="Warmpath keeps your contacts, meetings and referrals in one place. This first account owns this installation."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {showAlert && (
            <ApiErrorAlert error={setup.error}>
              {alreadyDone && (
                <>
                  {" "}
                  <Anchor component={Link} to="/login">
                    Go to sign-in
                  </Anchor>
                </>
              )}
            </ApiErrorAlert>
          )}
          <TextInput {...form.getInputProps("name")} autoComplete="name" required autoFocus />
          <TextInput {...form.getInputProps("email")} type="email" autoComplete="email" required />
          <PasswordInput
            {...form.getInputProps("password")}
            autoComplete="new-password"
            required
            description={<PasswordRules password={form.values.password} />}
            inputWrapperOrder={["label", "input", "description", "error"]}
          />
          <Button type="submit" size="md" loading={setup.isPending} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

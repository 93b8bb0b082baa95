import { Button, Group, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { NewTokenInput } from "../../../shared/api/auth.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useZodForm } from "../../lib/use-zod-form.ts";
import { useCreateToken } from "./queries.ts";

type Props = { onCreated: (token: { name: string; token: string }) => void };

export function NewTokenForm({ onCreated }: Props) {
  const createToken = useCreateToken();
  const form = useZodForm({
    schema: NewTokenInput,
    initialValues: { name: "" },
    labels: { name: "Token name" },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    createToken.mutate(input, {
      onSuccess: (created) => {
        form.reset();
        onCreated({ name: created.name, token: created.token });
      },
      onError: (error) => form.applyApiError(error),
    });
  };

  const showAlert = createToken.isError && !form.errors.name;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a token">
      {showAlert && <ApiErrorAlert error={createToken.error} />}
      <Group align="flex-start" gap="sm" mt={showAlert ? "sm" : 0}>
        <TextInput
          {...form.getInputProps("name")}
          description="What will use it, e.g. “backup script on my laptop”"
          required
          style={{ flex: "1 1 240px" }}
        />
        <Button type="submit" loading={createToken.isPending} mt={{ base: 0, xs: 46 }}>
          Create token
        </Button>
      </Group>
    </form>
  );
}

import type { ChangeEvent } from "react";

type InputProps = { onChange: (event: ChangeEvent<HTMLInputElement>) => void };

/**
 * `useZodForm` types its change handler for <input>; it reads only `currentTarget.value`,
 * which a <textarea> has too, so the same field props drive a Textarea.
 */
export function textareaProps<P extends InputProps>(props: P) {
  const { onChange, ...rest } = props;
  return {
    ...rest,
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) =>
      onChange(event as unknown as ChangeEvent<HTMLInputElement>),
  };
}

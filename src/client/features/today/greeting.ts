/** "Good morning" / "Good afternoon" / "Good evening" for the user's local hour. */
export function greetingFor(hour: number): string {
  if (hour < 5) return "Good evening";
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

/** The first word of a display name, for a friendly greeting ("Ada" from "Ada Lovelace"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

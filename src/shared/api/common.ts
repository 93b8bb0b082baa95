import { z } from "zod";

// Any UUID-shaped id: PostgreSQL accepts every 8-4-4-4-12 hex form, not only RFC versions.
export const IdSchema = z.guid("must be an id");
export const IdParam = z.object({ id: IdSchema });

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const DateSchema = z.iso.date("must be a date as YYYY-MM-DD");

/** ISO 8601 with an offset (`Z` or `+02:00`), so no time is ambiguous. */
export const DateTimeSchema = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 time with an offset",
});

export const TagsSchema = z
  .array(
    z.string().trim().min(1, "a tag cannot be empty").max(50, "a tag has at most 50 characters"),
  )
  .max(50, "at most 50 tags")
  .transform((tags) => [...new Set(tags.map((t) => t.toLowerCase()))]);

export const TextSchema = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** An http(s) URL; a bare `linkedin.com/in/…` gets https:// in front. */
export const UrlSchema = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => (v && !/^[a-z]+:\/\//i.test(v) ? `https://${v}` : v))
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }));

export const NullableUrl = z.union([UrlSchema, z.literal("").transform(() => null), z.null()]);

/** An IANA time zone name that this runtime knows (e.g. `Europe/Paris`). */
export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as Europe/Paris");

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

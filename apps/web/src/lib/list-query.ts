import { z } from "zod";

// Numbers in URLs are decimal digits only: Number() would also read "0x10", "1e1" and " 5".
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, "Use decimal digits.")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** `?q=&page=` of the home page. */
export const ListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Search for at most 200 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: decimal(1, 10_000).catch(1).default(1),
});

/** `?q=&limit=&offset=` of the list API. */
export const ApiListQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  limit: decimal(1, 100).default(20),
  offset: decimal(0, 1_000_000).default(0),
});

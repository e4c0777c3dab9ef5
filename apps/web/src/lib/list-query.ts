import { z } from "zod";

/** `?q=&page=` of the home page. */
export const ListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Search for at most 200 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** `?q=&limit=&offset=` of the list API. */
export const ApiListQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

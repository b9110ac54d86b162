import { z } from "zod";

/**
 * The pane's page forbids eval in its Content-Security-Policy. zod compiles fast parsers with the
 * Function constructor after probing whether it may, and a strict policy reports even that probe as a
 * violation; told to stay jitless, it never tries. Import this module before anything that parses
 * (core/settings.ts parses its defaults as it loads).
 */
z.config({ jitless: true });

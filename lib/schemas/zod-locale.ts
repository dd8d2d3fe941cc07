import { z } from "zod";

// zod's built-in messages (wrong type, too long…) in Vietnamese; our own messages are written in Vietnamese too.
z.config(z.locales.vi());

export { z };

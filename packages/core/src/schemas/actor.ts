import { z } from 'zod';
import { Economy, Id, Text } from './common';

/** A person or an institution. */
export const Actor = z.object({
  id: Id,
  name: Text,
  kind: z.enum(['person', 'institution']),
  economy: Economy,
  role: Text,
  sourceIds: z.array(Id).min(1),
});

export type Actor = z.infer<typeof Actor>;

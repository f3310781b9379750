import { useQuery } from '@tanstack/react-query';
import { microCredentialQuery } from '../micro-credential/MicroCredentialPage.js';

/**
 * The current rubric of a micro-credential (criteria and their levels), shared with the catalog
 * page's cache. Null id: nothing chosen yet.
 */
export function useRubric(mcId: string | null) {
  return useQuery({
    ...microCredentialQuery(mcId ?? ''),
    enabled: !!mcId,
    select: (mc) => mc.content.rubric,
  });
}

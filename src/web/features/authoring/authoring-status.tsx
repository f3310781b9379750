import type { AuthoringSummary } from '../../../contracts/catalog.js';
import { StatusChip } from '../../components/StatusChip.js';

/** Published / draft / retired, plus "unpublished changes" when a published one has a draft. */
export function AuthoringStatus({
  item,
}: {
  item: Pick<AuthoringSummary, 'status' | 'hasDraft' | 'currentVersion'>;
}) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {item.status === 'published' ? (
        <StatusChip tone="success" icon="check">
          Published v{item.currentVersion}
        </StatusChip>
      ) : item.status === 'retired' ? (
        <StatusChip icon="x">Retired</StatusChip>
      ) : (
        <StatusChip tone="info" icon="pencil">
          Draft
        </StatusChip>
      )}
      {item.hasDraft && item.status !== 'draft' ? (
        <StatusChip tone="warning" icon="pencil">
          Unpublished changes
        </StatusChip>
      ) : null}
    </span>
  );
}

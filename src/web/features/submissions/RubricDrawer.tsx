import { Dialog } from '../../components/Dialog.js';
import { RubricTable } from '../../components/RubricTable.js';
import { targetLabeler, type ContentLike } from '../micro-credential/content-like.js';

/** The exact rubric assessors use, in a side panel the educator can open from any step. */
export function RubricDrawer({
  open,
  onClose,
  content,
}: {
  open: boolean;
  onClose: () => void;
  content: ContentLike;
}) {
  return (
    <Dialog open={open} onClose={onClose} variant="drawer" wide title="Rubric">
      <p className="mb-4 text-slate-700">
        Assessors score each criterion at one of these levels, with written feedback.
      </p>
      <RubricTable rubric={content.rubric} targetLabel={targetLabeler(content)} />
    </Dialog>
  );
}

import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { buttonClass } from '../Button.js';
import { EmptyState } from '../EmptyState.js';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <EmptyState
      icon="search"
      title="We could not find that page"
      action={
        <Link to="/" className={buttonClass('primary')}>
          Browse the catalog
        </Link>
      }
    >
      The address may be mistyped, or the page may have moved.
    </EmptyState>
  );
}

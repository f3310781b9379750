import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/Button.js';
import { QueryState } from '../../components/QueryState.js';
import { CardSkeleton, LoadingBlock } from '../../components/Skeleton.js';
import { useCatalog } from '../catalog/catalog-api.js';
import { CatalogCard } from '../catalog/CatalogCard.js';

/** A few catalog entries the educator has not started, to browse next. */
export function Recommendations({ startedIds }: { startedIds: ReadonlySet<string> }) {
  const catalog = useCatalog({});
  return (
    <QueryState
      query={catalog}
      loading={
        <LoadingBlock>
          <div className="grid gap-4 sm:grid-cols-3">
            <CardSkeleton />
            <CardSkeleton />
            <CardSkeleton />
          </div>
        </LoadingBlock>
      }
    >
      {(page) => {
        const items = page.items.filter((i) => !startedIds.has(i.id)).slice(0, 3);
        if (!items.length)
          return (
            <p className="text-slate-700">
              You have started everything in the catalog. <Link to="/">See the whole catalog</Link>.
            </p>
          );
        return (
          <>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((item) => (
                <li key={item.id}>
                  <CatalogCard item={item} />
                </li>
              ))}
            </ul>
            <Link to="/" className={buttonClass('secondary', 'md', 'mt-4')}>
              Browse the catalog
            </Link>
          </>
        );
      }}
    </QueryState>
  );
}

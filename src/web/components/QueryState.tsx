import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.js';
import { ErrorState } from './ErrorState.js';
import { PageSkeleton } from './Skeleton.js';

type Props<T> = {
  query: UseQueryResult<T>;
  /** What to draw while loading; a page-shaped skeleton by default. */
  loading?: ReactNode;
  errorTitle?: string;
  children: (data: T) => ReactNode;
};

/** The loading / error / data triad every page needs, in one place. */
export function QueryState<T>({ query, loading, errorTitle, children }: Props<T>) {
  if (query.isPending) return <>{loading ?? <PageSkeleton />}</>;
  if (query.isError) {
    // Trying again will not find what does not exist or is not yours; everything else may pass.
    const final = query.error instanceof ApiError && [403, 404].includes(query.error.status);
    return (
      <ErrorState
        error={query.error}
        title={errorTitle}
        onRetry={final ? undefined : () => void query.refetch()}
      />
    );
  }
  return <>{children(query.data)}</>;
}

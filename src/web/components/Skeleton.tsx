import type { ReactNode } from 'react';

/** A grey placeholder block while something loads. */
export function Skeleton({ className = 'h-4 w-full' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** A loading region: announced once to screen readers, drawn as placeholder shapes. */
export function LoadingBlock({ label = 'Loading…', children }: { label?: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

export function SkeletonText({ lines = 3 }: { lines?: number }) {
  return (
    <div className="space-y-2">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={`h-4 ${i === lines - 1 ? 'w-2/3' : 'w-full'}`} />
      ))}
    </div>
  );
}

export function CardSkeleton() {
  return (
    <div className="card space-y-3 p-4">
      <div className="flex items-center gap-3">
        <Skeleton className="h-12 w-12 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-3 w-1/2" />
        </div>
      </div>
      <SkeletonText lines={2} />
    </div>
  );
}

export function ListSkeleton({ rows = 3, label }: { rows?: number; label?: string }) {
  return (
    <LoadingBlock label={label}>
      <div className="space-y-3">
        {Array.from({ length: rows }, (_, i) => (
          <CardSkeleton key={i} />
        ))}
      </div>
    </LoadingBlock>
  );
}

export function PageSkeleton({ label }: { label?: string }) {
  return (
    <LoadingBlock label={label}>
      <div className="space-y-6">
        <Skeleton className="h-8 w-2/3" />
        <SkeletonText lines={3} />
        <Skeleton className="h-40 w-full" />
        <SkeletonText lines={4} />
      </div>
    </LoadingBlock>
  );
}

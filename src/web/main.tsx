import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/api-error.js';
import { setUnauthenticatedHandler } from './api/client.js';
import { meQueryKey } from './features/auth/me.js';
import { router } from './router.js';
import './styles.css';

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retrying a 4xx will not change the answer; retry only failures to reach the server.
      retry: (count, err) =>
        count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
    },
  },
});

// A 401 on a page that needs sign-in: forget the user and go to /signin?next=<this page>.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(meQueryKey, null);
  const { pathname, href } = router.state.location;
  if (pathname !== '/signin') void router.navigate({ to: '/signin', search: { next: href }, replace: true });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

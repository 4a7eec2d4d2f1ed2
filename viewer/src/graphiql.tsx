import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The IDE is bundled and served by the API itself: no CDN, works offline.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# The 4th Thai–China S&T committee meeting, with its chair and working groups.
query SeedMeeting {
  entity(id: "meeting:thai-china-st-committee-4") {
    name(lang: EN)
    ... on Meeting {
      ordinal
      startDate
      endDate
      chairs { entity { name(lang: EN) } citations { quote } }
      workingGroups { entity { name(lang: EN) } }
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
    </StrictMode>,
  );
}

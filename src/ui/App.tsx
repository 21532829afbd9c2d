import { LoadFailed } from './common/LoadFailed.tsx';
import { NotFound } from './common/NotFound.tsx';
import { useLazyModule } from './common/useLazyModule.ts';
import { HomeScreen } from './home/HomeScreen.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import type { SectionSlug } from './routing/parseRoute.ts';
import { useRoute } from './routing/useRoute.ts';
import { loadGesprekScreen, loadKoppelScreen } from './routing/lazyScreens.ts';

/** The gesprek screen (and with it Yjs) is loaded only when a gesprek is opened. */
function LazyGesprek({ id, section }: { id: string; section: SectionSlug | undefined }) {
  const loaded = useLazyModule(loadGesprekScreen);
  if (loaded.state === 'failed') return <LoadFailed />;
  if (loaded.state === 'loading') return <p class="app-loading" role="status">Gesprek openen…</p>;
  const { GesprekScreen } = loaded.module;
  return <GesprekScreen key={id} id={id} section={section} />;
}

function LazyKoppel({ payload }: { payload: string }) {
  const loaded = useLazyModule(loadKoppelScreen);
  if (loaded.state === 'failed') return <LoadFailed />;
  if (loaded.state === 'loading') return <p class="app-loading" role="status">Gesprek koppelen…</p>;
  const { KoppelScreen } = loaded.module;
  return <KoppelScreen payload={payload} />;
}

/** The update banner sits above every screen, mounted once. */
export const App = () => <><UpdatePrompt /><Screens /></>;

function Screens() {
  const route = useRoute();
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'gesprek':
      return <LazyGesprek id={route.id} section={route.section} />;
    case 'koppel':
      return <LazyKoppel payload={route.payload} />;
    case 'not-found':
      return <NotFound title="Pagina niet gevonden" />;
  }
}

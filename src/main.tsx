// First: it starts the disk reads and the chunk the screen in the address needs.
import './startRoute.ts';
import { render } from 'preact';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import './ui/styles/theme.css';
import './ui/styles/app.css';
import { App } from './ui/App.tsx';
import { startAppUpdates } from './state/appUpdateStore.ts';

// The precache starts with the first screen: the sooner it is done, the sooner the tablet may go offline.
startAppUpdates();

document.body.classList.add('app-theme');
const root = document.getElementById('app');
if (root) render(<App />, root);

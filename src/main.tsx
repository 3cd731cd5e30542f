import './core/legacy';
import { render } from 'solid-js/web';
import { App } from './app/App';
import { openDeviceDb } from './app/device-db';
import './ui/app.css';
import { elder } from './ui/elder';

document.documentElement.lang = localStorage.getItem('gig-station.lang') === 'en' ? 'en' : 'zh-CN';
document.documentElement.classList.toggle('elder', elder());
openDeviceDb().then((db) => render(() => <App db={db} />, document.getElementById('root')!));

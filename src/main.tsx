import { render } from 'solid-js/web';
import { App } from './app/App';
import './ui/app.css';

document.documentElement.lang = localStorage.getItem('gig-station.lang') === 'en' ? 'en' : 'zh-CN';
render(() => <App />, document.getElementById('root')!);

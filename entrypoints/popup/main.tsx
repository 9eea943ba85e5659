import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { loadPopup } from '@/utils/popup/loadPopup';
import './style.css';

render(<PopupApp load={loadPopup} copy={(text) => navigator.clipboard.writeText(text)} />, document.getElementById('app')!);

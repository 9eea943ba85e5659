import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { CodeStore } from '@/utils/store/db';
import { browserManagedReader } from '@/utils/store/managed';
import { createOptionsApi } from '@/utils/store/optionsApi';
import '../popup/style.css';
import './style.css';

render(<OptionsApp api={createOptionsApi(new CodeStore(), browserManagedReader)} />, document.getElementById('app')!);

import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import 'icr-elements/define.js'; // defines every icr- element, before bootstrap
import { RecordComponent } from './app/record.component';

bootstrapApplication(RecordComponent, { providers: [provideZonelessChangeDetection()] }).catch((e) => console.error(e));

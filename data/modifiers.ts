import type { ModifierEntry } from '../utils/engine/types';

/** Modifiers coders use on thoracic notes, in our own words. All are two characters. */
export const modifiers: ModifierEntry[] = [
  { modifier: '22', summary: 'Much more work than usual, with the reason documented (adhesions, prior radiation, obesity, extra time).' },
  { modifier: '50', summary: 'The same procedure on both sides in one session.' },
  { modifier: '51', summary: 'A further procedure in the same session (not for add-on codes).' },
  { modifier: '52', summary: 'A reduced service: part of the procedure was deliberately left out.' },
  { modifier: '53', summary: 'Started but stopped before completion (patient safety).' },
  { modifier: '58', summary: 'A staged or planned related procedure during the postoperative period.' },
  { modifier: '59', summary: 'A distinct procedure that would otherwise be bundled with another one that day.' },
  { modifier: '62', summary: 'Two surgeons of different specialties each did a distinct part of one procedure.' },
  { modifier: '66', summary: 'A surgical team performed the procedure together.' },
  { modifier: '76', summary: 'Repeat of the procedure by the same physician.' },
  { modifier: '77', summary: 'Repeat of the procedure by another physician.' },
  { modifier: '78', summary: 'Unplanned return to the operating room by the same surgeon for a related problem during the global period.' },
  { modifier: '79', summary: 'An unrelated procedure by the same surgeon during the global period.' },
  { modifier: '80', summary: 'Assistant surgeon (a physician).' },
  { modifier: '81', summary: 'Minimum assistant surgeon.' },
  { modifier: '82', summary: 'Assistant surgeon when no qualified resident was available.' },
  { modifier: 'AS', summary: 'Assistant at surgery who is a physician assistant, nurse practitioner or clinical nurse specialist.' },
  { modifier: 'XE', summary: 'Distinct because it was a separate encounter.' },
  { modifier: 'XP', summary: 'Distinct because a different practitioner did it.' },
  { modifier: 'XS', summary: 'Distinct because it was on a separate organ or structure.' },
  { modifier: 'XU', summary: 'Distinct because it does not overlap the usual parts of the main service.' },
  { modifier: 'RT', summary: 'Right side.' },
  { modifier: 'LT', summary: 'Left side.' },
];

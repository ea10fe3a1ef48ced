// Typed reading of the tradeBrief.* settings.
import * as vscode from 'vscode';
import type { DateStyle } from '../core/api';
import type { BriefDiagnostic } from '../core/types';

export type SeveritySetting = BriefDiagnostic['severity'] | 'off';

export interface Settings {
  corpusFolders: string[];
  knowledgeFile: string;
  dateStyle: DateStyle;
  dateConflictSeverity: SeveritySetting;
  weekdayMismatchSeverity: SeveritySetting;
  ignoredEvents: string[];
  reportUnsettled: boolean;
  checkOn: 'type' | 'save' | 'manual';
  maxFileSizeKB: number;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('tradeBrief', scope);
  return {
    corpusFolders: c.get<string[]>('corpusFolders', ['sources', 'corpus']),
    knowledgeFile: c.get<string>('knowledgeFile', 'trade-brief.yaml'),
    dateStyle: c.get<DateStyle>('dateStyle', 'MMMM D, YYYY'),
    dateConflictSeverity: c.get<SeveritySetting>('severity.dateConflict', 'warning'),
    weekdayMismatchSeverity: c.get<SeveritySetting>('severity.weekdayMismatch', 'warning'),
    ignoredEvents: c.get<string[]>('ignoredEvents', []),
    reportUnsettled: c.get<boolean>('reportUnsettled', false),
    checkOn: c.get<'type' | 'save' | 'manual'>('checkOn', 'type'),
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 5120),
  };
}

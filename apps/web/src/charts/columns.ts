import {
  ECONOMY_NAMES,
  type Economy,
  formatChangePct,
  formatDate,
  formatIndex,
  formatPercent,
  formatUsdBn,
  MISSING,
} from '@tradetalks/core';
import type { Cell, Column } from './types';

const ifNumber = (format: (v: number) => string) => (value: Cell) =>
  typeof value === 'number' ? format(value) : MISSING;

export const dateColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'date',
  description,
  format: (value) => (typeof value === 'string' ? formatDate(value) : MISSING),
});

export const periodColumn = (label: string, description: string): Column => ({
  name: 'period',
  label,
  type: 'string',
  description,
  format: (value) => (typeof value === 'string' ? formatDate(value) : MISSING),
});

export const textColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'string',
  description,
});

export const economyColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'string',
  description,
  format: (value) => (value === 'US' || value === 'CN' ? ECONOMY_NAMES[value as Economy] : MISSING),
});

export const yearColumn = (): Column => ({
  name: 'year',
  label: 'Year',
  type: 'integer',
  description: 'Calendar year',
  format: (value) => (value === undefined ? MISSING : String(value)),
});

export const pctColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'number',
  unit: 'percent',
  description,
  format: ifNumber((v) => formatPercent(v)),
});

export const growthColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'number',
  unit: 'percent',
  description,
  format: ifNumber((v) => formatChangePct(v)),
});

export const usdBnColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'number',
  unit: 'US$ billions',
  description,
  format: ifNumber((v) => formatUsdBn(v)),
});

export const indexColumn = (name: string, label: string, description: string): Column => ({
  name,
  label,
  type: 'number',
  unit: 'index points',
  description,
  format: ifNumber((v) => formatIndex(v)),
});

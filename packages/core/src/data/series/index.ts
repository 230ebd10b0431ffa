import type { Series } from '../../types';
import { chinaExportsTotal, chinaExportsToUs, chinaShareOfUsImports } from './export-share';
import { usRealGdpGrowth } from './gdp';
import { usRealGdpLevel } from './gdp-level';
import { usRealGdpGrowthAnnual, usRealGdpGrowthYoy } from './gdp-year';
import { piieAverageChinaOnUs, piieAverageUsOnChina } from './piie';
import { chinaManufacturingPmi, chinaManufacturingPmiConsensus } from './pmi';
import { budgetLabAverageUsOnChina, usafactsDutyRateOnChina } from './tariff-estimates';
import { usBalanceWithChina, usExportsToChina, usImportsFromChina } from './trade';
import { usExportsToChinaMonthly, usImportsFromChinaMonthly } from './trade-monthly';

export const series = [
  usExportsToChina,
  usImportsFromChina,
  usBalanceWithChina,
  usExportsToChinaMonthly,
  usImportsFromChinaMonthly,
  chinaExportsToUs,
  chinaExportsTotal,
  chinaShareOfUsImports,
  usRealGdpGrowth,
  usRealGdpGrowthYoy,
  usRealGdpGrowthAnnual,
  usRealGdpLevel,
  chinaManufacturingPmi,
  chinaManufacturingPmiConsensus,
  piieAverageUsOnChina,
  piieAverageChinaOnUs,
  budgetLabAverageUsOnChina,
  usafactsDutyRateOnChina,
] as const satisfies readonly Series[];

// The registry of §72(t) exception modules: one module per catalog entry, and the checks discover each module's fields,
// claims, finder choices and repayment window from it. Expected lists are written out by hand from the catalog
// (IRC §72(t)(2), (10), (11); IRS chart of exceptions to the tax on early distributions).
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/data/index.ts';
import { requestSchemas } from '../../src/engine/index.ts';
import {
  CLAIMABLE_EXCEPTION_IDS, EXCEPTION_MODULES, exceptionFields, exceptionModule, FINDER_CIRCUMSTANCES, FINDER_PURPOSES, iraExceptionFields, isRepayable, NOT_ROLLOVER_ELIGIBLE, NOT_WITHHELD,
} from '../../src/engine/rules/exceptions/registry.ts';

type Schema = { properties: Record<string, { items?: { enum?: string[] }; enum?: string[] }> };
const schemas = requestSchemas() as Record<string, Schema>;

describe('one module per catalog entry', () => {
  test('every catalog exception has exactly one module, and every module has a catalog entry', () => {
    const moduleIds = EXCEPTION_MODULES.map((m) => m.id);
    expect([...moduleIds].sort()).toEqual(rules.exceptions.map((e) => e.id).sort());
    expect(new Set(moduleIds).size).toBe(moduleIds.length);
  });
  test('each module carries the catalog entry of its own id', () => {
    for (const m of EXCEPTION_MODULES) expect(m.entry).toBe(rules.exceptions.find((e) => e.id === m.id));
  });
  test('a module has a repayment window exactly when its catalog entry names one', () => {
    const repayable = rules.exceptions.filter((e) => isRepayable(e.id)).map((e) => e.id);
    // IRC §72(t)(2)(G), (H)(v), (I), (K), (L) and §72(t)(11) allow repayment; no other exception does.
    expect(repayable).toEqual(['reservist', 'birth-adoption', 'emergency', 'domestic-abuse', 'terminal-illness', 'disaster']);
    expect(rules.exceptions.filter((e) => e.repayment !== null).map((e) => e.id)).toEqual(repayable);
  });
});

describe('what the checks discover from the registry', () => {
  test('the distributions that are not eligible rollover distributions are the ones their modules mark', () => {
    // §72(t)(2)(H)(vi), (I)(vi), (K)(vi), (N) and §72(t)(11): §401(a)(31), §402(f) and §3405 do not apply; corrective
    // distributions, §404(k) dividends and EACA permissible withdrawals: Treas. Reg. §1.402(c)-2, Q&A-4(b), (c), (e), (h);
    // a series of substantially equal periodic payments for life or life expectancy: §402(c)(4)(A).
    expect([...NOT_ROLLOVER_ELIGIBLE].sort()).toEqual(['birth-adoption', 'corrective', 'disaster', 'domestic-abuse', 'eaca-withdrawal', 'emergency', 'esop-dividends', 'long-term-care', 'sepp']);
  });
  test('only §404(k) dividends are not withheld from at all', () => {
    // §3405(e)(1)(B)(iv): a §404(k) dividend is not a designated distribution.
    expect([...NOT_WITHHELD]).toEqual(['esop-dividends']);
  });
  test('every exception except 59½ and rollovers can be claimed, in catalog order', () => {
    expect(CLAIMABLE_EXCEPTION_IDS).toEqual([
      'death', 'disability', 'sepp', 'separation-55', 'public-safety', 'esop-dividends', 'levy', 'medical', 'qdro',
      'health-insurance-unemployed', 'higher-education', 'first-home', 'reservist', 'birth-adoption', 'emergency',
      'domestic-abuse', 'terminal-illness', 'disaster', 'long-term-care', 'corrective', 'eaca-withdrawal',
      'phased-retirement', 'plesa', 'ira-excess-earnings',
    ]);
    expect(schemas['early-withdrawal']!.properties.claims!.items!.enum).toEqual(CLAIMABLE_EXCEPTION_IDS);
  });
  test('the withdrawal checks ask every module field, in registry order', () => {
    const fields = Object.keys(exceptionFields);
    expect(fields).toEqual([
      'claims', 'medicalExpenses', 'birthAdoptionChildren', 'birthAdoptionDate', 'birthAdoptionPriorDistributions',
      'priorEmergencyWithinThreeYears', 'priorEmergencyDate', 'priorEmergencyUnrepaid', 'contributionsSincePriorEmergency',
      'domesticAbuseDate', 'domesticAbusePriorDistributions', 'terminalIllnessCertified', 'qdroAlternatePayee', 'disasterIncidentStart', 'disasterDeclarationDate',
      'disasterPriorDistributions', 'disasterElectOut', 'reservistOrderedOver179Days', 'reservistDistributionDuringDuty',
      'activeDutyEndDate', 'seppStartDate', 'seppModificationDate', 'seppPaymentsBeforeModification',
      'longTermCarePremiums', 'planOffersLongTermCare', 'correctiveExcessDeferralYear', 'correctiveEarnings',
    ]);
    for (const check of ['early-withdrawal', 'hardship', 'roth-distribution']) {
      const props = Object.keys(schemas[check]!.properties);
      expect(fields.filter((f) => !props.includes(f))).toEqual([]);
      // In the same order, after the distribution's own fields.
      expect(props.filter((p) => fields.includes(p))).toEqual(fields);
    }
  });
  test('only the early-withdrawal check asks the IRA-only measures', () => {
    expect(Object.keys(iraExceptionFields)).toEqual(['firstHomePriorDistributions', 'higherEducationExpenses', 'healthInsurancePremiums']);
    expect(Object.keys(schemas['early-withdrawal']!.properties)).toEqual(expect.arrayContaining(['planType', ...Object.keys(iraExceptionFields)]));
    expect(Object.keys(schemas.hardship!.properties)).not.toContain('higherEducationExpenses');
  });
  test('the finder lists each purpose and circumstance its module declares', () => {
    expect(FINDER_PURPOSES.map((p) => `${p.key}→${p.id}`)).toEqual([
      'medical→medical', 'home→first-home', 'education→higher-education', 'health-insurance→health-insurance-unemployed',
      'birth-adoption→birth-adoption', 'emergency→emergency', 'domestic-abuse→domestic-abuse', 'disaster→disaster',
      'long-term-care→long-term-care',
    ]);
    expect(FINDER_CIRCUMSTANCES).toEqual([
      'disability', 'terminal-illness', 'death', 'qdro', 'levy', 'reservist', 'sepp', 'esop-dividends', 'corrective',
      'eaca-withdrawal', 'phased-retirement', 'plesa', 'ira-excess-earnings',
    ]);
    expect(schemas.exceptions!.properties.purposes!.items!.enum).toEqual(FINDER_PURPOSES.map((p) => p.key));
    expect(schemas.exceptions!.properties.circumstances!.items!.enum).toEqual(FINDER_CIRCUMSTANCES);
  });
  test('a capped exception reads its cap from the figure its catalog entry names', () => {
    // The module's predicate and the tables read the same figure: 2026 domestic-abuse cap $10,500 (Notice 2025-67).
    const m = exceptionModule('domestic-abuse');
    expect(m.entry.capFigure).toBe('domestic-abuse-cap');
    const v = m.judge({
      year: 2026, plan: '401k', distributionDate: '2026-06-15', birthDate: '1980-03-10', claims: new Set(['domestic-abuse']),
      separatedFromPlanEmployer: false, publicSafetyEmployee: false, vestedBalance: 100_000_00, domesticAbuseDate: '2026-03-01',
    } as never);
    // Lesser of $10,500 and 50% × $100,000 = $50,000 → $10,500.
    expect(v.cover).toBe(10_500_00);
  });
});

/**
 * Short names letters and replies use for mandates instead of the full title, in English,
 * French and Spanish ("the Special Rapporteur on torture"). Full names and former names come
 * from the reference data; these only add the usual shortenings.
 */
export const MANDATE_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'sr-torture': ['Special Rapporteur on torture', 'Rapporteur spécial sur la torture', 'Relator Especial sobre la tortura'],
  'wg-disappearances': [
    'Working Group on Enforced Disappearances', 'Groupe de travail sur les disparitions forcées', 'Grupo de Trabajo sobre Desapariciones Forzadas',
  ],
  'sr-expression': [
    'Special Rapporteur on freedom of expression', 'Special Rapporteur on freedom of opinion and expression',
    "Rapporteur spécial sur la liberté d'expression", "Rapporteur spécial sur la liberté d'opinion et d'expression",
    'Relator Especial sobre la libertad de expresión', 'Relator Especial sobre la libertad de opinión y de expresión',
  ],
  'sr-hrds': [
    'Special Rapporteur on human rights defenders', "Rapporteur spécial sur les défenseurs des droits de l'homme",
    'Relator Especial sobre los defensores de derechos humanos',
  ],
  'sr-assembly-association': [
    'Special Rapporteur on freedom of peaceful assembly and of association', 'Special Rapporteur on freedom of assembly and association',
    "Rapporteur spécial sur la liberté de réunion pacifique et d'association", 'Relator Especial sobre la libertad de reunión pacífica y de asociación',
  ],
  'sr-executions': ['Special Rapporteur on extrajudicial executions', 'Rapporteur spécial sur les exécutions extrajudiciaires'],
  'sr-counter-terrorism': [
    'Special Rapporteur on counter-terrorism and human rights', 'Special Rapporteur on human rights and counter-terrorism',
    'Rapporteur spécial sur la lutte antiterroriste et les droits de l’homme',
  ],
  'sr-health': ['Special Rapporteur on the right to health', 'Rapporteur spécial sur le droit à la santé', 'Relator Especial sobre el derecho a la salud'],
  'sr-housing': [
    'Special Rapporteur on adequate housing', 'Special Rapporteur on the right to adequate housing',
    'Rapporteur spécial sur le logement convenable', 'Relator Especial sobre una vivienda adecuada',
  ],
  'sr-violence-women': ['Special Rapporteur on violence against women', 'Rapporteuse spéciale sur la violence contre les femmes'],
  'sr-sale-children': ['Special Rapporteur on the sale of children', 'Rapporteuse spéciale sur la vente d’enfants'],
  'sr-toxics': ['Special Rapporteur on toxics', 'Special Rapporteur on toxics and human rights', 'Special Rapporteur on hazardous substances and wastes'],
  'sr-environment': [
    'Special Rapporteur on human rights and the environment', 'Special Rapporteur on the right to a healthy environment',
    "Rapporteur spécial sur les droits de l'homme et l'environnement",
  ],
  'sr-water': ['Special Rapporteur on the rights to water and sanitation', 'Special Rapporteur on the human rights to water and sanitation'],
  'sr-racism': ['Special Rapporteur on racism', 'Special Rapporteur on contemporary forms of racism'],
  'sr-slavery': ['Special Rapporteur on contemporary forms of slavery', 'Rapporteur spécial sur les formes contemporaines d’esclavage'],
  'sr-ucm': ['Special Rapporteur on unilateral coercive measures', 'Rapporteuse spéciale sur les mesures coercitives unilatérales'],
  'sr-idps': ['Special Rapporteur on internally displaced persons', 'Rapporteur spécial sur les personnes déplacées'],
  'wg-business': [
    'Working Group on business and human rights', "Groupe de travail sur les entreprises et les droits de l'homme",
    'Grupo de Trabajo sobre las empresas y los derechos humanos',
  ],
  'wg-discrimination-women': ['Working Group on discrimination against women', 'Groupe de travail sur la discrimination à l’égard des femmes'],
  'wg-mercenaries': ['Working Group on mercenaries', 'Working Group on the use of mercenaries'],
  'ie-sogi': ['Independent Expert on sexual orientation and gender identity', "Expert indépendant sur l'orientation sexuelle et l'identité de genre"],
  'sr-indigenous': ['Special Rapporteur on indigenous peoples', 'Rapporteur spécial sur les peuples autochtones', 'Relator Especial sobre los pueblos indígenas'],
  'sr-privacy': ['Special Rapporteur on privacy'],
  'sr-disability': ['Special Rapporteur on disability', 'Special Rapporteur on the rights of persons with disabilities'],
  'wg-african-descent': ['Working Group on People of African Descent'],
};

import type { LetterContext } from '../letter-types.js';
import { pick } from '../random.js';

function who(ctx: LetterContext): string {
  return ctx.victimList ? `${ctx.victimList}, ${ctx.role},` : `varios ${ctx.role}`;
}

export function factsEs(ctx: LetterContext): string[] {
  const r = ctx.random;
  const pl = ctx.victims.length !== 1;
  const fue = pl ? 'fueron' : 'fue';
  const s = pl ? 's' : '';
  const han = pl ? 'han' : 'ha';
  const them = pl ? 'las personas afectadas' : 'la persona afectada';
  switch (ctx.kind) {
    case 'detention':
      return [
        `El ${ctx.eventDate}, ${who(ctx)} ${fue} ${pick(r, [`detenido${s} en su domicilio por agentes vestidos de civil`, `interceptado${s} en un puesto de control y trasladado${s} por las fuerzas de seguridad`, `citado${s} a declarar y no se le${s} permitió salir`])}. No se exhibió orden judicial ni se informó del motivo de la detención.`,
        `El ${ctx.laterDate}, se acusó a ${them} de ${pick(r, ['"difundir información falsa"', '"alterar el orden público"', '"pertenecer a una organización extremista"'])}. ${pick(r, ['Se le ha negado el acceso a un abogado de su elección.', 'Las visitas familiares solo se han autorizado una vez.', 'La prisión preventiva se ha prorrogado dos veces sin audiencia.'])}`,
        `La detención habría seguido a ${pick(r, ['artículos que criticaban la gestión de fondos públicos', 'declaraciones públicas sobre la situación de las personas detenidas', 'publicaciones en redes sociales que pedían reformas pacíficas'])}.`,
      ];
    case 'disappearance':
      return [
        `El ${ctx.eventDate}, ${who(ctx)} ${fue} visto${s} por última vez ${pick(r, ['cuando hombres armados le obligaban a subir a un vehículo sin placas', 'al entrar en una comisaría', 'en un puesto de control a la salida de la ciudad'])}.`,
        `Los familiares han preguntado en comisarías, centros de detención y en la fiscalía, que negaron tener bajo custodia a ${them}. Una denuncia presentada el ${ctx.laterDate} no ha prosperado y se desconoce su suerte y paradero.`,
      ];
    case 'torture':
      return [
        `${who(ctx).replace(/,$/, '')} ${fue} detenido${s} el ${ctx.eventDate}. Durante los interrogatorios, los agentes habrían ${pick(r, ['golpeado a los detenidos y les habrían privado del sueño', 'mantenido a los detenidos en posturas forzadas durante largos periodos', 'amenazado a sus familias para obtener confesiones'])}.`,
        `El ${ctx.laterDate}, un abogado constató lesiones visibles, pero la solicitud de un examen médico independiente ${pick(r, ['fue rechazada', 'no ha recibido respuesta'])}. ${pick(r, ['Las confesiones se utilizaron posteriormente en el juicio.', 'No se ha abierto ninguna investigación.'])}`,
      ];
    case 'death-penalty':
      return [
        `${who(ctx).replace(/,$/, '')} ${fue} condenado${s} a muerte el ${ctx.eventDate} por ${pick(r, ['un tribunal revolucionario', 'un tribunal militar', 'un tribunal penal a puerta cerrada'])}, tras un juicio que habría durado ${pick(r, ['menos de una hora', 'dos breves audiencias', 'un solo día'])}.`,
        `La condena se basó principalmente en declaraciones presuntamente obtenidas bajo coacción. Fue confirmada el ${ctx.laterDate} y la ejecución podría ser inminente.`,
      ];
    case 'killing':
      return [
        `El ${ctx.eventDate}, ${who(ctx)} ${fue} ${pick(r, [`asesinado${s} a tiros por desconocidos`, `muerto${s} cuando las fuerzas de seguridad abrieron fuego`, `hallado${s} sin vida tras recibir amenazas reiteradas`])}.`,
        `El ${ctx.laterDate} se anunció una investigación, pero no se ha identificado a ningún sospechoso y ${pick(r, ['la familia no ha tenido acceso al expediente', 'no se ha tomado declaración a testigos clave'])}.`,
      ];
    case 'legislation':
      return [
        `El ${ctx.eventDate}, ${pick(r, ['el Gobierno presentó al Parlamento', 'el Parlamento aprobó en primera lectura', 'el Consejo de Ministros aprobó'])} ${ctx.subject}. El texto ${pick(r, ['exigiría autorización previa para toda actividad financiada desde el extranjero', 'permitiría disolver una organización por decisión administrativa', 'tipificaría delitos en términos amplios y vagos con penas severas'])}.`,
        `El proyecto se habría elaborado sin consulta pública. ${ctx.victimList ? `${ctx.victimList} ya ${han} sido advertido${s} de que sus actividades podrían quedar comprendidas en las nuevas disposiciones.` : `Varios ${ctx.role} temen que sus actividades queden comprendidas en las nuevas disposiciones.`} La votación final estaba prevista para el ${ctx.laterDate}.`,
      ];
    case 'eviction':
      return [
        `El ${ctx.eventDate}, ${pick(r, ['excavadoras escoltadas por la policía', 'funcionarios municipales apoyados por la gendarmería', 'guardias privados contratados por una promotora'])} demolieron las viviendas ${ctx.victimList ? `de ${ctx.victimList}, ${ctx.role}, y de sus vecinos` : `de ${ctx.role}`}, ${pick(r, ['sin previo aviso', 'con menos de 24 horas de aviso'])}.`,
        `Unas ${pick(r, ['300', '450', '1.200'])} personas quedaron sin techo. No se ha ofrecido una vivienda alternativa adecuada ni una indemnización, y un recurso presentado el ${ctx.laterDate} sigue pendiente.`,
      ];
    case 'business':
      return [
        `Desde el ${ctx.eventDate}, ${pick(r, ['una empresa que opera en la zona', 'una filial de un grupo multinacional', 'un proveedor de marcas conocidas'])} habría ${pick(r, ['vertido efluentes sin tratar en el río que utilizan las comunidades vecinas', 'obligado a trabajadores a permanecer en el lugar y entregar sus documentos de identidad', 'ampliado sus operaciones sin el consentimiento de las comunidades afectadas'])}.`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${han}` : `Varios ${ctx.role} han`} denunciado problemas de salud y pérdida de medios de vida. Las quejas presentadas el ${ctx.laterDate} ante la empresa y las autoridades no han dado lugar a medidas de reparación.`,
      ];
    case 'reprisal':
      return [
        `${who(ctx).replace(/,$/, '')} ${pl ? 'participaron' : 'participó'} en ${pick(r, ['un período de sesiones del Consejo de Derechos Humanos', 'un diálogo con un órgano de tratado', 'una consulta organizada por los procedimientos especiales'])}. El ${ctx.eventDate}, a su regreso, ${fue} ${pick(r, [`interrogado${s} durante horas sobre sus contactos en Ginebra`, `objeto de una prohibición de viajar`, `acusado${s} de "colaboración con entidades extranjeras"`])}.`,
        `El ${ctx.laterDate}, ${pick(r, ['medios estatales publicaron sus fotografías tachándolos de traidores', 'sus cuentas bancarias fueron congeladas', 'sus familiares fueron citados por los servicios de seguridad'])}.`,
      ];
    case 'restriction':
      return [
        `El ${ctx.eventDate}, las autoridades ${pick(r, ['ordenaron', 'impusieron', 'anunciaron'])} ${ctx.subject}. ${pick(r, ['La medida no se basa en ninguna decisión publicada.', 'La decisión invoca motivos vagos de seguridad nacional.', 'No se fijó ningún plazo.'])}`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${han}` : `Varios ${ctx.role} han`} resultado directamente afectado${s} por la medida, que seguía vigente el ${ctx.laterDate}.`,
      ];
    case 'discrimination':
      return [
        `Hemos recibido información sobre ${ctx.subject}. El ${ctx.eventDate}, ${who(ctx)} ${fue} ${pick(r, [`detenido${s} en virtud de disposiciones dirigidas contra su identidad`, `privado${s} del acceso a servicios por motivos discriminatorios`, `objeto de una campaña pública de hostigamiento`])}.`,
        `${pick(r, ['Las denuncias ante la policía no fueron registradas.', 'Algunos funcionarios habrían respaldado públicamente la campaña.'])} Al ${ctx.laterDate} no se había adoptado ninguna medida de protección.`,
      ];
    case 'migration':
      return [
        `El ${ctx.eventDate}, ${who(ctx)} ${fue} ${pick(r, [`interceptado${s} cerca de la frontera y devuelto${s} sin evaluación individual`, `internado${s} en un centro cerrado en espera de su expulsión`, `encontrado${s} en una vivienda donde le${s} retenían unos reclutadores`])}.`,
        `No se habría informado a ${them} de la posibilidad de solicitar protección y ${pick(r, ['no se proporcionó intérprete', 'no hubo asistencia letrada'])}. La situación seguía sin cambios el ${ctx.laterDate}.`,
      ];
  }
}

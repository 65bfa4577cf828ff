## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); the annual asylum fee for FY2026 and the
## rejection of claims whose fee is late (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26); RAICES v. Noem
## (D.C. Circuit, 24 April 2026); legal guides on protected grounds and family (vickerstafflaw.com,
## legalclarity.org); the USCIS credible fear page. Why claims fail, what strengthens them, the
## "frivolous" finding and detention at the border: an attorney's article on Nolo, in our own words.

us-claim-title = Una solicitud de asilo en Estados Unidos
us-claim-summary = Qué debe mostrar, los plazos, el formulario I-589, su familia y por qué muchas solicitudes fallan.
us-claim-intro-border = Aquí están las reglas básicas del asilo en Estados Unidos. Las reglas para pedir asilo en la frontera sur están en juicio. Vea el tema «¿Dónde puedo pedir asilo ahora?».

## The protected grounds

us-claim-grounds-heading = Lo que debe mostrar
us-claim-grounds-what = Debe mostrar un daño grave, sufrido o temido. Una razón central de ese daño debe ser uno de estos 5 motivos:
us-claim-ground-race = Su raza.
us-claim-ground-religion = Su religión.
us-claim-ground-nationality = Su nacionalidad.
us-claim-ground-group = Su pertenencia a un grupo social determinado.
us-claim-ground-opinion = Su opinión política.

## Three kinds of protection

us-claim-protections-heading = Tres formas de protección y una entrevista
us-claim-credible-fear = Entrevista de miedo creíble: si le van a aplicar la expulsión rápida y dice que tiene miedo, un oficial le entrevista. Debe mostrar una «posibilidad significativa» de calificar.
us-claim-withholding = Suspensión de la expulsión (withholding of removal): debe mostrar que es «más probable que no» que le persigan. Si lo logra, se la deben conceder.
us-claim-cat = Protección de la Convención contra la Tortura (CAT): para quien corre riesgo de tortura por funcionarios, o por otros con su permiso o su tolerancia.

## The one-year limit

us-claim-deadline-heading = El plazo de 1 año
us-claim-deadline-rule = Debe pedir asilo dentro de 1 año desde su última llegada a Estados Unidos. Debe probar esa fecha con pruebas claras y convincentes.
us-claim-deadline-exceptions = Hay excepciones si cambiaron sus circunstancias o si hubo circunstancias extraordinarias.
us-claim-deadline-other = Este plazo no se aplica a la suspensión de la expulsión ni a la protección contra la tortura (CAT).

## Form I-589

us-claim-form-heading = El formulario I-589
us-claim-form-english = Debe llenarlo en inglés.
us-claim-form-translations = Cada documento en otro idioma necesita una traducción completa y certificada al inglés.
us-claim-form-fees-since-2024 = Presentarlo cuesta 100 dólares. Las solicitudes presentadas desde octubre de 2024 también tienen una cuota anual mientras el caso sigue abierto: 102 dólares en el año fiscal 2026.
us-claim-form-work-18-months = El primer permiso de trabajo cuesta 550 dólares. Desde diciembre de 2025, dura como máximo 18 meses. No hay exenciones de pago.
us-claim-form-fee-notice = Pague cada aviso de la cuota anual dentro de los 30 días. Desde el 29 de mayo de 2026, si no paga a tiempo, rechazan su solicitud. Además, le niegan el permiso de trabajo o se lo quitan.

## Family

us-claim-family-heading = Su familia
us-claim-family-who = Puede incluir en su solicitud a su cónyuge y a sus hijos solteros menores de 21 años. Una pareja sin matrimonio no se puede incluir.
us-claim-family-i730 = Si recibe asilo, tiene 2 años para pedir por ellos con el formulario I-730, si no estaban en su solicitud. Ese formulario solo sirve para su cónyuge y sus hijos solteros menores de 21 años.

## Risks to know

us-claim-risks-heading = Riesgos que debe conocer
us-claim-risk-detention = Quien pide asilo en la frontera suele quedar detenido mucho tiempo mientras espera. Los centros de detención se parecen a una cárcel. Muchas personas dejan su solicitud por eso.
us-claim-risk-frivolous = Un juez o un oficial puede decidir que una solicitud es «frívola», es decir, inventada a propósito. Entonces la persona ya no puede recibir ningún otro beneficio migratorio en Estados Unidos. Diga siempre la verdad.
us-claim-risk-leaving = Si sale de Estados Unidos mientras su caso sigue abierto, se considera que abandona su caso.

## Why claims fail

us-claim-fail-heading = Por qué muchas solicitudes fallan
us-claim-fail-credibility = El oficial o el juez no cree su relato.
us-claim-fail-link = No queda claro que el daño esté ligado a uno de los 5 motivos.
us-claim-fail-violence = El daño se ve como violencia general, que afecta a mucha gente en su país.

## What makes a claim stronger

us-claim-stronger-heading = Qué puede fortalecer su solicitud
us-claim-stronger-specific = Respuestas precisas en el I-589: qué pasó, cuándo, dónde y quién les hizo daño a usted o a su familia.
us-claim-stronger-membership = Pruebas de que pertenece a un grupo o un partido, como credenciales o cartas.
us-claim-stronger-reports = Noticias e informes de derechos humanos que confirmen lo que cuenta.
us-claim-stronger-records = Informes médicos y denuncias ante la policía.
us-claim-stronger-arrival = Pruebas de la fecha de su última llegada a Estados Unidos.
us-claim-stronger-no-promise = Estas pruebas ayudan, pero no garantizan el resultado. Pida ayuda legal gratuita para preparar su caso.

## Guide topic: victims of trafficking or violence.
## Facts from LRPCAP arts. 6, 10, 13, 18, 20, 21, 23; the UNHCR Mexico help page (11 March 2026);
## civil-society guides on useful evidence; the ICRC family-links service;
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

violence-title = Víctimas de trata o de violencia
violence-summary = Si sufrió violencia o trata: sus derechos al pedir asilo en México, cómo guardar pruebas y dónde pedir apoyo.
violence-intro = Lo que le pasó importa. Usted no tiene la culpa de lo que le hicieron. Puede contarlo a la Comisión Mexicana de Ayuda a Refugiados ({ -comar }) cuando pida asilo.

## Violence as a reason for asylum

violence-grounds-heading = La violencia puede ser un motivo de asilo
violence-grounds-intro = En México, la { -comar } puede dar protección por varios motivos. Entre ellos están:
violence-grounds-gender = La persecución por su género.
violence-grounds-general = La violencia generalizada en su país.
violence-grounds-rights = Las violaciones masivas de los derechos humanos.
violence-grounds-home-may = La violencia por su género puede ser parte de su solicitud. La violencia en la casa o en la pareja también puede contar. Cuéntela a la { -comar } y busque ayuda legal.
violence-grounds-no-promise = Cada caso se decide por separado. Nadie puede prometerle un resultado.

## Trafficking

violence-trafficking-heading = Si fue víctima de trata
violence-trafficking-text = Hay trata cuando alguien le engaña o le obliga para aprovecharse de usted, por ejemplo con trabajo o sexo forzados. Si le pasó, cuénteselo a la { -comar } y a una organización de apoyo.

## Rights during the claim

violence-rights-heading = Sus derechos durante el trámite
violence-rights-confidential = Lo que usted cuenta es confidencial. La { -comar } debe guardar sus datos en secreto.
violence-rights-assistance = Si es una persona vulnerable, tiene derecho a recibir asistencia.
violence-rights-interview = La entrevista debe adaptarse a su género, a su edad y a su cultura.
violence-rights-interpreter = Tiene derecho a un intérprete gratis.
violence-rights-no-return = Desde que pide asilo, México no puede devolverle a un lugar donde su vida o su libertad corren peligro.
violence-rights-needs = Si algo le hace difícil hablar, dígalo. Puede decir a la { -comar } lo que necesita para sentirse segura o seguro.

## Evidence

violence-evidence-heading = Guarde las pruebas
violence-evidence-intro = Las pruebas ayudan a mostrar lo que pasó. Guarde lo que tenga, aunque sea poco:
violence-evidence-complaints = Las denuncias que hizo ante la policía.
violence-evidence-screenshots = Capturas de pantalla de las amenazas.
violence-evidence-medical = Informes médicos o psicológicos.
violence-evidence-photos = Fotos de las heridas o de los daños.
violence-evidence-witnesses = Declaraciones de testigos.
violence-evidence-not-required = No necesita todas estas pruebas para pedir asilo. Puede entregar pruebas hasta el día de la decisión.
violence-evidence-safe = Guarde copias en un lugar seguro. Piense quién más puede ver su teléfono o sus papeles.

## Support

violence-support-heading = Dónde pedir apoyo
violence-support-unhcr = El { -unhcr } (la agencia de las Naciones Unidas para los refugiados) orienta a las personas que piden asilo. Su página es help.unhcr.org/mexico.
violence-support-orgs = Las organizaciones de ayuda legal y de apoyo pueden acompañarle. Vea el tema «Dónde encontrar ayuda».
violence-support-family = ¿Perdió el contacto con su familia? La Cruz Roja Mexicana y el Comité Internacional de la Cruz Roja (CICR) ofrecen llamadas cortas y mensajes gratis en la ruta migratoria.

## The United States

violence-us-heading = ¿Y en Estados Unidos?
violence-us-text-proclamation = El texto de la proclamación de 2025 sobre la frontera sur no hace ninguna excepción para las víctimas de trata o de violencia. No está confirmado qué se aplica hoy.
violence-us-change = Hay juicios sobre estas reglas y pueden cambiar. Antes de decidir, pida información actualizada a una organización de ayuda legal.

## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333);
## the DHS notice on MPP (21 January 2025); INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family;
## I-589 fees (H.R. 1; 90 FR 34511); USCIS PM-602-0192; TRAC (18 November 2025);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025); an INM bulletin (2025).

pros-cons-title = Ventajas y desventajas de cada país
pros-cons-summary = Lo bueno y lo difícil de pedir asilo en Estados Unidos y en México, según las fuentes.
pros-cons-intro = Estos son puntos generales que señalan las fuentes. No predicen lo que pasará en su caso.

## The United States

pros-cons-us-pros-heading = Estados Unidos: a favor
pros-cons-us-pro-protections = Si logra entrar al proceso, la ley ofrece varias protecciones: asilo, suspensión de la expulsión y protección contra la tortura.
pros-cons-us-pro-residence = Con el asilo, más adelante puede pedir la residencia permanente y, después, la ciudadanía.
pros-cons-us-pro-family = Puede incluir en su solicitud a su cónyuge y a sus hijos solteros menores de 21 años.
pros-cons-us-pro-community = Allí viven comunidades de muchas nacionalidades que pueden apoyarle.

pros-cons-us-cons-heading = Estados Unidos: en contra
pros-cons-us-con-border = Desde el 20 de enero de 2025, la Proclamación 10888 cierra la frontera sur al asilo para quienes cubre.
pros-cons-us-con-no-exceptions = La proclamación no hace excepciones en la frontera para niñas, niños ni víctimas de trata.
pros-cons-us-con-mpp = Con MPP, muchas personas esperan en México en condiciones inseguras o inestables.
pros-cons-us-con-cost = La ayuda legal privada es cara y difícil de encontrar desde fuera. Además, el formulario I-589 cuesta 100 dólares, más 100 dólares al año.
pros-cons-us-con-slow = Los casos pueden tardar años. Desde diciembre de 2025, USCIS tiene en pausa sus decisiones sobre el I-589.
pros-cons-us-con-rates = Pocas solicitudes ganan: en agosto de 2025, los tribunales concedieron asilo en el 19.2% de los casos.

## Mexico

pros-cons-mx-pros-heading = México: a favor
pros-cons-mx-pro-anyone = Cualquier persona extranjera que esté en México puede pedir asilo. Es gratis.
pros-cons-mx-pro-work = La tarjeta de visitante (TVRH) le permite trabajar mientras espera.
pros-cons-mx-pro-residence = Si le reconocen, recibe la residencia permanente.
pros-cons-mx-pro-rates = En 2024, el 74% de los 33,844 casos resueltos tuvo una respuesta positiva.
pros-cons-mx-pro-costs = Vivir en México suele costar menos que en Estados Unidos.
pros-cons-mx-pro-integration = El Programa de Integración Local ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse.

pros-cons-mx-cons-heading = México: en contra
pros-cons-mx-con-state = Según la { -comar }, la constancia solo vale en el estado donde pidió asilo. Si sale de ese estado, su solicitud se puede dar por abandonada.
pros-cons-mx-con-wait = Las esperas son largas. La ley da 45 días hábiles, pero muchas personas esperan mucho más.
pros-cons-mx-con-card = Conseguir la tarjeta puede tardar. Un informe contó solo 4,129 tarjetas entregadas en la primera mitad de 2025.
pros-cons-mx-con-shelters = Muchas personas viven en albergues llenos o en malas condiciones.
pros-cons-mx-con-help = Hay poca ayuda legal y pocos servicios, sobre todo fuera de las ciudades grandes.
pros-cons-mx-con-integration = Integrarse es difícil si no habla español o no tiene familia en México.

## Not a prediction

pros-cons-not-prediction = El resultado depende de su historia y de sus pruebas. Antes de decidir, hable con una organización de ayuda legal gratuita.

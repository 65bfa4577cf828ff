## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333)
## and RAICES v. Noem (D.C. Circuit, 24 April 2026); the DHS notice on MPP (21 January 2025);
## INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family; I-589 fees (H.R. 1; 90 FR 34511)
## and the annual fee for FY2026 (DHS rule, 28 April 2026); the USCIS hold as reported on 2 April 2026;
## TRAC (18 November 2025); detention at the border (an attorney's article on Nolo);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025);
## TVRH cards issued (an INM bulletin, 2025, and reports on 2023-2025).

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
pros-cons-us-con-border-unclear = Desde enero de 2025, las reglas del asilo en la frontera sur están en juicio. No está confirmado qué se aplica hoy.
pros-cons-us-con-no-exceptions-ruling = El texto de la proclamación de 2025 no hace excepciones para niñas, niños ni víctimas de trata. En abril de 2026, un tribunal de apelaciones decidió que el presidente no puede suspender así las solicitudes de asilo. No está confirmado qué se aplica hoy: pregunte a una organización de ayuda legal.
pros-cons-us-con-mpp-some = Con el MPP (el programa «Quédate en México»), algunas personas deben esperar en México sus audiencias en Estados Unidos. Allí las condiciones pueden ser inseguras o inestables. No se sabe con certeza a cuántas personas devuelven hoy.
pros-cons-us-con-cost-2026 = La ayuda legal privada es cara y difícil de encontrar desde fuera. Además, el formulario I-589 cuesta 100 dólares, más una cuota cada año: 102 dólares en el año fiscal 2026.
pros-cons-us-con-slow-hold = Los casos pueden tardar años. USCIS (el servicio de inmigración de Estados Unidos) mantiene en pausa los casos de personas de unos 40 países.
pros-cons-us-con-detention = En la frontera, muchas personas quedan detenidas mucho tiempo mientras esperan una decisión.
pros-cons-us-con-rates = Pocas solicitudes ganan: en agosto de 2025, los tribunales concedieron asilo en el 19.2% de los casos.

## Mexico

pros-cons-mx-pros-heading = México: a favor
pros-cons-mx-pro-anyone = Cualquier persona extranjera que esté en México puede pedir asilo. Es gratis.
pros-cons-mx-pro-work-card = Si consigue la tarjeta de visitante (TVRH), puede trabajar mientras espera.
pros-cons-mx-pro-residence = Si le reconocen, recibe la residencia permanente.
pros-cons-mx-pro-rates = En 2024, el 74% de los 33,844 casos resueltos tuvo una respuesta positiva.
pros-cons-mx-pro-costs = Vivir en México suele costar menos que en Estados Unidos.
pros-cons-mx-pro-integration = El Programa de Integración Local ayuda a algunas personas reconocidas a encontrar trabajo y a mudarse.

pros-cons-mx-cons-heading = México: en contra
pros-cons-mx-con-state-sign = Según la Comisión Mexicana de Ayuda a Refugiados ({ -comar }), la constancia solo vale en el estado donde pidió asilo. Si sale de ese estado o no va a firmar, su solicitud se puede dar por abandonada.
pros-cons-mx-con-wait = Las esperas son largas. La ley da 45 días hábiles, pero muchas personas esperan mucho más.
pros-cons-mx-con-card-scarce = Las tarjetas son escasas. Dos informes cuentan 4,129 en la primera mitad de 2025. Otro cuenta solo 618 en todo 2024, frente a 94,829 en 2023.
pros-cons-mx-con-shelters = Muchas personas viven en albergues llenos o en malas condiciones.
pros-cons-mx-con-help = Hay poca ayuda legal y pocos servicios, sobre todo fuera de las ciudades grandes.
pros-cons-mx-con-integration = Integrarse es difícil si no habla español o no tiene familia en México.

## Not a prediction

pros-cons-not-prediction = El resultado depende de su historia y de sus pruebas. Antes de decidir, hable con una organización de ayuda legal gratuita.

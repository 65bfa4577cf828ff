## Guide topic: about this guide.
## What the guide is and is not; free legal help from the UNHCR Mexico help page (11 March 2026)
## and the organizations in the help topic.

notice-title = Sobre esta guía
notice-summary = Qué es esta guía, qué no es y dónde pedir ayuda legal gratuita.
notice-intro = { -brand-name } le explica cómo funciona el asilo en México y en Estados Unidos, para que pueda decidir con más información.
notice-not-advice = Esta guía informa, pero no es asesoría legal. No sustituye a una abogada o a un abogado.
notice-changes = Las reglas cambian, sobre todo en Estados Unidos en 2025 y 2026. Antes de decidir, confirme lo más importante.
notice-sources = Cada tema muestra sus fuentes y la fecha en que se revisaron por última vez.
notice-no-promise = Esta guía no puede prometerle ningún resultado. Cada caso se decide por separado.
notice-legal-help = Para su caso, pida ayuda legal gratuita al { -unhcr } (la agencia de las Naciones Unidas para los refugiados) o a una organización de ayuda legal. Vea el tema «Dónde encontrar ayuda».
notice-offline = { -brand-name } funciona sin internet y no envía nada a ningún lugar. Lo que usted anota se queda en este dispositivo.
notice-kind = Tómese su tiempo. Puede volver a esta guía siempre que lo necesite.

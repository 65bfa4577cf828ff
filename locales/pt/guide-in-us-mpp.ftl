## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## the USCIS hold as reported on 2 April 2026; the annual asylum fee (DHS rule, 28 April 2026);
## work permits of at most 18 months (since 5 December 2025) and the proposed 365-day wait
## (91 FR 8616, not confirmed final); leaving the US abandons a pending claim (DHS, 2025-26);
## Mexico's response to MPP in the press (2025); a 2021 press report on an old MPP phone line;
## LRPCAP arts. 11, 18 and its Reglamento art. 19; COMAR's limits on the constancia (press);
## the UNHCR Mexico help page (11 March 2026). Order numbers stay in the sources.

in-us-mpp-title-returned = Se você já está nos Estados Unidos, ou se mandaram você de volta ao México
in-us-mpp-summary = O prazo de 1 ano, a deportação acelerada, a espera no México e pedir asilo também no México.
in-us-mpp-intro-parts = Esta página tem três partes. A parte 1 é para quem já está nos Estados Unidos. A parte 2 é para quem foi mandado de volta ao México para esperar a sua audiência. A parte 3 explica como pedir asilo também no México.

## Part 1: already inside the US

in-us-mpp-inside-heading = Se você já está dentro dos Estados Unidos
in-us-mpp-inside-may = Talvez você ainda possa pedir asilo. Depende do seu caso.
in-us-mpp-inside-deadline = Em geral, você tem 1 ano a partir da sua última chegada para pedir asilo. Há algumas exceções.
in-us-mpp-inside-other = Se esse ano já passou, talvez você possa pedir outras proteções: a suspensão da deportação ou a proteção contra a tortura (CAT).
in-us-mpp-inside-proof = Guarde provas da data da sua última chegada.
in-us-mpp-inside-removal = Uma ordem do presidente, de janeiro de 2025, ampliou a deportação acelerada (expedited removal). Assim, algumas pessoas podem ser deportadas sem ver um juiz.
in-us-mpp-inside-fear = Se você tem medo de voltar ao seu país, diga isso com clareza às autoridades.
in-us-mpp-inside-hold-2026 = Em 30 de março de 2026, o USCIS (o serviço de imigração dos Estados Unidos) voltou a decidir alguns pedidos de asilo. Os casos de pessoas de cerca de 40 países continuam em pausa. É provável que entre eles estejam Cuba, Haiti e Venezuela.
in-us-mpp-inside-fee-if-notice = Se o USCIS mandar um aviso para você pagar a taxa anual de asilo, pague em até 30 dias. No ano fiscal de 2026, a taxa é de 102 dólares.
in-us-mpp-inside-fee-late = Desde 29 de maio de 2026, se você não pagar a tempo, o seu pedido é rejeitado. Além disso, a sua autorização de trabalho é negada ou cancelada. Não há isenção.
in-us-mpp-inside-work = Desde dezembro de 2025, a autorização de trabalho dura no máximo 18 meses. Há uma proposta para aumentar para 365 dias a espera antes de pedi-la. Não está confirmado se isso já vale.
in-us-mpp-inside-leaving = Se você sair dos Estados Unidos enquanto o seu caso continua aberto, o seu caso é considerado abandonado. Antes de aceitar uma oferta para ir embora, fale com uma organização de assistência jurídica.
in-us-mpp-inside-help = Procure ajuda jurídica gratuita o quanto antes. Não espere o prazo chegar perto do fim.

## Part 2: sent back to Mexico, under MPP or not

in-us-mpp-mpp-heading = Se mandaram você de volta ao México com o MPP (o programa “Permaneça no México”)
in-us-mpp-mpp-what = Com o MPP, você espera no México as datas das suas audiências no tribunal dos Estados Unidos.
in-us-mpp-mpp-dates = Anote todas as datas das suas audiências e guarde os papéis do seu caso. Pergunte a uma organização de assistência jurídica o que fazer se você não puder ir.
in-us-mpp-mpp-uncertain = O MPP voltou em 21 de janeiro de 2025. Não está confirmado como ele funciona hoje nem quem está sendo incluído. Confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.
in-us-mpp-mpp-mexico = O México ofereceu atendimento humanitário às pessoas mandadas de volta. Também disse que tentaria devolvê-las aos seus países.
in-us-mpp-mpp-travel = Se você também pediu asilo no México, sair do estado onde fez o pedido é tratado como abandono desse pedido. Ir a uma audiência pode obrigar você a sair desse estado.
in-us-mpp-mpp-travel-ask-if-claim = Antes de viajar para uma audiência, fale com uma organização de assistência jurídica. Se você tem um pedido de asilo no México, escreva antes de sair à Comissão Mexicana de Ajuda a Refugiados ({ -comar }). Peça para continuar o seu caso em outro estado.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Pedir asilo também no México
in-us-mpp-apply-deported = Se os Estados Unidos deportaram você ou mandaram você de volta sem o MPP, você também pode pedir asilo no México. Isso vale se você não tem nacionalidade mexicana.
in-us-mpp-apply-consider-not-mexican = Se você não tem nacionalidade mexicana, pense em pedir asilo também no México. Com o pedido, o México não pode mandar você de volta para um lugar onde você corre perigo.
in-us-mpp-apply-deadline = Você tem 30 dias úteis, contados a partir do dia útil seguinte à sua chegada ao México.
in-us-mpp-apply-late = Se o prazo já passou, você ainda pode pedir. Explique por que não pôde pedir antes.
in-us-mpp-apply-ask = Pergunte a uma organização de assistência jurídica como isso afeta o seu caso nos Estados Unidos.
in-us-mpp-old-line = Não use o telefone do MPP que circulou em 2021. Ele era do programa anterior.

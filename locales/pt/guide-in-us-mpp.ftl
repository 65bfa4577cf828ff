## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## USCIS PM-602-0192 (2 December 2025); Mexico's response to MPP in the press (2025);
## a 2021 press report on an old MPP phone line; LRPCAP art. 18 and its Reglamento art. 19;
## the UNHCR Mexico help page (11 March 2026).

in-us-mpp-title = Se você já está nos Estados Unidos, ou se mandaram você de volta ao México
in-us-mpp-summary = O prazo de 1 ano, a deportação acelerada, a espera no México e pedir asilo também no México.
in-us-mpp-intro = Esta página tem duas partes. Leia a parte que corresponde à sua situação.

## Part 1: already inside the US

in-us-mpp-inside-heading = Se você já está dentro dos Estados Unidos
in-us-mpp-inside-may = Talvez você ainda possa pedir asilo. Depende do seu caso.
in-us-mpp-inside-deadline = Em geral, você tem 1 ano a partir da sua última chegada para pedir asilo. Há algumas exceções.
in-us-mpp-inside-other = Se esse ano já passou, talvez você possa pedir outras proteções: a suspensão da deportação ou a proteção contra a tortura (CAT).
in-us-mpp-inside-proof = Guarde provas da data da sua última chegada.
in-us-mpp-inside-removal = Uma ordem do presidente, de janeiro de 2025, ampliou a deportação acelerada (expedited removal). Assim, algumas pessoas podem ser deportadas sem ver um juiz.
in-us-mpp-inside-fear = Se você tem medo de voltar ao seu país, diga isso com clareza às autoridades.
in-us-mpp-inside-hold = Em dezembro de 2025, o USCIS (o serviço de imigração dos Estados Unidos) parou as suas decisões sobre pedidos de asilo. Isso pode mudar.
in-us-mpp-inside-help = Procure ajuda jurídica gratuita o quanto antes. Não espere o prazo chegar perto do fim.

## Part 2: returned to Mexico under MPP

in-us-mpp-mpp-heading = Se mandaram você de volta ao México com o MPP (o programa “Permaneça no México”)
in-us-mpp-mpp-what = Com o MPP, você espera no México as datas das suas audiências no tribunal dos Estados Unidos.
in-us-mpp-mpp-dates = Anote todas as datas das suas audiências e guarde os papéis do seu caso. Pergunte a uma organização de assistência jurídica o que fazer se você não puder ir.
in-us-mpp-mpp-uncertain = O MPP voltou em 21 de janeiro de 2025. Não está confirmado como ele funciona hoje nem quem está sendo incluído. Confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.
in-us-mpp-mpp-mexico = O México ofereceu atendimento humanitário às pessoas mandadas de volta. Também disse que tentaria devolvê-las aos seus países.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Pedir asilo também no México
in-us-mpp-apply-consider = Pense em pedir asilo também no México. Com o pedido, o México não pode mandar você de volta para um lugar onde você corre perigo.
in-us-mpp-apply-deadline = Você tem 30 dias úteis, contados a partir do dia útil seguinte à sua chegada ao México.
in-us-mpp-apply-late = Se o prazo já passou, você ainda pode pedir. Explique por que não pôde pedir antes.
in-us-mpp-apply-ask = Pergunte a uma organização de assistência jurídica como isso afeta o seu caso nos Estados Unidos.
in-us-mpp-old-line = Não use o telefone do MPP que circulou em 2021. Ele era do programa anterior.

## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20 and its reform (DOF 16-10-2025);
## LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026); TVRH cards issued (2024-2025
## reports); the temporary CURP (press); for the US: Proclamation 10888 and RAICES v. Noem
## (D.C. Circuit, 24 April 2026), EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), the annual asylum fee for FY2026 (DHS rule, 28-04-2026),
## an attorney's article on US claims from Mexico (the "frivolous" finding).

glossary-title = Palavras para conhecer
glossary-summary = O que querem dizer, em poucas palavras, os termos do asilo no México e nos Estados Unidos.
glossary-intro = Aqui, os termos que aparecem neste guia são explicados com palavras simples.
glossary-mexico-heading = No México
glossary-children-heading = Crianças e adolescentes
glossary-us-heading = Nos Estados Unidos

## Mexico

glossary-comar-term = { -comar } (Comissão Mexicana de Ajuda a Refugiados)
glossary-comar-text = O órgão do governo do México que decide os pedidos de asilo. Ele pode dar a condição de refugiado ou a proteção complementar.
glossary-unhcr-term = { -unhcr } (Alto Comissariado das Nações Unidas para Refugiados)
glossary-unhcr-text = A agência das Nações Unidas para os refugiados. No México, ela informa e orienta quem pede asilo, em help.unhcr.org/mexico.
glossary-inm-term = { -inm } (Instituto Nacional de Migração)
glossary-inm-text = A autoridade de migração do México. Ela entrega o cartão de visitante (TVRH). Onde não há escritório da { -comar }, ela recebe pedidos de asilo.
glossary-constancia-term = Constancia de trámite (comprovante do pedido de asilo)
glossary-constancia-text = O papel que a { -comar } entrega a você quando você pede asilo. Cada familiar que pede com você recebe a sua própria constancia. Segundo a { -comar }, ela só vale no estado onde você fez o pedido.
glossary-tvrh-term = TVRH (cartão de visitante por razões humanitárias)
glossary-tvrh-text-scarce = O cartão que o { -inm } dá a quem pede asilo e apresenta a sua constancia. Com ele, você pode trabalhar. Normalmente vale por 1 ano e pode ser renovado enquanto você espera. Hoje poucos cartões são entregues.
glossary-curp-term = CURP (número pessoal de registro no México)
glossary-curp-text-temporary = O seu número pessoal de registro no México. Quem pede asilo recebe uma CURP temporária depois da constancia. Ela vale até 180 dias e pode ser prorrogada.
glossary-business-days-term = Dias úteis
glossary-business-days-safe-text = Os dias em que os escritórios do governo funcionam. Nunca contam os sábados, os domingos, 1º de janeiro, 1º de maio, 16 de setembro e 25 de dezembro. Não há acordo sobre os outros feriados e os dias em que o escritório fecha. Por segurança, conte esses dias como dias úteis, ou use a data que o { -brand-name } mostra.
glossary-refugee-status-term = Condição de refugiado
glossary-refugee-status-text = A proteção que a { -comar } dá a quem foge da violência generalizada ou da perseguição. A perseguição pode ser por raça, religião, nacionalidade, gênero, grupo social ou opiniões políticas.
glossary-complementary-protection-term = Proteção complementar
glossary-complementary-protection-text = A { -comar } dá essa proteção a quem não é reconhecido como refugiado, mas não pode voltar sem perigo. Ninguém pode mandar essa pessoa para um lugar onde a vida dela corra perigo ou onde ela possa sofrer tortura.
glossary-non-refoulement-term = Não devolução
glossary-non-refoulement-text = A regra de que ninguém pode ser mandado para um lugar onde a sua vida ou a sua liberdade estejam em perigo. No México, ela protege você desde o dia em que você pede asilo.
glossary-abandonment-term = Abandono do pedido
glossary-abandonment-text = Quando a { -comar } encerra o seu pedido porque você não continuou o processo. Isso pode acontecer se você não for assinar ou se sair do estado onde pediu asilo.
glossary-recurso-revision-term = Recurso de revisão (em espanhol, recurso de revisión)
glossary-recurso-revision-text = O recurso contra uma resposta negativa da { -comar }. Ele é apresentado em até 15 dias úteis. O prazo conta a partir do dia em que você recebe a notificação da decisão.
glossary-amparo-term = Amparo (proteção dos seus direitos na Justiça)
glossary-amparo-text-2025 = Um processo diante de um juiz federal para proteger os seus direitos. Contra uma deportação ou um perigo para a sua vida, pode ser pedido a qualquer momento, em qualquer dia e hora. Desde outubro de 2025, as suas regras são mais rígidas: procure um advogado ou uma advogada.
glossary-juicio-nulidad-term = Ação de nulidade (em espanhol, juicio de nulidad)
glossary-juicio-nulidad-text = Um processo no Tribunal Federal de Justiça Administrativa contra uma decisão do governo. Contra uma resposta negativa da { -comar }, é apresentado em até 30 dias úteis. Você precisa de um advogado ou uma advogada.

## Children

glossary-dif-term = DIF (Sistema Nacional para o Desenvolvimento Integral da Família)
glossary-dif-text = O sistema público que protege crianças e famílias no México. Ele analisa a situação das crianças migrantes e, se elas precisarem, encaminha essas crianças à { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección (órgão de proteção de crianças e adolescentes)
glossary-procuraduria-proteccion-text = A autoridade que defende os direitos de crianças e adolescentes. Ela decide o que é melhor para cada criança migrante. As autoridades de migração devem avisá-la imediatamente.

## United States

glossary-proclamation-term = A proclamação da fronteira (janeiro de 2025)
glossary-proclamation-text = Uma ordem do presidente dos Estados Unidos, de 20 de janeiro de 2025, sobre a fronteira sul. O texto dela impede que as pessoas atingidas por ela peçam asilo. Em abril de 2026, um tribunal de apelação disse que o presidente não pode suspender o asilo dessa forma. Não está confirmado o que vale hoje.
glossary-mpp-term = MPP (o programa “Permaneça no México”)
glossary-mpp-text-some = Um programa dos Estados Unidos: algumas pessoas com um caso em um tribunal de imigração desse país devem esperar no México. Ele voltou em 21 de janeiro de 2025. Não está claro a quantas pessoas ele se aplica.
# Proper name: the name of a US government phone app, the same in every language.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = Um aplicativo dos Estados Unidos para agendar um atendimento na fronteira. Ele parou de fazer agendamentos em 20 de janeiro de 2025, e todos os agendamentos foram cancelados.
glossary-expedited-removal-term = Deportação acelerada
glossary-expedited-removal-text = Uma deportação rápida dos Estados Unidos. Pode ser aplicada se você não passar na entrevista de medo crível. Desde janeiro de 2025, ela é usada com mais pessoas.
glossary-credible-fear-term = Medo crível
glossary-credible-fear-text = A primeira entrevista nos Estados Unidos para quem diz ter medo de voltar ao seu país. A pessoa deve mostrar uma “possibilidade significativa” de ter direito ao asilo.
glossary-protected-grounds-term = Motivos protegidos por lei
glossary-protected-grounds-text = Nos Estados Unidos, o asilo exige perseguição por 1 de 5 motivos: raça, religião, nacionalidade, determinado grupo social ou opinião política. O motivo deve ser uma razão central do dano.
glossary-particular-social-group-term = Determinado grupo social
glossary-particular-social-group-text = Um dos 5 motivos protegidos nos Estados Unidos. Por exemplo, algumas mulheres do México que sofreram violência doméstica já receberam asilo por esse motivo.
glossary-one-year-limit-term = Prazo de 1 ano
glossary-one-year-limit-text = Nos Estados Unidos, o asilo deve ser pedido no prazo de 1 ano a partir da sua última chegada ao país. Há exceções se as suas circunstâncias mudaram ou se houve causas extraordinárias.
glossary-i-589-term = Formulário I-589
glossary-i-589-text-2026 = O formulário para pedir asilo nos Estados Unidos. Ele é preenchido em inglês. Custa 100 dólares, mais uma taxa a cada ano em que o caso continua aberto: 102 dólares no ano fiscal de 2026.
glossary-withholding-of-removal-term = Suspensão da deportação (withholding of removal)
glossary-withholding-of-removal-text = Uma proteção dos Estados Unidos que impede que mandem você para o seu país. É preciso mostrar que o mais provável é que persigam você lá. Essa proteção não tem o prazo de 1 ano.
glossary-cat-term = CAT (Convenção contra a Tortura)
glossary-cat-text = Uma proteção dos Estados Unidos para quem corre perigo de tortura por parte de autoridades, ou com o consentimento delas. Essa proteção não tem o prazo de 1 ano.
glossary-frivolous-application-term = Pedido “frívolo”
glossary-frivolous-application-text = Nos Estados Unidos, um pedido de asilo que um juiz ou um agente considera inventado de propósito. Quem recebe essa decisão não pode mais receber nenhum outro benefício de imigração nesse país.

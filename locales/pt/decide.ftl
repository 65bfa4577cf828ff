## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Cir., 24-04-2026); EO 14159,
## EO 14165; DHS on MPP (21-01-2025); INA §208; the annual asylum fee (DHS rule, 28-04-2026);
## leaving the US abandons a pending claim (DHS, 2025-26); LRPCAP arts. 6, 11-13, 20, 24, 48, 49, 51;
## Ley de Migración arts. 52, 74; LGDNNA arts. 89-98; COMAR figures for 2024 (EFE, 11-01-2025);
## TVRH cards issued (2024-2025 reports); TRAC (FY2024); an attorney's article on US claims from Mexico.

decide-title = Ajudamos você a decidir
decide-summary = 6 perguntas para saber quais partes do guia são mais úteis para você.
decide-intro = Responda 6 perguntas curtas. Vamos dizer o que ler primeiro. Isto não é orientação jurídica, e não guardamos as suas respostas.
decide-start = Começar
# Variables:
#   $current (Number) - the number of this question.
#   $total (Number) - how many questions there are.
decide-progress = Pergunta { $current } de { $total }
decide-result-title = O que é bom você saber
# Variables:
#   $date (String) - the date the rules were checked, written out.
decide-policy-date = Regras revisadas em { $date }.
decide-result-note = É uma informação geral para a sua situação, não uma decisão. Cada caso é diferente. Fale com uma organização de assistência jurídica gratuita.
decide-reasons = Por quê
decide-again = Responder de novo

## The six questions

decide-q-us-entry = Você pode entrar legalmente nos Estados Unidos para pedir asilo?
decide-q-us-entry-no = Não. Estou no México ou na fronteira.
decide-q-us-entry-visa = Sim. Tenho um visto ou outra autorização para entrar.
decide-q-us-entry-inside = Já estou dentro dos Estados Unidos.
decide-q-us-entry-mpp = Me mandaram de volta ao México com o programa MPP (“Permaneça no México”) para esperar a minha audiência.
decide-q-support = Você tem família ou pessoas que apoiam você em algum dos dois países?
decide-q-support-mexico = No México
decide-q-support-us = Nos Estados Unidos
decide-q-support-both = Nos dois países
decide-q-support-none = Em nenhum
decide-q-wait = Você pode esperar muito tempo por uma resposta, talvez mais de 1 ano?
decide-q-wait-yes = Sim, posso esperar.
decide-q-wait-no = Não, preciso de uma solução logo.
decide-q-wait-unsure = Não sei.
decide-q-protection = Alguma destas situações é a sua?
decide-q-protection-family-children = Viajo com os meus filhos ou com outras crianças.
decide-q-protection-unaccompanied = Tenho menos de 18 anos e viajo sem os meus pais.
decide-q-protection-violence = Sofri tráfico de pessoas ou violência.
decide-q-protection-none = Nenhuma destas.
decide-q-nationality = De que país você é?
# Proper name: a country.
decide-q-nationality-honduras = Honduras
# Proper name: a country.
decide-q-nationality-cuba = Cuba
decide-q-nationality-haiti = Haiti
# Proper name: a country.
decide-q-nationality-el-salvador = El Salvador
# Proper name: a country.
decide-q-nationality-venezuela = Venezuela
# Proper name: a country.
decide-q-nationality-guatemala = Guatemala
# Proper name: a country.
decide-q-nationality-colombia = Colômbia
decide-q-nationality-mexico = México
decide-q-nationality-other = Outro país
decide-q-settle = Se você receber refúgio ou proteção complementar, gostaria de viver no México?
decide-q-settle-yes = Sim, gostaria.
decide-q-settle-no = Não, não gostaria.
decide-q-settle-unsure = Ainda não sei

## Advice, one block per circumstance
## Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13): advice for a Mexican national
## never points to the COMAR or to a claim in Mexico. Each acronym is glossed at its first use
## in each card, because a card can be shown without the others.

decide-a-at-border-title = Você está no México ou na fronteira
decide-a-at-border-text = As regras do asilo na fronteira sul dos Estados Unidos estão sendo discutidas nos tribunais. Não está confirmado o que vale hoje. Antes de ir, pergunte a uma organização de assistência jurídica. No México, você pode pedir asilo.
decide-a-at-border-reason-cbp-one = O CBP One (o aplicativo dos Estados Unidos para agendar atendimento na fronteira) não faz agendamentos desde 20 de janeiro de 2025.
decide-a-at-border-reason-mexico = No México, você tem 30 dias úteis a partir da sua entrada para pedir asilo. O pedido é feito à Comissão Mexicana de Ajuda a Refugiados ({ -comar }). Se esse prazo já passou, peça mesmo assim.

decide-a-mexican-national-title = Você é do México
decide-a-mexican-national-text = No México, só pessoas estrangeiras podem pedir asilo. Se você está fugindo de um perigo no México, o caminho é pedir proteção em outro país.
decide-a-mexican-national-reason-1 = Para pedir asilo no México, é preciso ser estrangeiro.
decide-a-mexican-national-reason-court-share = No ano fiscal de 2024, os juízes de imigração dos Estados Unidos deram asilo em 16,6% dos casos de mexicanos que decidiram.
decide-a-mexican-national-reason-border = As regras do asilo na fronteira dos Estados Unidos estão sendo discutidas nos tribunais. Não está confirmado o que vale hoje. Fale com uma organização de assistência jurídica antes de fazer planos.

decide-a-visa-title = Você pode entrar legalmente nos Estados Unidos
decide-a-visa-text = Se você entrar com uma autorização, talvez possa pedir asilo lá dentro. Procure ajuda jurídica antes de viajar.
decide-a-visa-reason-1 = Depois de entrar, você tem 1 ano a partir da sua última chegada para pedir asilo, com algumas exceções.
decide-a-visa-reason-fees = O pedido (formulário I-589) é preenchido em inglês e custa 100 dólares. Enquanto ele continua aberto, há uma taxa a cada ano: 102 dólares no ano fiscal de 2026.
decide-a-visa-reason-3 = As regras dos Estados Unidos mudaram muito em 2025 e podem mudar de novo.

decide-a-inside-us-title = Você já está nos Estados Unidos
decide-a-inside-us-text = Talvez você ainda possa pedir asilo. Procure ajuda jurídica o quanto antes.
decide-a-inside-us-reason-1 = Você tem 1 ano a partir da sua última chegada para pedir asilo, com algumas exceções.
decide-a-inside-us-reason-2 = Desde 2025, a deportação acelerada (expedited removal) é aplicada a mais pessoas.
decide-a-inside-us-reason-3 = O limite de 1 ano não vale para outras proteções, como a suspensão da deportação ou a proteção contra a tortura.
decide-a-inside-us-reason-fee = Se você já pediu asilo, pague a taxa anual em até 30 dias depois do aviso. Se não pagar a tempo, o seu pedido é rejeitado e você perde a autorização de trabalho.
decide-a-inside-us-reason-leaving = Se você sair dos Estados Unidos enquanto o seu caso continua aberto, o seu caso é considerado abandonado.

decide-a-mpp-title = Mandaram você de volta ao México com o MPP (o programa “Permaneça no México”)
decide-a-mpp-text = Continue indo às suas audiências nos Estados Unidos. Pense também em pedir asilo no México, para ter uma segunda opção.
decide-a-mpp-reason-some = O MPP voltou em 21 de janeiro de 2025. Com ele, algumas pessoas com um caso nos Estados Unidos esperam no México. Não está claro como ele funciona hoje.
decide-a-mpp-reason-2 = Você pode pedir asilo no México: são 30 dias úteis a partir da sua entrada. Se esse prazo já passou, peça mesmo assim e explique por quê.
decide-a-mpp-reason-state = Se você pedir asilo no México, sair do estado onde fez o pedido é tratado como abandono desse pedido. Ir a uma audiência pode obrigar você a sair desse estado.
decide-a-mpp-reason-travel = Antes de viajar para uma audiência, fale com uma organização de assistência jurídica. Se precisar sair do estado, peça antes, por escrito, para continuar o seu caso em outro estado. Esse pedido é feito à Comissão Mexicana de Ajuda a Refugiados ({ -comar }).

decide-a-us-hearings-title = Você tem um caso nos Estados Unidos
decide-a-us-hearings-text = Continue indo a todas as suas audiências nos Estados Unidos. Anote as datas e guarde os papéis do seu caso.
decide-a-us-hearings-reason-help = Antes de viajar para uma audiência, fale com uma organização de assistência jurídica.
decide-a-us-hearings-reason-rules = As regras dos Estados Unidos mudaram em 2025 e 2026, e podem mudar de novo.

decide-a-us-border-rules-title = Crianças e vítimas na fronteira dos Estados Unidos
decide-a-us-border-rules-text = O texto da proclamação de 2025 sobre a fronteira sul não faz exceção para crianças. Nem para vítimas de tráfico de pessoas ou de violência.

decide-a-family-children-title = Você viaja com crianças
decide-a-family-children-text-protections = Se vocês pedirem asilo no México, as crianças têm proteções especiais.
decide-a-family-children-reason-detention = A lei diz que as crianças não devem ficar presas em estações migratórias.
decide-a-family-children-reason-law = A lei diz que cada criança deve receber a sua própria constancia, o papel que comprova o pedido. Também diz que ela deve receber um cartão de visitante gratuito, sem precisar de documentos. Na prática, poucos cartões são emitidos.

decide-a-unaccompanied-title = Você tem menos de 18 anos e viaja sem os seus pais
decide-a-unaccompanied-text = No México, a lei dá a você uma proteção especial. Peça ajuda ao DIF (o sistema público que protege crianças e adolescentes). Também pode pedir ao { -unhcr } (a agência das Nações Unidas para os refugiados).
decide-a-unaccompanied-reason-1 = A Procuraduría de Protección (o órgão que defende os direitos das crianças) deve ser avisada imediatamente. Ela decide o que é melhor para você.
decide-a-unaccompanied-reason-2 = Você tem direito a um intérprete, a um advogado e a alguém que represente você. Tudo é gratuito.
decide-a-unaccompanied-reason-detention = A lei diz que ninguém deve prender você em uma estação migratória. Você deve ficar em um lugar separado dos adultos.
decide-a-unaccompanied-reason-comar = Se você precisar de proteção como refugiado, o DIF encaminha você à Comissão Mexicana de Ajuda a Refugiados ({ -comar }).

decide-a-unaccompanied-mexican-text = Você não precisa decidir sem ajuda. Peça ajuda antes de continuar a sua viagem.
decide-a-unaccompanied-mexican-reason-dif = O DIF (o sistema público que protege crianças e famílias no México) pode ajudar você.
decide-a-unaccompanied-mexican-reason-legal = Uma organização de assistência jurídica gratuita pode explicar as suas opções.

decide-a-violence-title = Você sofreu tráfico de pessoas ou violência
decide-a-violence-text = Você pode pedir proteção no México. Procure apoio em uma organização ou no { -unhcr } (a agência das Nações Unidas para os refugiados).
decide-a-violence-reason-1 = No México, a violência de gênero e a violência generalizada podem ser motivos para pedir asilo.
decide-a-violence-reason-2 = Os seus dados são confidenciais, e você pode receber ajuda se for uma pessoa vulnerável.
decide-a-violence-reason-evidence = Guarde em um lugar seguro as provas que você tiver, como denúncias ou laudos médicos.

decide-a-violence-mexican-text = O que aconteceu com você importa. Se você pensa em pedir asilo em outro país, procure antes ajuda jurídica gratuita.
decide-a-violence-mexican-reason-grounds = Nos Estados Unidos, o dano deve ter como razão central um de 5 motivos. Por exemplo, a sua opinião política ou o seu grupo social.
decide-a-violence-mexican-reason-general = Muitos pedidos não dão certo porque o dano é visto como violência geral, que atinge muita gente no país.

decide-a-support-mexico-title = Você tem família ou apoio no México
decide-a-support-mexico-text = Isso pode facilitar o começo de uma vida nova no México.
decide-a-support-mexico-reason-work-scarce = O cartão de visitante por razões humanitárias (TVRH) permite trabalhar, mas hoje poucos cartões são entregues.
decide-a-support-mexico-reason-2 = Com o refúgio ou a proteção complementar, você recebe a residência permanente.

decide-a-support-us-title = Você tem família ou apoio nos Estados Unidos
decide-a-support-us-text = Ter família lá não muda as regras da fronteira. Pergunte a uma organização de assistência jurídica quais opções você tem.
decide-a-support-us-reason-spouse = Um pedido de asilo nos Estados Unidos pode incluir o seu cônjuge e os seus filhos solteiros menores de 21 anos. Uma pessoa com quem você não é casado ou casada não pode ser incluída.
decide-a-support-us-reason-2 = As regras dos Estados Unidos mudaram em 2025 e podem mudar de novo.

decide-a-cannot-wait-title = Você precisa de uma solução logo
decide-a-cannot-wait-text-both-long = Nos dois países, a espera é longa. No México, o cartão que permite trabalhar é difícil de conseguir.
decide-a-cannot-wait-reason-1 = A lei dá à Comissão Mexicana de Ajuda a Refugiados ({ -comar }) 45 dias úteis para decidir, mas muitas pessoas esperam muito mais.
decide-a-cannot-wait-reason-cards = O cartão de visitante (TVRH) permite trabalhar, mas poucos cartões são entregues. Dois relatórios contam 4.129 cartões no primeiro semestre de 2025.

decide-a-nationality-title = A sua nacionalidade
decide-a-nationality-text = Cada caso é decidido separadamente, não só pelo país. Ninguém pode prometer um resultado a você.
decide-a-nationality-reason-1 = Em 2024, a Comissão Mexicana de Ajuda a Refugiados ({ -comar }) decidiu 33.844 casos, e 74% foram positivos.
decide-a-nationality-reason-2 = Em 2024, os países de onde vieram mais pedidos de asilo no México foram Honduras, Cuba e Haiti.

decide-a-settle-yes-title = Você quer ficar no México
decide-a-settle-yes-text = Com o refúgio ou a proteção complementar, você recebe a residência permanente e pode morar onde quiser no México.
decide-a-settle-yes-reason-1 = Você só precisa avisar quando mudar de endereço.
decide-a-settle-yes-reason-2 = Um Programa de Integração Local ajuda algumas pessoas que já receberam proteção a encontrar trabalho e a se mudar.

decide-a-settle-undecided-title = Você não tem certeza se quer ficar no México
decide-a-settle-undecided-text-conditions = Pedir asilo no México protege você enquanto decide, se você ficar no estado onde fez o pedido e for assinar. Fale sobre os seus planos com uma organização de assistência jurídica.
decide-a-settle-undecided-reason-1 = Desde que você apresenta o seu pedido, o México não pode mandar você para um lugar onde você corre perigo.
decide-a-settle-undecided-reason-2 = Se você viajar para o seu país depois de receber refúgio ou proteção complementar, pode perder a proteção.

decide-a-legal-help-title = Procure ajuda jurídica gratuita
decide-a-legal-help-text = Este guia informa, mas não conhece o seu caso. Uma pessoa especializada pode ajudar você sem cobrar.
decide-a-legal-help-reason-1 = O { -unhcr } (a agência das Nações Unidas para os refugiados) e várias organizações dão ajuda jurídica gratuita.
decide-a-legal-help-reason-2 = As regras mudam com frequência, principalmente nos Estados Unidos.

## Reasons shared by several cards

# Protection in Mexico lasts while the person stays in the state of the claim and keeps signing
# (COMAR's limits on the constancia; Reglamento art. 24).
decide-a-reason-stay-and-sign = A sua proteção no México continua enquanto você ficar no estado onde pediu asilo e for assinar.

## Errors of the decision helper

# Variables:
#   $question (String) - the question's key as typed.
error-decide-unknown-question = A pergunta “{ $question }” não existe.
# Variables:
#   $question (String) - the question's key.
#   $answer (String) - the answer as typed.
#   $answers (String) - the possible answers, separated by commas.
error-decide-unknown-answer = “{ $answer }” não é uma resposta para “{ $question }”. Respostas possíveis: { $answers }.
# Variables:
#   $question (String) - the question's key.
error-decide-missing = Falta responder à pergunta “{ $question }”.

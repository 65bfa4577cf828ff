## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51, 57 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20
## and its reform (DOF 16-10-2025); the SCJN on late claims (AR 353/2019, 399/2019);
## the UNHCR Mexico help page (11 March 2026); COMAR offices in Naucalpan and Tapachula (press, 2025);
## signing in practice (press, 2025); TVRH cards issued (2024-2025 reports); the temporary CURP (press).

mexico-steps-title = Como pedir asilo no México, passo a passo
mexico-steps-summary = Os passos para pedir asilo: o prazo, a constancia, o cartão, a entrevista, a decisão e o recurso.
mexico-steps-intro-decides = No México, a Comissão Mexicana de Ajuda a Refugiados ({ -comar }) decide quem recebe refúgio ou proteção complementar. O pedido é gratuito. Você pode fazer o pedido por escrito ou falando.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Peça asilo nos primeiros 30 dias úteis
mexico-steps-deadline-count = Você tem 30 dias úteis para apresentar o seu pedido.
mexico-steps-deadline-start = A contagem começa no dia útil seguinte ao dia em que você entrou no México.
mexico-steps-deadline-business-days-safe = Sábados e domingos nunca contam. Também não contam 1º de janeiro, 1º de maio, 16 de setembro e 25 de dezembro. Não há acordo sobre os outros feriados e os dias em que o escritório fecha. Por segurança, conte esses dias como dias úteis, ou use a data que o { -brand-name } mostra.
mexico-steps-deadline-impossible = Você não pôde pedir antes? Por exemplo, porque foi sequestrado, estava em um hospital ou estava detido. Nesse caso, os dias contam a partir do momento em que você pôde fazer o pedido.
mexico-steps-deadline-sur-place = Às vezes, o perigo aparece quando você já está no México. Por exemplo, por causa de uma mudança no seu país. Nesse caso, os dias contam a partir do momento em que você ficou sabendo.
mexico-steps-deadline-proof = Explique o que impediu você e entregue as provas que tiver, como papéis do hospital. A Suprema Corte do México disse que não se devem exigir provas rígidas demais.
mexico-steps-deadline-late = Se o prazo já passou, peça asilo mesmo assim. Explique por que não pôde pedir antes. A { -comar } vai perguntar os seus motivos.
mexico-steps-deadline-representative = Se outra pessoa apresentar o pedido por você, você deve confirmá-lo pessoalmente em até 3 dias úteis.

## Step 2: where to apply

mexico-steps-where-heading = 2. Onde apresentar o pedido
mexico-steps-where-offices = A { -comar } tem escritórios nestas cidades:
mexico-steps-where-office-cdmx = Cidade do México
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-naucalpan = Naucalpan (Estado de México)
mexico-steps-where-office-chiapas = Tapachula e Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-veracruz = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-baja-california = Tijuana (Baja California)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-busy = Em Tapachula, a { -comar } atende só no Centro Multiservicios. Em Naucalpan, que atende a região da Cidade do México, as filas são muito longas. Os endereços estão no tema “Onde encontrar ajuda”.
mexico-steps-where-elsewhere = Em outros lugares, você pode pedir asilo em um escritório do Instituto Nacional de Migração ({ -inm }). Também pode pedir se estiver em uma estação migratória (centro de detenção de migrantes).
mexico-steps-where-check = Os escritórios e os horários mudam. Antes de ir, confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.

## What the law asks for, and what to do if an office asks for more

mexico-steps-where-rules = Para pedir asilo, a lei só exige três coisas: ser estrangeiro, estar no México e fazer o pedido, por escrito ou falando.
mexico-steps-where-no-id = Alguns escritórios exigem documento de identidade ou comprovante de endereço para receber o pedido. Isso vai além das regras. Diga com calma que a lei não pede isso. Se mesmo assim não receberem o seu pedido, peça ajuda ao { -unhcr } ou a uma organização de assistência jurídica.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Receba a sua constancia
mexico-steps-constancia-what = A { -comar } entrega a você um papel que comprova o seu pedido: a constancia de trámite. Cada familiar que pede asilo com você recebe a sua.
mexico-steps-constancia-protections = A partir do dia em que você apresenta o pedido:
mexico-steps-constancia-no-return = O México não pode mandar você de volta para um lugar onde a sua vida ou liberdade estejam em perigo.
mexico-steps-constancia-no-consulate = Ninguém avisa o consulado do seu país.
mexico-steps-constancia-no-penalty = Você não recebe punição por ter entrado sem documentos. O processo migratório contra você é interrompido.
mexico-steps-constancia-keep = Ande sempre com a sua constancia.
mexico-steps-consulate-not-go = Você não precisa ir ao consulado do seu país, e é melhor não ir. Isso vale enquanto você espera e também se o seu pedido for aceito.
mexico-steps-consulate-apostille = Depois que o seu pedido for aceito, algum procedimento no México pode pedir um documento do seu país com apostila. A apostila é um carimbo oficial que valida o documento. A lei permite dispensar essa apostila. Pergunte a uma organização de assistência jurídica como fazer isso.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Fique no estado onde você fez o pedido
mexico-steps-state-valid = Segundo a { -comar }, a constancia só vale no estado onde você pediu asilo. Ela não serve para viajar pelo país.
mexico-steps-state-abandoned = Se você sair desse estado, o seu pedido pode ser considerado abandonado.
mexico-steps-state-move = Se você precisar se mudar, peça por escrito para continuar o seu processo em outro estado. Esse pedido é gratuito.

## Step 5: signing

mexico-steps-signing-heading = 5. Vá assinar
mexico-steps-signing-what = Enquanto espera, você deve ir assinar na { -comar } ou no { -inm } no dia marcado para você.
mexico-steps-signing-dates = O regulamento diz que é toda semana. Na prática, cada escritório tem o seu ritmo: na Cidade do México, há relatos de assinaturas a cada 10 dias, mais ou menos. Anote a data que o seu escritório der a você.
mexico-steps-signing-missed = Se você não for assinar, o seu pedido pode ser considerado abandonado.
mexico-steps-signing-closed = Quando a { -comar } fecha, por exemplo nas férias, não há assinaturas.
mexico-steps-signing-shut = Se você encontrar o escritório fechado no dia da sua assinatura, tire uma foto do aviso ou da porta, com a data. Volte no primeiro dia em que ele abrir. Se criarem problemas para você, peça ajuda jurídica.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Peça o seu cartão de visitante (TVRH) e o seu número de registro (CURP)
mexico-steps-card-what = Com a sua constancia, peça no { -inm } o cartão de visitante por razões humanitárias (TVRH).
mexico-steps-card-work = Com esse cartão, você pode trabalhar no México.
mexico-steps-card-valid = Normalmente ele vale por 1 ano. Você pode renová-lo enquanto espera a decisão.
mexico-steps-card-scarce = Mas hoje poucos cartões são entregues. Dois relatórios contam 4.129 no primeiro semestre de 2025. Outro conta só 618 em todo o ano de 2024, contra 94.829 em 2023.
mexico-steps-card-curp-temporary = Depois da constancia, você recebe uma CURP temporária. Ela vale até 180 dias corridos e pode ser prorrogada. Se o seu pedido for aceito, você recebe uma CURP permanente.
mexico-steps-card-curp-biometric = Há informações diferentes sobre se as pessoas estrangeiras precisam da nova CURP biométrica, com impressões digitais e foto. Isso não está confirmado.
mexico-steps-card-documents-intro = Para o cartão, costumam pedir:

## Step 7: the interview

mexico-steps-interview-heading = 7. A entrevista
mexico-steps-interview-what = A { -comar } vai fazer uma entrevista presencial com você. Vão perguntar por que você saiu do seu país.
mexico-steps-interview-interpreter = Você tem direito a um intérprete.
mexico-steps-interview-lawyer = Um advogado ou uma advogada pode acompanhar você.
mexico-steps-interview-evidence = Você pode entregar provas até o dia da decisão.
mexico-steps-interview-truth = Diga a verdade sobre quem você é e por que saiu. Dê todos os detalhes que puder.

## Step 8: the decision

mexico-steps-decision-heading = 8. A decisão
mexico-steps-decision-deadline = A lei dá à { -comar } 45 dias úteis para decidir.
mexico-steps-decision-extension = A { -comar } pode prorrogar esse prazo uma única vez, por mais 45 dias úteis.
mexico-steps-decision-reality = Na prática, muitas pessoas esperam muito mais.
mexico-steps-decision-outcomes = A decisão pode ser:
mexico-steps-decision-refugee = Condição de refugiado.
mexico-steps-decision-complementary = Proteção complementar. A { -comar } deve analisá-la na mesma decisão, se não reconhecer você como refugiado.
mexico-steps-decision-denial = Pedido negado. Você pode recorrer (passo 9).
mexico-steps-decision-residence = Com a condição de refugiado ou com a proteção complementar, você recebe a residência permanente.

## Step 9: appeal, and the courts

mexico-steps-appeal-heading = 9. Se a resposta for não: recorra
mexico-steps-appeal-deadline = Você tem 15 dias úteis para apresentar um recurso de revisão (em espanhol, recurso de revisión). O prazo conta a partir do dia em que você recebe a notificação da decisão.
mexico-steps-appeal-where = O recurso é apresentado à autoridade que decidiu. Quem julga o recurso é o superior dessa autoridade.
mexico-steps-appeal-courts-intro = Também há dois caminhos na Justiça. Quem deve apresentá-los é um advogado ou uma advogada:
mexico-steps-appeal-nulidad = Ação de nulidade (em espanhol, juicio de nulidad), um processo para anular a decisão, no Tribunal Federal de Justiça Administrativa: 30 dias úteis a partir da notificação da decisão.
mexico-steps-appeal-amparo = Amparo, um processo diante de um juiz federal para proteger os seus direitos: em geral, 15 dias úteis. Contra uma deportação ou um perigo para a sua vida, pode ser pedido a qualquer momento, em qualquer dia e hora.
mexico-steps-appeal-amparo-reform = A Lei de Amparo mudou em outubro de 2025, e as suas regras agora são mais rígidas. Para qualquer amparo, procure um advogado ou uma advogada.
mexico-steps-appeal-courts-today = Esses prazos são curtos. Procure ajuda jurídica gratuita no mesmo dia em que receber a notificação da resposta negativa.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Os seus direitos e a sua família
mexico-steps-rights-waiting = Enquanto espera, você tem direito a informação gratuita e a ajuda, se for uma pessoa vulnerável. Também tem direito a que os seus dados fiquem em segredo.
mexico-steps-rights-family = O seu cônjuge ou a pessoa com quem você vive como casal pode receber a mesma proteção. Os seus filhos e outros familiares que dependem de você também podem.
mexico-steps-rights-family-proof = Se faltarem documentos da família, você pode provar o parentesco de outras formas.
mexico-steps-rights-children-law = A lei diz que as crianças não devem ficar presas em estações migratórias.
mexico-steps-rights-refugee = Se você for reconhecido como refugiado, tem direito a saúde, educação e trabalho. Também tem direito a um documento de viagem e a pedir que a sua família se junte a você.
mexico-steps-rights-complementary = Se você receber proteção complementar, não está confirmado que possa pedir que a sua família se junte a você. Pergunte a uma organização de assistência jurídica.
mexico-steps-rights-travel-home = Se você viajar para o seu país, deve avisar. Essa viagem pode fazer você perder a proteção.

## Step 11: local integration

mexico-steps-integration-heading = 11. Depois: o Programa de Integração Local
mexico-steps-integration-what = Existe um Programa de Integração Local. Ele ajuda algumas pessoas que já receberam proteção no México a encontrar trabalho e a se mudar para outra cidade. Pergunte ao { -unhcr } se você pode participar.

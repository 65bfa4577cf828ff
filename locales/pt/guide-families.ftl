## Guide topic: children and families.
## Facts from LRPCAP arts. 6, 12, 20, 22; Ley de Migración arts. 52 V(b), 74;
## LGDNNA arts. 89, 92, 95, 96, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

families-title = Crianças e famílias
families-summary = Proteção para as famílias e para as crianças que pedem asilo no México, também quando viajam sozinhas.
families-intro = Se você pedir asilo com a sua família, cada pessoa fica protegida. As crianças têm direitos especiais no México.

## Applying as a family

families-together-heading = Pedir asilo em família
families-together-tell = Diga à Comissão Mexicana de Ajuda a Refugiados ({ -comar }) quem está com você.
families-together-constancia = A constancia é o papel que comprova o pedido de asilo. Cada filho ou filha que pede asilo com você recebe a sua, como familiar que depende de você.
families-together-who = O seu cônjuge ou a pessoa com quem você vive como casal pode receber a mesma proteção. Os seus filhos e outros familiares que dependem de você financeiramente também podem. Eles precisam estar no México.
families-together-proof = Se você não tiver certidões de nascimento ou de casamento, pode provar o parentesco de outras formas. Leve as provas que tiver.

## No detention for children

families-detention-heading-law = O que a lei diz sobre crianças e detenção
families-detention-text = A lei diz que as crianças que pedem asilo nunca devem ficar presas em uma estação migratória (centro de detenção de migrantes).
families-detention-help = Se uma criança estiver presa em uma estação migratória, peça ajuda jurídica gratuita imediatamente. Você pode pedir ao { -unhcr } (a agência das Nações Unidas para os refugiados) ou a uma organização de assistência jurídica.

## The visitor card for children

families-card-heading = O cartão de visitante (TVRH) para crianças
families-card-intro = Toda criança migrante tem direito ao cartão TVRH. Ela recebe o cartão enquanto a Procuraduría de Protección decide o que é melhor para ela. Esse é o órgão que defende os direitos das crianças.
families-card-immediate = O cartão é entregue na hora.
families-card-free = É gratuito.
families-card-no-documents = Não é preciso nenhum documento.
families-card-curp = Vem com uma CURP (o número pessoal de registro no México).
families-card-adults = Para os adultos, o cartão TVRH exige documentos. Veja o tema sobre os passos para pedir asilo no México.

## Children travelling alone

families-alone-heading = Crianças que viajam sozinhas
families-alone-intro = Às vezes, uma criança viaja sem os pais e sem outro adulto que cuide dela. A lei do México protege essa criança assim:
families-alone-notify = As autoridades de migração devem avisar imediatamente a Procuraduría de Protección.
families-alone-best-interest = A Procuraduría de Protección decide o que é melhor para essa criança.
families-alone-no-return = Ninguém pode mandar a criança de volta para o seu país sem antes analisar os riscos que ela corre lá.
families-alone-dif = O DIF (o sistema público que protege crianças e famílias) deve proteger a criança.
families-alone-help = A criança tem direito a um intérprete, a um advogado ou uma advogada e a alguém que a represente. Tudo é gratuito.
families-alone-housing = A criança deve morar em um lugar separado dos adultos.
families-alone-non-refoulement = A criança não pode ser mandada para um lugar onde a sua vida ou a sua liberdade estejam em perigo.
families-alone-comar = O DIF analisa a situação da criança. Se ela precisar de proteção como refugiada, o DIF a encaminha à { -comar }.
families-alone-you = Se você tem menos de 18 anos e viaja sozinho ou sozinha, pode pedir ajuda ao DIF ou ao { -unhcr }. Você não precisa fazer tudo sem ajuda.

## The United States

families-us-heading = E nos Estados Unidos?
families-us-text-proclamation = O texto da proclamação de 2025 sobre a fronteira sul não faz nenhuma exceção. Nem para as crianças, nem para as famílias. Não está confirmado o que vale hoje.
families-us-change = Há processos na Justiça sobre essas regras, e elas podem mudar. Antes de decidir, peça informações atualizadas ao { -unhcr } ou a uma organização de assistência jurídica.

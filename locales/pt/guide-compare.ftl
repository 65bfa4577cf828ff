## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Circuit, 24 April 2026);
## EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025); reports on the end of CBP One;
## the USCIS hold as reported on 2 April 2026; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## the annual asylum fee for FY2026 (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## TVRH cards issued (2024-2025 reports); COMAR figures reported by EFE (11 January 2025).
## Background: VisaVerge (2025).

compare-title = México e Estados Unidos, lado a lado
compare-summary = Quem pode pedir asilo, onde, quanto tempo demora, quanto custa e como foi para outras pessoas.
compare-intro = Esta tabela resume o principal de cada país. As regras dos Estados Unidos mudam com frequência. Confirme antes de decidir.

## The table

compare-table-caption = Pedir asilo nos Estados Unidos e no México
compare-col-us = Nos Estados Unidos
compare-col-mexico = No México

compare-row-who = Quem pode pedir
compare-us-who-ruling = Na fronteira sul, as regras estão sendo discutidas nos tribunais. Não está confirmado o que vale hoje. Quem já está dentro do país talvez possa.
compare-mx-who = Qualquer pessoa estrangeira que esteja no México.

compare-row-where = Onde
compare-us-where-unclear = Na fronteira sul, não está claro. O CBP One (o aplicativo para agendar atendimento) não faz mais agendamentos. Dentro do país, no USCIS (o serviço de imigração) ou diante de um juiz.
compare-mx-where = Em um escritório da Comissão Mexicana de Ajuda a Refugiados ({ -comar }) ou do Instituto Nacional de Migração ({ -inm }). Também em uma estação migratória (centro de detenção de migrantes).

compare-row-process = O processo
compare-us-process = O formulário I-589, em inglês, com provas traduzidas. Depois, entrevista ou audiência diante de um juiz.
compare-mx-process = Pedido à { -comar }, constancia (comprovante do pedido), assinaturas regulares, entrevista e decisão.

compare-row-time = Tempo
compare-us-time-no-estimate = Não se conhece um tempo de espera confiável. Desde março de 2026, o USCIS decide alguns casos. Mas os casos de pessoas de cerca de 40 países continuam em pausa.
compare-mx-time = A lei dá 45 dias úteis, com uma prorrogação possível. Na prática, a espera é muito maior.

compare-row-status = Enquanto espera
compare-us-status-some = Com o MPP (o programa “Permaneça no México”), algumas pessoas esperam no México. Dentro do país, algumas correm risco de deportação acelerada. Se você sair do país com o caso aberto, o caso é considerado abandonado.
compare-mx-status-stay-sign-if-card = A constancia e, se você conseguir, o cartão de visitante por razões humanitárias (TVRH): poucos são emitidos. Você deve ficar no estado onde pediu asilo e continuar indo assinar.

compare-row-work = Trabalho
compare-us-work-18-months = É preciso uma autorização de trabalho separada. A primeira custa 550 dólares. Desde dezembro de 2025, ela dura no máximo 18 meses.
compare-mx-work-scarce = Sim, com o cartão de visitante (TVRH). Mas hoje poucos cartões são entregues.

compare-row-cost = Custo
compare-us-cost-notice = 100 dólares ao apresentar o I-589. Os pedidos apresentados desde outubro de 2024 também têm uma taxa anual: 102 dólares no ano fiscal de 2026. Se o USCIS mandar um aviso, pague em até 30 dias, ou o seu pedido é rejeitado. Não há isenção.
compare-mx-cost = Gratuito.

compare-row-chances = Resultados anteriores
compare-us-chances = Ano fiscal de 2024: os juízes deram asilo em 16,6% dos casos de mexicanos. Agosto de 2025: 19,2%, todas as nacionalidades.
compare-mx-chances = Em 2024, a { -comar } decidiu 33.844 casos. Em 74% deles, a resposta foi positiva.

compare-row-integration = Apoio para se integrar
compare-us-integration = Limitado, principalmente para quem espera no México com o MPP.
compare-mx-integration = Residência permanente, se você receber refúgio ou proteção complementar. Programa de Integração Local para algumas pessoas reconhecidas.

## After the table

compare-past = Os números mostram resultados do passado. Eles não dizem o que vai acontecer no seu caso: cada caso é diferente.

## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem (D.D.C. 25-cv-306);
## USCIS PM-602-0192 (2 December 2025); COMAR figures reported by EFE (11 January 2025);
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = Onde posso pedir asilo agora?
where-now-summary = O que acontece na fronteira dos Estados Unidos desde 2025 e quem pode pedir asilo no México.
where-now-intro = Desde janeiro de 2025, pedir asilo na fronteira sul dos Estados Unidos é quase impossível. Por isso, muitas pessoas pedem asilo no México.

## The United States

where-now-us-heading = Na fronteira dos Estados Unidos
where-now-us-proclamation = Em 20 de janeiro de 2025, o presidente dos Estados Unidos assinou uma proclamação sobre a fronteira sul. Segundo o texto dela, essa proclamação:
where-now-us-entry = Suspende a entrada de muitas pessoas pela fronteira sul.
where-now-us-bar = Impede que as pessoas atingidas por ela peçam asilo.
where-now-us-info = Também fecha a passagem para quem não pode dar informações suficientes sobre a sua saúde ou os seus antecedentes criminais.
where-now-us-orders = Outras duas ordens do presidente deixaram as regras ainda mais duras:
where-now-us-cbp-one = O CBP One (um aplicativo do governo dos Estados Unidos para agendar atendimento) não faz mais agendamentos. Os agendamentos terminaram em 20 de janeiro de 2025. Todos os que já tinham sido feitos foram cancelados.
where-now-us-mpp = O MPP (o programa “Permaneça no México”) voltou em 21 de janeiro de 2025. Com o MPP, algumas pessoas esperam no México as suas audiências nos Estados Unidos. Não está confirmado se hoje pessoas novas estão sendo incluídas.
where-now-us-removal = A deportação acelerada (expedited removal) foi ampliada dentro dos Estados Unidos.
where-now-us-hold = Em dezembro de 2025, o USCIS (o serviço de imigração dos Estados Unidos) parou as suas decisões sobre pedidos de asilo (formulário I-589).

## The courts

where-now-court-heading = O que dizem os tribunais
where-now-court-ruling = Em 2 de julho de 2025, um juiz federal decidiu que a proclamação era ilegal.
where-now-court-appeal = Depois, um tribunal de apelação reduziu o alcance dessa decisão.
where-now-court-unclear = Não está confirmado quais regras valem hoje. Antes de ir para a fronteira, pergunte a uma organização de assistência jurídica.

## Mexico

where-now-mx-heading = No México
where-now-mx-numbers = O México recebe muito mais pedidos de asilo do que antes:
where-now-mx-2023 = Em 2023: 140.720 pedidos, o número mais alto até agora.
where-now-mx-2024 = Em 2024: 78.975 pedidos.
where-now-mx-2025 = Em 2025: o número do ano inteiro ainda não está confirmado.
where-now-mx-comar = No México, a Comissão Mexicana de Ajuda a Refugiados ({ -comar }) decide quem recebe a condição de refugiado ou a proteção complementar.
where-now-mx-who = Qualquer pessoa estrangeira que esteja no México pode pedir asilo.
where-now-mx-how = Você pode fazer o pedido por escrito ou falando.
where-now-mx-free = É gratuito.
where-now-mx-deadline = Você tem 30 dias úteis, contados a partir do dia útil seguinte à sua entrada. Se o prazo já passou, peça mesmo assim e explique por quê.
where-now-mx-steps = Os passos estão no tema “Como pedir asilo no México, passo a passo”.

## Changes

where-now-changes = Essas regras mudam com frequência, principalmente nos Estados Unidos. O que você lê aqui pode ter mudado. Confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.

## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem
## (D.D.C. 25-cv-306; D.C. Circuit, 24 April 2026); the USCIS hold as reported on 2 April 2026;
## COMAR figures reported by EFE (11 January 2025) and press figures for mid-2025;
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = Onde posso pedir asilo agora?
where-now-summary = O que acontece na fronteira dos Estados Unidos desde 2025 e quem pode pedir asilo no México.
where-now-intro-rules = Desde janeiro de 2025, os Estados Unidos mudaram as suas regras para pedir asilo na fronteira sul. Essas regras estão sendo discutidas nos tribunais. Muitas pessoas pedem asilo no México.

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
where-now-us-hold-2026 = Em 30 de março de 2026, o USCIS (o serviço de imigração dos Estados Unidos) voltou a decidir alguns pedidos de asilo. Mas os casos de pessoas de cerca de 40 países continuam em pausa. É provável que entre eles estejam Cuba, Haiti e Venezuela.

## The courts

where-now-court-heading = O que dizem os tribunais
where-now-court-ruling = Em 2 de julho de 2025, um juiz federal decidiu que a proclamação era ilegal.
where-now-court-appeal-narrowed = Depois, um tribunal de apelação reduziu o alcance dessa decisão.
where-now-court-ruling-2026 = Em 24 de abril de 2026, um tribunal de apelação decidiu sobre a proclamação. Ele disse que o presidente não pode suspender dessa forma os pedidos de asilo. Também disse que o presidente não pode criar o seu próprio processo de deportação.
where-now-court-protections = O tribunal também disse que continuam disponíveis duas proteções: a suspensão da deportação (withholding of removal) e a proteção da Convenção contra a Tortura (CAT).
where-now-court-review = O governo disse que pediria uma nova revisão. Segundo a imprensa, não houve uma mudança imediata na fronteira.
where-now-court-unclear = Não está confirmado quais regras valem hoje. Antes de ir para a fronteira, pergunte a uma organização de assistência jurídica.

## Mexico

where-now-mx-heading = No México
where-now-mx-numbers = O México recebe muito mais pedidos de asilo do que antes:
where-now-mx-2023 = Em 2023: 140.720 pedidos, o número mais alto até agora.
where-now-mx-2024 = Em 2024: 78.975 pedidos.
where-now-mx-2025 = Em 2025: o número do ano inteiro ainda não está confirmado.
where-now-mx-2025-daily = Em meados de 2025, chegavam cerca de 250 pedidos novos por dia.
where-now-mx-comar = No México, a Comissão Mexicana de Ajuda a Refugiados ({ -comar }) decide quem recebe a condição de refugiado ou a proteção complementar.
where-now-mx-who = Qualquer pessoa estrangeira que esteja no México pode pedir asilo.
where-now-mx-how = Você pode fazer o pedido por escrito ou falando.
where-now-mx-free = É gratuito.
where-now-mx-deadline = Você tem 30 dias úteis, contados a partir do dia útil seguinte à sua entrada. Se o prazo já passou, peça mesmo assim e explique por quê.
where-now-mx-steps = Os passos estão no tema “Como pedir asilo no México, passo a passo”.

## Changes

where-now-changes = Essas regras mudam com frequência, principalmente nos Estados Unidos. O que você lê aqui pode ter mudado. Confirme com o { -unhcr } (a agência das Nações Unidas para os refugiados) ou com uma organização de assistência jurídica.

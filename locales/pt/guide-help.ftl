## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## the COMAR offices in Naucalpan (press, January 2025) and Tapachula (press, March and September 2025);
## UNHCR's office closures (press, May 2025); press reports on Asylum Access México, Sin Fronteras IAP,
## IMUMI, the Casas del Migrante, MSF; the ICRC family-links service.
## No phone number is verified, so none is given.

help-title = Onde encontrar ajuda
help-summary-legal-first = Onde encontrar ajuda: ajuda jurídica gratuita, os escritórios onde você pode pedir asilo, atendimento médico e lugares para ficar.
help-intro = Aqui você encontra escritórios e organizações que podem ajudar você. Os dados deles mudam com frequência. Antes de ir, confirme se continuam abertos.
help-phones = Este guia não dá nenhum número de telefone, porque nenhum foi verificado. Circula uma linha de 2021 para o programa “Permaneça no México” (MPP): não use, ela é antiga.

## COMAR offices

help-comar-heading = Escritórios da Comissão Mexicana de Ajuda a Refugiados ({ -comar })
help-comar-intro = Segundo a página de ajuda do { -unhcr } (a agência das Nações Unidas para os refugiados), a { -comar } tem escritórios em:
help-comar-cdmx = Cidade do México: Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. De segunda a sexta-feira, das 9:00 às 18:00.
help-comar-naucalpan = Naucalpan (Estado de México): Av. Los Remedios 21, Col. San Luis Tlatilco. De segunda a sexta-feira, das 9:00 às 15:00. É um escritório principal para a região da Cidade do México, e as filas são muito longas.
help-comar-tapachula-only = Tapachula (Chiapas): só no Centro Multiservicios, no Libramiento Sur, aberto desde 28 de março de 2025. Os outros escritórios de Tapachula fecharam em 29 de setembro de 2025. Se você for pela primeira vez, o horário é das 7:00 às 15:00.
# Proper name: a city and its state, the same in every language.
help-comar-palenque = Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
help-comar-tenosique = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
help-comar-oluta = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
help-comar-guadalajara = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
help-comar-tijuana = Tijuana (Baja California)
# Proper name: a city and its state, the same in every language.
help-comar-saltillo = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
help-comar-monterrey = Monterrey (Nuevo León)
help-comar-verified-2026 = Lista de escritórios verificada em 11 de março de 2026 na página de ajuda do { -unhcr }. O endereço da Cidade do México e os horários vêm da imprensa mexicana. Naucalpan e Tapachula foram revisados na imprensa em 30 de novembro de 2026.
help-comar-elsewhere = Onde não há escritório da { -comar }, você pode pedir asilo em um escritório do Instituto Nacional de Migração ({ -inm }).
help-comar-cancun = Uma versão da página do { -unhcr } também menciona um escritório em Cancún. Isso não está confirmado: pergunte antes de viajar.
help-comar-website = Site da { -comar }: gob.mx/comar
help-comar-stay = Se você já pediu asilo, não vá a um escritório de outro estado sem antes pedir isso por escrito. Se você sair do seu estado, o seu pedido pode ser considerado abandonado.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr }
help-unhcr-text = O { -unhcr } é a agência das Nações Unidas para os refugiados. Ele explica como pedir asilo no México em help.unhcr.org/mexico.
help-unhcr-closed = Em maio de 2025, o { -unhcr } fechou os seus escritórios de Palenque, Tuxtla Gutiérrez, Tenosique e Guadalajara. Não vá a esses escritórios procurar o { -unhcr }.
help-unhcr-languages = A página está em espanhol, inglês, francês e crioulo haitiano.
help-unhcr-verified = Verificado em 11 de março de 2026.

## Organizations

help-orgs-heading = Organizações de assistência jurídica e de apoio
help-orgs-asylum-access = Asylum Access México: ajuda jurídica. Em abril e maio de 2025, fechou os seus escritórios de Monterrey, Palenque e Tenosique. Pergunte quais escritórios continuam abertos.
help-orgs-sin-fronteras = Sin Fronteras, na Cidade do México: ajuda jurídica, apoio psicológico e apoio para encontrar trabalho.
help-orgs-imumi = IMUMI (Instituto para as Mulheres na Migração): apoia mulheres e famílias migrantes. Não temos dados de contato confirmados. Pergunte em uma organização perto de você.
help-orgs-casas = Casas del Migrante (dos missionários scalabrinianos): abrigos em Tijuana, Ciudad Juárez, Tapachula, Guadalajara e Cidade do México. Em Tijuana, você pode ficar até 14 dias.
help-orgs-msf = Médicos Sem Fronteiras (MSF): atendimento médico em Tapachula, no bairro Colonia Centro. Os seus projetos em Reynosa e Matamoros foram encerrados em 30 de setembro de 2025.
help-orgs-red-cross = Cruz Vermelha Mexicana (Cruz Roja Mexicana) e Comitê Internacional da Cruz Vermelha (CICV): ligações gratuitas de cerca de 3 minutos e mensagens para falar com a sua família, ao longo da rota migratória.
help-orgs-verified = Dados tirados de notícias publicadas entre 2022 e 2025. Revisados em 11 de março de 2026. Qualquer um desses dados pode ter mudado.
help-orgs-ask = Se você não encontrar uma organização, pergunte no seu abrigo, na { -comar } ou ao { -unhcr }.

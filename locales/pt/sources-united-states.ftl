## Names of the sources cited by the United States and comparison topics.
## US laws and orders keep their official English name where it helps to find them.

source-us-proclamation-10888 = Proclamação presidencial 10888 dos Estados Unidos (20 de janeiro de 2025)
source-us-raices-v-noem = Caso RAICES v. Noem, tribunal federal de distrito de Washington, D.C.
source-us-raices-appeal-2026 = Caso RAICES v. Noem: decisão do tribunal de apelação de Washington, D.C. (24 de abril de 2026)
source-us-eo-14159 = Ordem executiva 14159 dos Estados Unidos, “Protecting the American People Against Invasion”
source-us-eo-14165 = Ordem executiva 14165 dos Estados Unidos, “Securing Our Borders”
source-us-dhs-mpp = Aviso do Departamento de Segurança Interna dos Estados Unidos (DHS) sobre a volta do MPP
source-us-cbp-one-end = Notícias sobre o fim dos agendamentos pelo CBP One
source-us-uscis-hold-2026 = Asian Law Caucus: o USCIS retoma algumas decisões de asilo e mantém outras em pausa (abril de 2026)
source-us-ina-208 = Lei de Imigração e Nacionalidade dos Estados Unidos (INA), seção 208, e o seu regulamento
source-us-credible-fear = Perguntas frequentes do USCIS sobre o medo crível; INA, seção 235
source-us-withholding-cat = Guia jurídico sobre a suspensão da deportação e a proteção contra a tortura
source-us-grounds-family = Guias jurídicos sobre os motivos protegidos e a família no asilo dos Estados Unidos
source-us-i589-fees = Taxas do formulário I-589 e da autorização de trabalho (lei H.R. 1 e Registro Federal)
source-us-annual-fee-2026 = Regra do Departamento de Segurança Interna (DHS) sobre a taxa anual de asilo (28 de abril de 2026)
source-us-work-permit-18-months = Nota jurídica sobre a duração das autorizações de trabalho (dezembro de 2025) e regra proposta em fevereiro de 2026
source-us-leaving-abandons = Avisos do Departamento de Segurança Interna (DHS) sobre a saída voluntária com o CBP Home
source-us-i589-evidence = Regras sobre traduções e provas para o formulário I-589
source-us-trac-mexico = TRAC (Universidade de Syracuse): resultados do asilo nos tribunais, ano fiscal de 2024
source-us-trac-2025 = TRAC: porcentagem de pedidos de asilo aceitos em agosto de 2025
source-us-nolo-mexico = Artigo de um advogado no site Nolo: “Can I Apply for U.S. Asylum If I'm From Mexico?”
source-us-visaverge-2025 = VisaVerge: guia de 2025 que compara o asilo no México e nos Estados Unidos
source-mx-a-comar-figures = Números da { -comar } de 2023 e 2024, publicados pela agência EFE
source-mx-a-mpp-mexico = Resposta do governo do México à volta do MPP, segundo a imprensa
source-mx-a-mpp-line-2021 = Notícia de 2021 sobre uma linha telefônica do MPP
source-mx-a-tvrh-2025 = Boletim do { -inm } sobre os cartões de visitante entregues em 2025

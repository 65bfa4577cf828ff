## Names of the sources cited by the United States and comparison topics.
## US laws and orders keep their official English name.

source-us-proclamation-10888 = US Presidential Proclamation 10888 (20 January 2025)
source-us-raices-v-noem = RAICES v. Noem, US federal district court in Washington, D.C.
source-us-raices-appeal-2026 = RAICES v. Noem: ruling of the US Court of Appeals for the D.C. Circuit (24 April 2026)
source-us-eo-14159 = US Executive Order 14159, Protecting the American People Against Invasion
source-us-eo-14165 = US Executive Order 14165, Securing Our Borders
source-us-dhs-mpp = US Department of Homeland Security (DHS) notice on bringing back MPP
source-us-cbp-one-end = News reports on the end of CBP One appointments
source-us-uscis-hold-2026 = Asian Law Caucus: USCIS resumes some asylum decisions and keeps others on hold (April 2026)
source-us-ina-208 = US Immigration and Nationality Act (INA) section 208 and its regulations
source-us-credible-fear = USCIS questions and answers on credible fear; INA section 235
source-us-withholding-cat = Legal guide on withholding of removal and protection against torture
source-us-grounds-family = Legal guides on protected grounds and family in US asylum
source-us-i589-fees = Fees for Form I-589 and the work permit (H.R. 1 and the Federal Register)
source-us-annual-fee-2026 = US Department of Homeland Security (DHS) rule on the annual asylum fee (28 April 2026)
source-us-work-permit-18-months = Legal note on how long work permits last (December 2025), and a rule proposed in February 2026
source-us-leaving-abandons = US Department of Homeland Security (DHS) announcements on voluntary departure with CBP Home
source-us-i589-evidence = Rules on translations and evidence for Form I-589
source-us-trac-mexico = TRAC (Syracuse University): asylum outcomes in immigration court, fiscal year 2024
source-us-trac-2025 = TRAC: share of asylum cases granted in August 2025
source-us-nolo-mexico = Nolo article by an attorney: Can I Apply for U.S. Asylum If I'm From Mexico?
source-us-visaverge-2025 = VisaVerge: 2025 guide comparing asylum in Mexico and the United States
source-mx-a-comar-figures = { -comar } figures for 2023 and 2024, reported by the EFE news agency
source-mx-a-mpp-mexico = Mexican government's response to the return of MPP, as reported in the press
source-mx-a-mpp-line-2021 = 2021 press report on an MPP phone line
source-mx-a-tvrh-2025 = { -inm } bulletin on visitor cards issued in 2025

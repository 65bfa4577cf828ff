## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## the COMAR offices in Naucalpan (press, January 2025) and Tapachula (press, March and September 2025);
## UNHCR's office closures (press, May 2025); press reports on Asylum Access México, Sin Fronteras IAP,
## IMUMI, the Casas del Migrante, MSF; the ICRC family-links service.
## No phone number is verified, so none is given.

help-title = Where to find help
help-summary-legal-first = Where to get help: free legal help, the offices where you can apply for asylum, medical care and places to stay.
help-intro = Here you will find offices and organizations that can help you. Their details change often. Before you go, check that they are still open.
help-phones = This guide gives no phone numbers, because none has been verified. A 2021 phone line for the "Remain in Mexico" programme (MPP) is still shared: do not use it, it is out of date.

## COMAR offices

help-comar-heading = Offices of the Mexican Commission for Refugee Assistance ({ -comar })
help-comar-intro = According to the help page of { -unhcr } (the United Nations refugee agency), { -comar } has offices in:
help-comar-cdmx = Mexico City: Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Monday to Friday, 9:00 to 18:00.
help-comar-naucalpan = Naucalpan (Estado de México): Av. Los Remedios 21, Col. San Luis Tlatilco. Monday to Friday, 9:00 to 15:00. It is a main office for the Mexico City area, and the queues are very long.
help-comar-tapachula-only = Tapachula (Chiapas): only at the Centro Multiservicios, on the Libramiento Sur, open since 28 March 2025. The other Tapachula offices closed on 29 September 2025. If you are going for the first time, the hours are 7:00 to 15:00.
help-comar-palenque = Palenque (Chiapas)
help-comar-tenosique = Tenosique (Tabasco)
help-comar-oluta = Oluta (Veracruz)
help-comar-guadalajara = Guadalajara (Jalisco)
help-comar-tijuana = Tijuana (Baja California)
help-comar-saltillo = Saltillo (Coahuila)
help-comar-monterrey = Monterrey (Nuevo León)
help-comar-verified-2026 = List of offices verified on 11 March 2026 on the { -unhcr } help page. The Mexico City address and the hours come from the Mexican press. Naucalpan and Tapachula were checked in the press on 30 November 2026.
help-comar-elsewhere = Where there is no { -comar } office, you can apply for asylum at an office of the National Migration Institute ({ -inm }).
help-comar-cancun = One version of the { -unhcr } page also mentions an office in Cancún. This is not confirmed: ask before you travel.
help-comar-website = { -comar } website: gob.mx/comar
help-comar-stay = If you have already applied, do not go to an office in another state without first asking in writing. If you leave your state, your claim may be treated as abandoned.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr } (ACNUR)
help-unhcr-text = { -unhcr } is the United Nations refugee agency. It explains how to apply for asylum in Mexico at help.unhcr.org/mexico.
help-unhcr-closed = In May 2025, { -unhcr } closed its offices in Palenque, Tuxtla Gutiérrez, Tenosique and Guadalajara. Do not go there to look for it.
help-unhcr-languages = The page is in Spanish, English, French and Haitian Creole.
help-unhcr-verified = Verified on 11 March 2026.

## Organizations

help-orgs-heading = Legal aid and support organizations
help-orgs-asylum-access = Asylum Access México: legal help. In April and May 2025 it closed its offices in Monterrey, Palenque and Tenosique. Ask which offices are still open.
help-orgs-sin-fronteras = Sin Fronteras, in Mexico City: legal help, psychological support, and help finding work.
help-orgs-imumi = IMUMI (Institute for Women in Migration): supports migrant women and families. We have no confirmed contact details. Ask at an organization near you.
help-orgs-casas = Casas del Migrante (run by Scalabrinian missionaries): shelters in Tijuana, Ciudad Juárez, Tapachula, Guadalajara and Mexico City. In Tijuana you can stay up to 14 days.
help-orgs-msf = Doctors Without Borders (MSF): medical care in Tapachula, in the Colonia Centro. Its projects in Reynosa and Matamoros closed on 30 September 2025.
help-orgs-red-cross = Mexican Red Cross (Cruz Roja Mexicana) and the International Committee of the Red Cross (ICRC): free calls of about 3 minutes and messages to reach your family, along the migration route.
help-orgs-verified = Details taken from press reports published between 2022 and 2025. Checked on 11 March 2026. Any of them may have changed.
help-orgs-ask = If you cannot find an organization, ask at your shelter, at { -comar } or at { -unhcr }.

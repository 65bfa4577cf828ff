## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## the COMAR offices in Naucalpan (press, January 2025) and Tapachula (press, March and September 2025);
## UNHCR's office closures (press, May 2025); press reports on Asylum Access México, Sin Fronteras IAP,
## IMUMI, the Casas del Migrante, MSF; the ICRC family-links service.
## No phone number is verified, so none is given.

help-title = Où trouver de l'aide
help-summary-legal-first = Où trouver de l'aide : une aide juridique gratuite, les bureaux où demander l'asile, des soins et un hébergement.
help-intro = Vous trouverez ici des bureaux et des associations qui peuvent vous aider. Leurs informations changent souvent. Avant d'y aller, vérifiez qu'ils sont toujours ouverts.
help-phones = Ce guide ne donne aucun numéro de téléphone, car aucun n'est vérifié. Une ligne de 2021 circule pour le programme « Rester au Mexique » (MPP). Ne l'utilisez pas : elle est ancienne.

## COMAR offices

help-comar-heading = Bureaux de la Commission mexicaine d'aide aux réfugiés ({ -comar })
help-comar-intro = Selon la page d'aide du { -unhcr } (l'agence des Nations unies pour les réfugiés), la { -comar } a des bureaux à :
help-comar-cdmx = Ville de Mexico : Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Du lundi au vendredi, de 9 h à 18 h.
help-comar-naucalpan = Naucalpan (Estado de México) : Av. Los Remedios 21, Col. San Luis Tlatilco. Du lundi au vendredi, de 9 h à 15 h. C'est un bureau principal pour la région de la ville de Mexico. Les files d'attente sont très longues.
help-comar-tapachula-only = Tapachula (Chiapas) : seulement au Centro Multiservicios, sur le Libramiento Sur, ouvert depuis le 28 mars 2025. Les autres bureaux de Tapachula ont fermé le 29 septembre 2025. Pour une première demande, l'horaire est de 7 h à 15 h.
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
help-comar-verified-2026 = Liste des bureaux vérifiée le 11 mars 2026 sur la page d'aide du { -unhcr }. L'adresse de la ville de Mexico et les horaires viennent de la presse mexicaine. Naucalpan et Tapachula ont été vérifiés dans la presse le 30 novembre 2026.
help-comar-elsewhere = Dans une ville sans bureau de la { -comar }, demandez l'asile à l'Institut national des migrations ({ -inm }).
help-comar-cancun = Une version de la page du { -unhcr } cite aussi un bureau à Cancún. Ce n'est pas confirmé : renseignez-vous avant de voyager.
help-comar-website = Site web de la { -comar } : gob.mx/comar
help-comar-stay = Vous avez déjà demandé l'asile ? Pour aller au bureau d'un autre État, faites d'abord une demande par écrit. Si vous quittez votre État, votre demande peut être considérée comme abandonnée.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr } (ACNUR en espagnol)
help-unhcr-text = Le { -unhcr } est l'agence des Nations unies pour les réfugiés. Il explique comment demander l'asile au Mexique sur help.unhcr.org/mexico.
help-unhcr-closed = En mai 2025, le { -unhcr } a fermé ses bureaux de Palenque, Tuxtla Gutiérrez, Tenosique et Guadalajara. N'allez pas le chercher là-bas.
help-unhcr-languages = La page est en espagnol, en anglais, en français et en créole haïtien.
help-unhcr-verified = Vérifié le 11 mars 2026.

## Organizations

help-orgs-heading = Associations d'aide juridique et de soutien
help-orgs-asylum-access = Asylum Access México : aide juridique. En avril et mai 2025, l'association a fermé ses bureaux de Monterrey, Palenque et Tenosique. Demandez quels bureaux sont encore ouverts.
help-orgs-sin-fronteras = Sin Fronteras, dans la ville de Mexico : aide juridique, soutien psychologique et aide pour trouver du travail.
help-orgs-imumi = IMUMI (Institut pour les femmes en migration) : soutient les femmes et les familles migrantes. Nous n'avons pas de coordonnées confirmées. Renseignez-vous auprès d'une association proche de vous.
help-orgs-casas = Casas del Migrante (des missionnaires scalabriniens) : foyers d'accueil à Tijuana, Ciudad Juárez, Tapachula, Guadalajara et dans la ville de Mexico. À Tijuana, vous pouvez rester jusqu'à 14 jours.
help-orgs-msf = Médecins Sans Frontières (MSF) : soins médicaux à Tapachula, dans le quartier Colonia Centro. Ses projets de Reynosa et de Matamoros ont fermé le 30 septembre 2025.
help-orgs-red-cross = Croix-Rouge mexicaine et Comité international de la Croix-Rouge (CICR) : appels gratuits d'environ 3 minutes et messages. Pour joindre votre famille, tout au long de la route migratoire.
help-orgs-verified = Informations tirées d'articles de presse publiés entre 2022 et 2025. Vérifiées le 11 mars 2026. Chacune a pu changer depuis.
help-orgs-ask = Vous ne trouvez pas d'association ? Demandez dans votre foyer d'accueil, à la { -comar } ou au { -unhcr }.

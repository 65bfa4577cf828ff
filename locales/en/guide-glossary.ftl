## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20 and its reform (DOF 16-10-2025);
## LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026); TVRH cards issued (2024-2025
## reports); the temporary CURP (press); for the US: Proclamation 10888 and RAICES v. Noem
## (D.C. Circuit, 24 April 2026), EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), the annual asylum fee for FY2026 (DHS rule, 28-04-2026),
## an attorney's article on US claims from Mexico (the "frivolous" finding).

glossary-title = Words to know
glossary-summary = What the words about asylum in Mexico and in the United States mean, in a few words.
glossary-intro = Here the terms used in this guide are explained in plain words.
glossary-mexico-heading = In Mexico
glossary-children-heading = Children and adolescents
glossary-us-heading = In the United States

## Mexico

glossary-comar-term = { -comar } (Mexican Commission for Refugee Assistance)
glossary-comar-text = The Mexican government office that decides asylum claims. It can grant refugee status or complementary protection.
glossary-unhcr-term = { -unhcr } (the United Nations refugee agency; ACNUR in Spanish)
glossary-unhcr-text = The United Nations agency for refugees. In Mexico it informs and guides people seeking asylum, at help.unhcr.org/mexico.
glossary-inm-term = { -inm } (National Migration Institute)
glossary-inm-text = Mexico's immigration authority. It issues the visitor card (TVRH) and, where there is no { -comar } office, takes asylum claims.
glossary-constancia-term = Proof of claim (constancia de trámite)
glossary-constancia-text = The paper { -comar } gives you when you apply for asylum. Each family member who applies with you gets one. According to { -comar }, it is only valid in the state where you applied.
glossary-tvrh-term = TVRH (visitor card for humanitarian reasons)
glossary-tvrh-text-scarce = The card the { -inm } gives to people seeking asylum who show their constancia. It lets you work. It is usually valid for 1 year and can be renewed while you wait. Few are being issued today.
glossary-curp-term = CURP (Mexico's personal registration number)
glossary-curp-text-temporary = Your personal registration number in Mexico. People seeking asylum get a temporary CURP after the constancia. It is valid for up to 180 days and can be extended.
glossary-business-days-term = Business days (días hábiles)
glossary-business-days-safe-text = The days when government offices work. Saturdays, Sundays, 1 January, 1 May, 16 September and 25 December never count. Whether other holidays and office closures count is disputed. To be safe, count them as business days, or use the date { -brand-name } shows.
glossary-refugee-status-term = Refugee status
glossary-refugee-status-text = The protection { -comar } gives to people who flee widespread violence or persecution. Persecution can be because of race, religion, nationality, gender, social group or political opinion.
glossary-complementary-protection-term = Complementary protection
glossary-complementary-protection-text = { -comar } gives it to people who are not recognized as refugees but cannot go back safely. Nobody may send them to a place where their life is in danger or where they could be tortured.
glossary-non-refoulement-term = Non-refoulement (no devolución)
glossary-non-refoulement-text = The rule that nobody may be sent to a place where their life or freedom is in danger. In Mexico it protects you from the day you apply for asylum.
glossary-abandonment-term = Abandoned claim (abandono)
glossary-abandonment-text = When { -comar } closes your claim because you did not keep up with the process. It can happen if you miss signing or leave the state where you applied.
glossary-recurso-revision-term = Appeal (recurso de revisión)
glossary-recurso-revision-text = The appeal against a negative answer from { -comar }. You file it within 15 business days, counted from when you are told of the decision.
glossary-amparo-term = Amparo (court protection of your rights)
glossary-amparo-text-2025 = A case before a federal judge to protect your rights. Against deportation or a danger to your life, it can be filed at any moment, on any day, at any hour. Since October 2025 its rules are stricter: get a lawyer.
glossary-juicio-nulidad-term = Annulment case (juicio de nulidad)
glossary-juicio-nulidad-text = A case before the Federal Court of Administrative Justice against a government decision. Against a refusal by { -comar }, it is filed within 30 business days. You need a lawyer.

## Children

glossary-dif-term = DIF (Mexico's family welfare system)
glossary-dif-text = The public system that protects children and families in Mexico. It looks at the situation of migrant children and, if they need it, sends them to { -comar }.
glossary-procuraduria-proteccion-term = Child Protection Office (Procuraduría de Protección)
glossary-procuraduria-proteccion-text = The authority that defends the rights of children and adolescents. It decides what is best for each migrant child; the immigration authorities must tell it at once.

## United States

glossary-proclamation-term = The border proclamation (January 2025)
glossary-proclamation-text = A US presidential order of 20 January 2025 about the southern border. Its text bars the people it covers from asking for asylum. In April 2026, an appeals court said the president cannot suspend asylum in this way. It is not confirmed what applies today.
glossary-mpp-term = MPP ("Remain in Mexico")
glossary-mpp-text-some = A US programme: some people with a case in a US immigration court must wait in Mexico. It came back on 21 January 2025; how many people it covers is unclear.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = A US phone app for booking an appointment at the border. It stopped giving appointments on 20 January 2025, and all appointments were cancelled.
glossary-expedited-removal-term = Expedited removal
glossary-expedited-removal-text = A fast deportation from the United States. It can be used if you do not pass the credible fear interview; since January 2025 it is used for more people.
glossary-credible-fear-term = Credible fear
glossary-credible-fear-text = The first interview in the United States for someone who says they are afraid to go back. You must show a "significant possibility" that you qualify for asylum.
glossary-protected-grounds-term = Protected grounds
glossary-protected-grounds-text = In the United States, asylum requires persecution for 1 of 5 reasons: race, religion, nationality, particular social group or political opinion. It must be a central reason for the harm.
glossary-particular-social-group-term = Particular social group
glossary-particular-social-group-text = One of the 5 protected grounds in the United States. For example, some women from Mexico who suffered domestic violence have won asylum on this ground.
glossary-one-year-limit-term = One-year deadline
glossary-one-year-limit-text = In the United States, you must apply for asylum within 1 year of your last arrival. There are exceptions for changed or extraordinary circumstances.
glossary-i-589-term = Form I-589
glossary-i-589-text-2026 = The form to apply for asylum in the United States. It must be filled in in English. It costs 100 US dollars, plus a fee every year the case stays open: 102 dollars in fiscal year 2026.
glossary-withholding-of-removal-term = Withholding of removal
glossary-withholding-of-removal-text = A US protection that stops you being sent to your country. You must show you would more likely than not be persecuted there; the one-year deadline does not apply.
glossary-cat-term = CAT (Convention Against Torture)
glossary-cat-text = A US protection for people at risk of torture by officials, or with their consent. The one-year deadline does not apply.
glossary-frivolous-application-term = "Frivolous" application
glossary-frivolous-application-text = In the United States, an asylum application that a judge or an officer finds was made up on purpose. A person with that finding can no longer get any other immigration benefit there.

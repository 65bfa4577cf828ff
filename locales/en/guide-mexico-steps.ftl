## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51, 57 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20
## and its reform (DOF 16-10-2025); the SCJN on late claims (AR 353/2019, 399/2019);
## the UNHCR Mexico help page (11 March 2026); COMAR offices in Naucalpan and Tapachula (press, 2025);
## signing in practice (press, 2025); TVRH cards issued (2024-2025 reports); the temporary CURP (press).

mexico-steps-title = How to apply for asylum in Mexico, step by step
mexico-steps-summary = The steps to apply for asylum: the deadline, the constancia, the card, the interview, the decision and the appeal.
mexico-steps-intro-decides = In Mexico, the Mexican Commission for Refugee Assistance ({ -comar }) decides who gets refugee status or complementary protection. Applying is free. You can apply in writing or by speaking.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Apply within 30 business days
mexico-steps-deadline-count = You have 30 business days to make your claim.
mexico-steps-deadline-start = They count from the business day after you entered Mexico.
mexico-steps-deadline-business-days-safe = Saturdays and Sundays never count, nor do 1 January, 1 May, 16 September and 25 December. Whether other holidays and office closures count is disputed. To be safe, count them as business days, or use the date { -brand-name } shows.
mexico-steps-deadline-impossible = Could you not apply sooner? For example, because you were kidnapped, in hospital or detained. Then the days count from when you were able to apply.
mexico-steps-deadline-sur-place = Sometimes the danger appears when you are already in Mexico, for example because of a change in your country. Then the days count from when you learned of it.
mexico-steps-deadline-proof = Explain what stopped you and hand in whatever proof you have, such as hospital papers. Mexico's Supreme Court said the proof asked for must not be too strict.
mexico-steps-deadline-late = If the deadline has passed, apply anyway. Explain why you could not apply sooner. { -comar } will ask for your reasons.
mexico-steps-deadline-representative = If someone else files the claim for you, you must confirm it in person within 3 business days.

## Step 2: where to apply

mexico-steps-where-heading = 2. Where to apply
mexico-steps-where-offices = { -comar } has offices in these cities:
mexico-steps-where-office-cdmx = Mexico City
mexico-steps-where-office-naucalpan = Naucalpan (Estado de México)
mexico-steps-where-office-chiapas = Tapachula and Palenque (Chiapas)
mexico-steps-where-office-tabasco = Tenosique (Tabasco)
mexico-steps-where-office-veracruz = Oluta (Veracruz)
mexico-steps-where-office-jalisco = Guadalajara (Jalisco)
mexico-steps-where-office-baja-california = Tijuana (Baja California)
mexico-steps-where-office-coahuila = Saltillo (Coahuila)
mexico-steps-where-office-nuevo-leon = Monterrey (Nuevo León)
mexico-steps-where-busy = In Tapachula, { -comar } works only from the Centro Multiservicios. In Naucalpan, which serves the Mexico City area, the queues are very long. The addresses are in the topic "Where to find help".
mexico-steps-where-elsewhere = In other places, you can apply at an office of the National Migration Institute ({ -inm }). You can also apply if you are held in an immigration detention centre (estación migratoria).
mexico-steps-where-check = Offices and opening hours change. Before you go, check with { -unhcr } (the United Nations refugee agency) or a legal aid organization.

## What the law asks for, and what to do if an office asks for more

mexico-steps-where-rules = To ask for asylum, the law asks only three things: be a foreigner, be in Mexico, and make the request, in writing or by speaking.
mexico-steps-where-no-id = If an office demands an identity document or proof of address before it takes your claim, it is going beyond the rules. Say calmly that the law does not ask for it. If they still refuse, ask { -unhcr } or a legal aid organization for help.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Get your constancia
mexico-steps-constancia-what = { -comar } gives you a paper that proves your claim, the constancia de trámite. Each family member who applies with you gets their own.
mexico-steps-constancia-protections = From the day you make your claim:
mexico-steps-constancia-no-return = Mexico cannot send you back to a place where your life or freedom is in danger.
mexico-steps-constancia-no-consulate = Nobody tells your country's consulate.
mexico-steps-constancia-no-penalty = You are not punished for entering without papers. Any immigration case against you stops.
mexico-steps-constancia-keep = Always carry your constancia with you.
mexico-steps-consulate-not-go = You do not have to go to your country's consulate, and it is better not to. This holds while you wait and also if you are recognized.
mexico-steps-consulate-apostille = If you are recognized, a process in Mexico may ask for a document from your country with an apostille (an official validation stamp). The law allows the apostille to be waived. Ask a legal aid organization how.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Stay in the state where you applied
mexico-steps-state-valid = According to { -comar }, the constancia is only valid in the state where you applied. It is not a document for travelling around the country.
mexico-steps-state-abandoned = If you leave that state, your claim may be treated as abandoned.
mexico-steps-state-move = If you need to move, ask in writing to continue your claim in another state. That request is free.

## Step 5: signing

mexico-steps-signing-heading = 5. Go and sign
mexico-steps-signing-what = While you wait, you must go and sign at { -comar } or the { -inm } on the day they give you.
mexico-steps-signing-dates = The regulations say once a week. In practice, each office has its own rhythm: in Mexico City, signing about every 10 days was reported. Write down the date your office gives you.
mexico-steps-signing-missed = If you do not go to sign, your claim may be treated as abandoned.
mexico-steps-signing-closed = When { -comar } is closed, for example for holidays, there is no signing.
mexico-steps-signing-shut = If you find the office closed on your signing day, take a photo of the notice or the door, with the date. Go back on the first day it opens. If they make trouble, get legal help.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Ask for your visitor card (TVRH) and your registration number (CURP)
mexico-steps-card-what = With your constancia, ask the { -inm } for the visitor card for humanitarian reasons (Tarjeta de Visitante por Razones Humanitarias, TVRH).
mexico-steps-card-work = With this card you can work in Mexico.
mexico-steps-card-valid = It is usually valid for 1 year. You can renew it while you wait for the decision.
mexico-steps-card-scarce = But few cards are being issued today. Two reports count 4,129 in the first half of 2025. Another counts only 618 in all of 2024, against 94,829 in 2023.
mexico-steps-card-curp-temporary = After the constancia, you get a temporary CURP. It is valid for up to 180 calendar days and can be extended. If you are recognized, you get a permanent CURP.
mexico-steps-card-curp-biometric = Reports differ on whether foreigners need the new biometric CURP, with fingerprints and photo. This is not confirmed.
mexico-steps-card-documents-intro = For the card they usually ask for:

## Step 7: the interview

mexico-steps-interview-heading = 7. The interview
mexico-steps-interview-what = { -comar } will interview you in person. They will ask why you left your country.
mexico-steps-interview-interpreter = You have the right to an interpreter.
mexico-steps-interview-lawyer = A lawyer may come with you.
mexico-steps-interview-evidence = You can hand in evidence until the day of the decision.
mexico-steps-interview-truth = Tell the truth about who you are and why you left. Give as many details as you can.

## Step 8: the decision

mexico-steps-decision-heading = 8. The decision
mexico-steps-decision-deadline = The law gives { -comar } 45 business days to decide.
mexico-steps-decision-extension = { -comar } can extend this once, by another 45 business days.
mexico-steps-decision-reality = In practice, many people wait much longer.
mexico-steps-decision-outcomes = The decision can be:
mexico-steps-decision-refugee = Refugee status.
mexico-steps-decision-complementary = Complementary protection. { -comar } must consider it in the same decision if it does not recognize you as a refugee.
mexico-steps-decision-denial = A refusal. You can appeal (step 9).
mexico-steps-decision-residence = With refugee status or complementary protection, you get permanent residence.

## Step 9: appeal, and the courts

mexico-steps-appeal-heading = 9. If the answer is no: appeal
mexico-steps-appeal-deadline = You have 15 business days to file an appeal, the recurso de revisión. They count from the day you are told of the decision.
mexico-steps-appeal-where = You file the appeal with the office that decided. Its superior decides the appeal.
mexico-steps-appeal-courts-intro = There are also two ways to go to court. A lawyer must file them:
mexico-steps-appeal-nulidad = Annulment case (juicio de nulidad), before the Federal Court of Administrative Justice: 30 business days from the day you are told of the decision.
mexico-steps-appeal-amparo = Amparo, before a federal judge: in general, 15 business days. Against deportation or a danger to your life, it can be filed at any moment, on any day, at any hour.
mexico-steps-appeal-amparo-reform = The Amparo Law changed in October 2025, and its rules are now stricter. For any amparo, get a lawyer.
mexico-steps-appeal-courts-today = These deadlines are short. Get free legal help on the same day you are told of the refusal.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Your rights and your family
mexico-steps-rights-waiting = While you wait, you have the right to free information, to help if you are vulnerable, and to have your information kept confidential.
mexico-steps-rights-family = Your partner, your children and other relatives who depend on you can get the same protection.
mexico-steps-rights-family-proof = If you do not have family documents, you can prove the relationship in other ways.
mexico-steps-rights-children-law = The law says that children must not be locked up in immigration detention centres.
mexico-steps-rights-refugee = If you are recognized as a refugee, you have rights to health care, education, work and a travel document. You can also ask for your family to join you.
mexico-steps-rights-complementary = If you receive complementary protection, it is not confirmed that you can ask for your family to join you. Ask a legal-aid organization.
mexico-steps-rights-travel-home = If you travel to your country, you must report it. That trip can make you lose your protection.

## Step 11: local integration

mexico-steps-integration-heading = 11. Later: the Local Integration Programme
mexico-steps-integration-what = A Local Integration Programme helps some recognized refugees find work and move to another city. Ask { -unhcr } whether you can take part.

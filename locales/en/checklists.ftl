## Document checklists. "why" says why each item matters.
## Facts: LRPCAP arts. 11, 12, 18, 23; Ley de Migración arts. 52, 74; 8 CFR 103.2(b)(3); 90 FR 34511;
## the annual asylum fee for FY2026 (DHS rule, 28-04-2026).

checklist-need-needed = They ask for it
checklist-need-helpful = It can help you
checklist-status-have = I have it
checklist-status-needed = I still need it
checklist-status-not-applicable = Does not apply

checklist-comar-claim-title = To apply for asylum with { -comar }
checklist-comar-claim-id = Passport or identity document
checklist-comar-claim-id-why = It helps prove who you are. The law does not require it to apply for asylum.
checklist-comar-claim-family-documents = Your family's birth or marriage certificates
checklist-comar-claim-family-documents-why = They prove family ties. If you do not have them, other proof is accepted.
checklist-comar-claim-entry-date = Proof of the date you entered Mexico
checklist-comar-claim-entry-date-why = The 30 business days count from your entry.
checklist-comar-claim-account = Your notes on what happened to you, with dates and places
checklist-comar-claim-account-why = They help you tell your whole story, with details, at the interview.
checklist-comar-claim-police-reports = Reports you made to the police or the prosecutor
checklist-comar-claim-police-reports-why = They show you asked for protection in your country.
checklist-comar-claim-threats = Screenshots of threats
checklist-comar-claim-threats-why = They are evidence of what you lived through. Also keep the date and who sent them.
checklist-comar-claim-medical = Medical or psychological reports
checklist-comar-claim-medical-why = They show the harm you suffered.
checklist-comar-claim-photos-witnesses = Photos and statements from witnesses
checklist-comar-claim-photos-witnesses-why = They support what you say.

checklist-tvrh-title = For the visitor card (TVRH)
checklist-tvrh-constancia = Your constancia from { -comar }
checklist-tvrh-constancia-why = You need it to ask the { -inm } for the card.
checklist-tvrh-id = An identity document
checklist-tvrh-id-why = The { -inm } usually asks for it.
checklist-tvrh-address = Proof of address, or a letter (oficio) from { -comar }
checklist-tvrh-address-why = The { -inm } usually asks for it. If you have none, ask { -comar } for the letter.
checklist-tvrh-entry-statement = A signed letter with the date you entered Mexico
checklist-tvrh-entry-statement-why = The { -inm } usually asks for it.
checklist-tvrh-children-birth = Your children's birth certificates
checklist-tvrh-children-birth-why = If your children are with you, they are usually asked for.

checklist-appeal-title = To appeal a refusal
checklist-appeal-decision = The { -comar } decision that refused your claim
checklist-appeal-decision-why = The appeal answers that decision.
checklist-appeal-notification-date = Proof of the day you were told
checklist-appeal-notification-date-why = The 15 business days count from that day.
checklist-appeal-constancia = Your constancia
checklist-appeal-constancia-why = It identifies your case.
checklist-appeal-new-evidence = New evidence, or evidence you did not hand in before
checklist-appeal-new-evidence-why = It can support your appeal.

checklist-us-i589-title = For an asylum claim in the United States (Form I-589)
checklist-us-i589-form = Form I-589 filled in in English
checklist-us-i589-form-why = The form must be in English.
checklist-us-i589-translations = A full, certified English translation of every document
checklist-us-i589-translations-why = A document in another language without a certified translation may not be accepted.
checklist-us-i589-identity = Identity and family documents
checklist-us-i589-identity-why = They prove who you are and who your family is.
checklist-us-i589-declaration = Your personal statement, with details
checklist-us-i589-declaration-why = Specific, detailed answers make a claim stronger.
checklist-us-i589-last-arrival = Proof of your last arrival in the United States
checklist-us-i589-last-arrival-why = The one-year limit counts from that arrival.
checklist-us-i589-corroboration = Evidence that backs up your story
checklist-us-i589-corroboration-why = For example: membership records, medical or police reports.
checklist-us-i589-country-conditions = News and human-rights reports about your country
checklist-us-i589-country-conditions-why = They show the danger you describe.
checklist-us-i589-fee = The 100-dollar fee to file the form
checklist-us-i589-fee-why-2026 = While you wait, there is also a fee every year: 102 dollars in fiscal year 2026. If you do not pay it within 30 days of the notice, your application is rejected. It cannot be waived.

checklist-children-id-title = Children's identity documents
checklist-children-id-birth = Each child's birth certificate
checklist-children-id-birth-why = It proves the family tie. If you do not have it, other proof is accepted.
checklist-children-id-constancia = Each child's constancia
checklist-children-id-constancia-why = { -comar } gives one to each family member who applies.
checklist-children-id-tvrh = Each child's visitor card (TVRH)
checklist-children-id-tvrh-why = For children it is free and no documents are asked for.
checklist-children-id-curp = Each child's CURP
checklist-children-id-curp-why = It comes with the child's card.


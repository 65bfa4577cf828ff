## Document checklists. "why" says why each item matters.
## Facts: LRPCAP arts. 11, 12, 18, 23; Ley de Migración arts. 52, 74; 8 CFR 103.2(b)(3); 90 FR 34511;
## the annual asylum fee for FY2026 (DHS rule, 28-04-2026).

checklist-need-needed = On vous le demande
checklist-need-helpful = Cela peut vous aider
checklist-status-have = Je l'ai
checklist-status-needed = Il me manque
checklist-status-not-applicable = Ne s'applique pas

checklist-comar-claim-title = Pour demander l'asile auprès de la { -comar }
checklist-comar-claim-id = Passeport ou pièce d'identité
checklist-comar-claim-id-why = Cela aide à prouver qui vous êtes. La loi ne l'exige pas pour demander l'asile.
checklist-comar-claim-family-documents = Actes de naissance ou de mariage de votre famille
checklist-comar-claim-family-documents-why = Ils prouvent le lien de parenté. Si vous ne les avez pas, d'autres preuves sont acceptées.
checklist-comar-claim-entry-date = Preuve de la date de votre entrée au Mexique
checklist-comar-claim-entry-date-why = Le délai de 30 jours ouvrables se compte à partir de votre entrée.
checklist-comar-claim-account = Vos notes sur ce qui vous est arrivé, avec les dates et les lieux
checklist-comar-claim-account-why = Elles vous aident à raconter toute votre histoire, avec des détails, pendant l'entretien.
checklist-comar-claim-police-reports = Plaintes déposées auprès de la police ou du procureur
checklist-comar-claim-police-reports-why = Elles montrent que vous avez demandé une protection dans votre pays.
checklist-comar-claim-threats = Captures d'écran des menaces
checklist-comar-claim-threats-why = Ce sont des preuves de ce que vous avez vécu. Notez aussi la date et qui les a envoyées.
checklist-comar-claim-medical = Rapports médicaux ou psychologiques
checklist-comar-claim-medical-why = Ils montrent le préjudice que vous avez subi.
checklist-comar-claim-photos-witnesses = Photos et déclarations de témoins
checklist-comar-claim-photos-witnesses-why = Elles appuient ce que vous racontez.

checklist-tvrh-title = Pour la carte de visiteur (TVRH)
checklist-tvrh-constancia = Votre constancia de trámite de la { -comar } (le papier qui prouve votre demande d'asile)
checklist-tvrh-constancia-why = C'est avec elle que vous demandez la carte à l'{ -inm }.
checklist-tvrh-id = Une pièce d'identité
checklist-tvrh-id-why = En général, l'{ -inm } la demande.
checklist-tvrh-address = Un justificatif de domicile, ou une lettre officielle de la { -comar }
checklist-tvrh-address-why = En général, l'{ -inm } le demande. Si vous n'en avez pas, demandez la lettre officielle à la { -comar }.
checklist-tvrh-entry-statement = Une lettre signée avec votre date d'entrée au Mexique
checklist-tvrh-entry-statement-why = En général, l'{ -inm } la demande.
checklist-tvrh-children-birth = Les actes de naissance de vos enfants
checklist-tvrh-children-birth-why = Si vos enfants sont avec vous, on les demande en général.

checklist-appeal-title = Pour faire appel d'un refus
checklist-appeal-decision = La décision de la { -comar } qui refuse votre demande d'asile
checklist-appeal-decision-why = Le recours répond à cette décision.
checklist-appeal-notification-date = Preuve du jour où on vous a notifié la décision
checklist-appeal-notification-date-why = Les 15 jours ouvrables se comptent à partir de ce jour.
checklist-appeal-constancia = Votre constancia de trámite
checklist-appeal-constancia-why = Elle identifie votre dossier.
checklist-appeal-new-evidence = Preuves nouvelles, ou que vous n'avez pas remises avant
checklist-appeal-new-evidence-why = Elles peuvent appuyer votre recours.

checklist-us-i589-title = Pour une demande d'asile aux États-Unis (formulaire I-589)
checklist-us-i589-form = Formulaire I-589 rempli en anglais
checklist-us-i589-form-why = Le formulaire doit être en anglais.
checklist-us-i589-translations = Une traduction complète et certifiée en anglais de chaque document
checklist-us-i589-translations-why = Un document dans une autre langue sans traduction certifiée peut ne pas être accepté.
checklist-us-i589-identity = Documents d'identité et de parenté
checklist-us-i589-identity-why = Ils prouvent qui vous êtes et qui est votre famille.
checklist-us-i589-declaration = Votre déclaration personnelle, avec des détails
checklist-us-i589-declaration-why = Des réponses précises et détaillées rendent une demande plus solide.
checklist-us-i589-last-arrival = Preuve de votre dernière arrivée aux États-Unis
checklist-us-i589-last-arrival-why = La limite de 1 an se compte à partir de cette arrivée.
checklist-us-i589-corroboration = Des preuves qui confirment votre histoire
checklist-us-i589-corroboration-why = Par exemple : des attestations d'adhésion, des rapports médicaux ou de police.
checklist-us-i589-country-conditions = Articles de presse et rapports sur les droits humains dans votre pays
checklist-us-i589-country-conditions-why = Ils montrent le danger que vous décrivez.
checklist-us-i589-fee = Les 100 dollars à payer pour déposer le formulaire
checklist-us-i589-fee-why-2026 = Pendant l'attente, il y a aussi des frais chaque année : 102 dollars pour l'année fiscale 2026. Si vous ne payez pas dans les 30 jours qui suivent l'avis, votre demande est rejetée. Aucune dispense n'est possible.

checklist-children-id-title = Documents d'identité des enfants
checklist-children-id-birth = L'acte de naissance de chaque enfant
checklist-children-id-birth-why = Il prouve le lien de parenté. Si vous ne l'avez pas, d'autres preuves sont acceptées.
checklist-children-id-constancia = La constancia de trámite de chaque enfant
checklist-children-id-constancia-why = La { -comar } en donne une à chaque membre de la famille qui demande l'asile.
checklist-children-id-tvrh = La carte de visiteur (TVRH) de chaque enfant
checklist-children-id-tvrh-why = Pour les enfants, elle est gratuite et on ne demande aucun document.
checklist-children-id-curp = La CURP (numéro d'identité personnel au Mexique) de chaque enfant
checklist-children-id-curp-why = Elle est remise avec la carte de l'enfant.


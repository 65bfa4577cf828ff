## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Cir., 24-04-2026); EO 14159,
## EO 14165; DHS on MPP (21-01-2025); INA §208; the annual asylum fee (DHS rule, 28-04-2026);
## leaving the US abandons a pending claim (DHS, 2025-26); LRPCAP arts. 6, 11-13, 20, 24, 48, 49, 51;
## Ley de Migración arts. 52, 74; LGDNNA arts. 89-98; COMAR figures for 2024 (EFE, 11-01-2025);
## TVRH cards issued (2024-2025 reports); TRAC (FY2024); an attorney's article on US claims from Mexico.

decide-title = Help me decide
decide-summary = 6 questions to find the parts of the guide that fit you best.
decide-intro = Answer 6 short questions. We will tell you what to read first. This is not legal advice, and your answers are not saved.
decide-start = Start
# Variables:
#   $current (Number) - the number of this question.
#   $total (Number) - how many questions there are.
decide-progress = Question { $current } of { $total }
decide-result-title = What you should know
# Variables:
#   $date (String) - the date the rules were checked, written out.
decide-policy-date = Rules as checked on { $date }.
decide-result-note = This is general information for your situation, not a decision. Every case is different. Talk to a free legal aid organization.
decide-reasons = Why
decide-again = Answer again

## The six questions

decide-q-us-entry = Can you legally enter the United States to ask for asylum?
decide-q-us-entry-no = No. I am in Mexico or at the border.
decide-q-us-entry-visa = Yes. I have a visa or another permit to enter.
decide-q-us-entry-inside = I am already inside the United States.
decide-q-us-entry-mpp = I was sent back to Mexico under MPP (the "Remain in Mexico" programme) to wait for my hearing.
decide-q-support = Do you have family or people who support you in either country?
decide-q-support-mexico = In Mexico
decide-q-support-us = In the United States
decide-q-support-both = In both countries
decide-q-support-none = In neither
decide-q-wait = Can you wait a long time, maybe more than a year, for an answer?
decide-q-wait-yes = Yes, I can wait.
decide-q-wait-no = No, I need a solution soon.
decide-q-wait-unsure = I do not know.
decide-q-protection = Is one of these your situation?
decide-q-protection-family-children = I am travelling with my children, or with other children.
decide-q-protection-unaccompanied = I am under 18 and travelling without my parents.
decide-q-protection-violence = I suffered trafficking or violence.
decide-q-protection-none = None of these.
decide-q-nationality = Which country are you from?
decide-q-nationality-honduras = Honduras
decide-q-nationality-cuba = Cuba
decide-q-nationality-haiti = Haiti
decide-q-nationality-el-salvador = El Salvador
decide-q-nationality-venezuela = Venezuela
decide-q-nationality-guatemala = Guatemala
decide-q-nationality-colombia = Colombia
decide-q-nationality-mexico = Mexico
decide-q-nationality-other = Another country
decide-q-settle = If you are recognized as a refugee, would you like to live in Mexico?
decide-q-settle-yes = Yes, I would.
decide-q-settle-no = No, I would not.
decide-q-settle-unsure = I do not know yet

## Advice, one block per circumstance
## Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13): advice for a Mexican national
## never points to COMAR or to a claim in Mexico. Each acronym is glossed at its first use
## in each card, because a card can be shown without the others.

decide-a-at-border-title = You are in Mexico or at the border
decide-a-at-border-text = The rules for asylum at the US southern border are being decided in court, and it is not confirmed what applies today. Before you go, ask a legal aid organization. In Mexico, you can ask for asylum.
decide-a-at-border-reason-cbp-one = CBP One (the US app for border appointments) stopped giving appointments on 20 January 2025.
decide-a-at-border-reason-mexico = In Mexico you have 30 business days from your entry to apply with the Mexican Commission for Refugee Assistance ({ -comar }). If they have passed, apply anyway.

decide-a-mexican-national-title = You are from Mexico
decide-a-mexican-national-text = In Mexico, only people from other countries can ask for asylum. If you are fleeing danger in Mexico, the path is to ask for protection in another country.
decide-a-mexican-national-reason-1 = To ask for asylum in Mexico, you must be a foreigner.
decide-a-mexican-national-reason-court-share = In fiscal year 2024, US immigration judges granted asylum in 16.6% of the Mexicans' cases they decided.
decide-a-mexican-national-reason-border = The rules for asylum at the US border are being decided in court, and it is not confirmed what applies today. Talk to a legal aid organization before you make plans.

decide-a-visa-title = You can enter the United States legally
decide-a-visa-text = If you enter with a permit, you may be able to ask for asylum from inside. Get legal help before you travel.
decide-a-visa-reason-1 = Once inside, you have 1 year from your last arrival to ask for asylum, with some exceptions.
decide-a-visa-reason-fees = The application (Form I-589) is filled in in English and costs 100 dollars. While it is open, there is a fee every year: 102 dollars in fiscal year 2026.
decide-a-visa-reason-3 = US rules changed a lot in 2025 and may change again.

decide-a-inside-us-title = You are already in the United States
decide-a-inside-us-text = You may still be able to ask for asylum. Get legal help as soon as you can.
decide-a-inside-us-reason-1 = You have 1 year from your last arrival to ask for asylum, with some exceptions.
decide-a-inside-us-reason-2 = Since 2025, fast deportation (expedited removal) applies to more people.
decide-a-inside-us-reason-3 = The 1-year limit does not apply to other protections, such as withholding of removal or protection against torture.
decide-a-inside-us-reason-fee = If you have already applied, pay the yearly fee within 30 days of the notice. If you do not pay on time, your application is rejected and you lose your work permit.
decide-a-inside-us-reason-leaving = If you leave the United States while your case is open, you are treated as having abandoned it.

decide-a-mpp-title = You were sent back to Mexico under MPP (the "Remain in Mexico" programme)
decide-a-mpp-text = Keep going to your US hearings. Think about asking for asylum in Mexico too, as a back-up.
decide-a-mpp-reason-some = MPP came back on 21 January 2025. Under it, some people with a US case wait in Mexico. How it works today is not clear.
decide-a-mpp-reason-2 = You can ask for asylum in Mexico: you have 30 business days from your entry. If they have passed, apply anyway and explain why.
decide-a-mpp-reason-state = If you ask for asylum in Mexico, leaving the state where you applied is treated as abandoning that claim. Going to a hearing may make you leave that state.
decide-a-mpp-reason-travel = Before you travel to a hearing, talk to a legal aid organization. If you must leave the state, first ask the Mexican Commission for Refugee Assistance ({ -comar }) in writing to continue your case in another state.

decide-a-us-hearings-title = You have a case in the United States
decide-a-us-hearings-text = Keep going to all your US hearings. Write down your dates and keep your case papers.
decide-a-us-hearings-reason-help = Before you travel to a hearing, talk to a legal aid organization.
decide-a-us-hearings-reason-rules = US rules changed in 2025 and 2026, and may change again.

decide-a-us-border-rules-title = Children and victims at the US border
decide-a-us-border-rules-text = The text of the 2025 proclamation on the southern border makes no exception for children or for victims of trafficking or violence.

decide-a-family-children-title = You are travelling with children
decide-a-family-children-text-protections = If you ask for asylum in Mexico, children have special protections.
decide-a-family-children-reason-detention = The law says that children must not be locked up in immigration detention centres.
decide-a-family-children-reason-law = The law says each child must get their own constancia and a free visitor card, with no documents asked for. In practice, few cards are issued.

decide-a-unaccompanied-title = You are under 18 and travelling without your parents
decide-a-unaccompanied-text = In Mexico the law gives you special protection. Ask DIF (the public system that protects children) for help. You can also ask { -unhcr } (the United Nations refugee agency).
decide-a-unaccompanied-reason-1 = The child protection office (Procuraduría de Protección) must be told at once, and it decides what is best for you.
decide-a-unaccompanied-reason-2 = You have the right to a free interpreter, lawyer and representative.
decide-a-unaccompanied-reason-detention = The law says you must not be locked up in an immigration detention centre. You must be housed apart from adults.
decide-a-unaccompanied-reason-comar = If you need protection as a refugee, DIF sends you to the Mexican Commission for Refugee Assistance ({ -comar }).

decide-a-unaccompanied-mexican-text = You do not have to decide without help. Ask for help before you travel on.
decide-a-unaccompanied-mexican-reason-dif = DIF (the public system that protects children and families in Mexico) can help you.
decide-a-unaccompanied-mexican-reason-legal = A free legal aid organization can explain your options.

decide-a-violence-title = You suffered trafficking or violence
decide-a-violence-text = You can ask for protection in Mexico. Get support from an organization or from { -unhcr } (the United Nations refugee agency).
decide-a-violence-reason-1 = In Mexico, gender-based violence and generalized violence can be reasons to ask for asylum.
decide-a-violence-reason-2 = Your information is confidential, and you can get help if you are vulnerable.
decide-a-violence-reason-evidence = Keep whatever evidence you have in a safe place, such as police complaints or medical reports.

decide-a-violence-mexican-text = What happened to you matters. If you are thinking of asking for asylum in another country, get free legal help first.
decide-a-violence-mexican-reason-grounds = In the United States, one central reason for the harm must be one of 5 grounds, such as your political opinion or your social group.
decide-a-violence-mexican-reason-general = Many claims fail because the harm is seen as general violence that affects many people in the country.

decide-a-support-mexico-title = You have family or support in Mexico
decide-a-support-mexico-text = That can make it easier to start a new life in Mexico.
decide-a-support-mexico-reason-work-scarce = The visitor card for humanitarian reasons (TVRH) lets you work, but few cards are being issued today.
decide-a-support-mexico-reason-2 = If you are recognized, you get permanent residence.

decide-a-support-us-title = You have family or support in the United States
decide-a-support-us-text = Having family there does not change the border rules. Ask a legal aid organization what options you have.
decide-a-support-us-reason-spouse = A US asylum claim can include your spouse and your unmarried children under 21. A partner you are not married to cannot be included.
decide-a-support-us-reason-2 = US rules changed in 2025 and may change again.

decide-a-cannot-wait-title = You need a solution soon
decide-a-cannot-wait-text-both-long = In both countries the wait is long. In Mexico, the card that lets you work is hard to get.
decide-a-cannot-wait-reason-1 = The law gives the Mexican Commission for Refugee Assistance ({ -comar }) 45 business days to decide, but many people wait much longer.
decide-a-cannot-wait-reason-cards = The visitor card (TVRH) lets you work, but few are issued. Two reports count 4,129 cards in the first half of 2025.

decide-a-nationality-title = Your nationality
decide-a-nationality-text = Each case is decided on its own, not only by country. Nobody can promise you a result.
decide-a-nationality-reason-1 = In 2024, the Mexican Commission for Refugee Assistance ({ -comar }) decided 33,844 cases, and 74% were positive.
decide-a-nationality-reason-2 = In 2024, most people asking for asylum in Mexico came from Honduras, Cuba and Haiti.

decide-a-settle-yes-title = You want to stay in Mexico
decide-a-settle-yes-text = If you are recognized, you get permanent residence and can live wherever you want in Mexico.
decide-a-settle-yes-reason-1 = You only need to report when you move.
decide-a-settle-yes-reason-2 = A Local Integration Programme helps some recognized refugees find work and move.

decide-a-settle-undecided-title = You are not sure about staying in Mexico
decide-a-settle-undecided-text-conditions = Asking for asylum in Mexico protects you while you decide, if you stay in the state where you applied and keep signing. Talk about your plans with a legal aid organization.
decide-a-settle-undecided-reason-1 = From the day you apply, Mexico cannot send you back to a place where you are in danger.
decide-a-settle-undecided-reason-2 = If you travel to your country after being recognized, you can lose your protection.

decide-a-legal-help-title = Get free legal help
decide-a-legal-help-text = This guide informs, but it does not know your case. An expert can help you for free.
decide-a-legal-help-reason-1 = { -unhcr } (the United Nations refugee agency) and several organizations give free legal help.
decide-a-legal-help-reason-2 = Rules change often, especially in the United States.

## Reasons shared by several cards

# Protection in Mexico lasts while the person stays in the state of the claim and keeps signing
# (COMAR's limits on the constancia; Reglamento art. 24).
decide-a-reason-stay-and-sign = Your protection in Mexico lasts while you stay in the state where you applied and keep going to sign.

## Errors of the decision helper

# Variables:
#   $question (String) - the question's key as typed.
error-decide-unknown-question = There is no question “{ $question }”.
# Variables:
#   $question (String) - the question's key.
#   $answer (String) - the answer as typed.
#   $answers (String) - the possible answers, separated by commas.
error-decide-unknown-answer = “{ $answer }” is not an answer to “{ $question }”. Possible answers: { $answers }.
# Variables:
#   $question (String) - the question's key.
error-decide-missing = The question “{ $question }” has no answer yet.

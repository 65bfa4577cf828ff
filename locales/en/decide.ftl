## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333); EO 14159, EO 14165; DHS on MPP (21-01-2025); INA §208;
## LRPCAP arts. 6, 12, 13, 20, 24, 48, 49, 51; Ley de Migración arts. 52, 74; LGDNNA arts. 89-98;
## COMAR figures for 2024 (EFE, 11-01-2025); TRAC (FY2024).

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
decide-q-us-entry-mpp = I was sent back to Mexico under MPP to wait for my hearing.
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

decide-a-border-closed-title = You are in Mexico or at the border
decide-a-border-closed-text = Today it is almost impossible to ask for asylum at the US southern border. Mexico is the realistic option.
decide-a-border-closed-reason-1 = Since 20 January 2025, Proclamation 10888 suspends asylum at the southern border. It is being challenged in court, and what applies today is not clear.
decide-a-border-closed-reason-2 = CBP One appointments ended on 20 January 2025.
decide-a-border-closed-reason-3 = In Mexico you have 30 business days from your entry to apply with { -comar }. If they have passed, apply anyway.

decide-a-mexican-national-title = You are from Mexico
decide-a-mexican-national-text = { -comar } only protects people from other countries. If you are fleeing danger in Mexico, the path is to ask for asylum in another country.
decide-a-mexican-national-reason-1 = To ask for asylum in Mexico, you must be a foreigner.
decide-a-mexican-national-reason-2 = In US immigration courts, 16.6% of Mexican applicants were granted asylum in fiscal year 2024.
decide-a-mexican-national-reason-3 = The US border rules changed in 2025. Talk to a legal aid organization before you make plans.

decide-a-visa-title = You can enter the United States legally
decide-a-visa-text = If you enter with a permit, you may be able to ask for asylum from inside. Get legal help before you travel.
decide-a-visa-reason-1 = Once inside, you have 1 year from your last arrival to ask for asylum, with some exceptions.
decide-a-visa-reason-2 = Form I-589 is filled in in English and costs 100 dollars, plus 100 dollars for each year you wait.
decide-a-visa-reason-3 = US rules changed a lot in 2025 and may change again.

decide-a-inside-us-title = You are already in the United States
decide-a-inside-us-text = You may still be able to ask for asylum. Get legal help as soon as you can.
decide-a-inside-us-reason-1 = You have 1 year from your last arrival to ask for asylum, with some exceptions.
decide-a-inside-us-reason-2 = Since 2025, fast deportation (expedited removal) applies to more people.
decide-a-inside-us-reason-3 = The 1-year limit does not apply to other protections, such as withholding of removal or protection against torture.

decide-a-mpp-title = You were sent back to Mexico under MPP
decide-a-mpp-text = Keep going to your US hearings. Think about asking for asylum in Mexico too, as a back-up.
decide-a-mpp-reason-1 = MPP came back on 21 January 2025, but how it works today is not clear.
decide-a-mpp-reason-2 = You can ask for asylum in Mexico: you have 30 business days from your entry. If they have passed, apply anyway and explain why.
decide-a-mpp-reason-3 = Do not use the 2021 phone line for MPP: it no longer works.

decide-a-family-children-title = You are travelling with children
decide-a-family-children-text = For families with children, Mexico is the most realistic option today. Children have special protections.
decide-a-family-children-reason-1 = The 2025 rules at the US border make no exception for children.
decide-a-family-children-reason-2 = In Mexico, children are never held in immigration detention centres.
decide-a-family-children-reason-3 = Each child gets their own constancia and a free visitor card, with no documents asked for.

decide-a-unaccompanied-title = You are under 18 and travelling without your parents
decide-a-unaccompanied-text = In Mexico the law gives you special protection. Ask the DIF or { -unhcr } for help.
decide-a-unaccompanied-reason-1 = The child protection office (Procuraduría de Protección) must be told at once, and it decides what is best for you.
decide-a-unaccompanied-reason-2 = You have the right to a free interpreter, lawyer and representative.
decide-a-unaccompanied-reason-3 = You cannot be held in an immigration detention centre, and you are housed apart from adults.

decide-a-violence-title = You suffered trafficking or violence
decide-a-violence-text = You can ask for protection in Mexico. Get support from an organization or from { -unhcr }.
decide-a-violence-reason-1 = In Mexico, gender-based violence and generalized violence can be reasons to ask for asylum.
decide-a-violence-reason-2 = Your information is confidential, and you can get help if you are vulnerable.
decide-a-violence-reason-3 = The 2025 rules at the US border make no exception for victims.

decide-a-support-mexico-title = You have family or support in Mexico
decide-a-support-mexico-text = That can make it easier to start a new life in Mexico.
decide-a-support-mexico-reason-1 = With the visitor card (TVRH) you can work while you wait.
decide-a-support-mexico-reason-2 = If you are recognized, you get permanent residence.

decide-a-support-us-title = You have family or support in the United States
decide-a-support-us-text = Having family there does not change the 2025 border rules. Ask a legal aid organization what options you have.
decide-a-support-us-reason-1 = A US asylum claim can include your spouse or partner and your unmarried children under 21.
decide-a-support-us-reason-2 = US rules changed in 2025 and may change again.

decide-a-cannot-wait-title = You need a solution soon
decide-a-cannot-wait-text = In both countries the wait is long. In Mexico, at least, you can work while you wait.
decide-a-cannot-wait-reason-1 = The law gives { -comar } 45 business days to decide, but many people wait much longer.
decide-a-cannot-wait-reason-2 = With the visitor card (TVRH) you can work legally in Mexico.

decide-a-nationality-title = Your nationality
decide-a-nationality-text = Each case is decided on its own, not only by country. Nobody can promise you a result.
decide-a-nationality-reason-1 = In 2024, { -comar } decided 33,844 cases, and 74% were positive.
decide-a-nationality-reason-2 = In 2024, most people asking for asylum in Mexico came from Honduras, Cuba and Haiti.

decide-a-settle-yes-title = You want to stay in Mexico
decide-a-settle-yes-text = If you are recognized, you get permanent residence and can live wherever you want in Mexico.
decide-a-settle-yes-reason-1 = You only need to report when you move.
decide-a-settle-yes-reason-2 = A Local Integration Programme helps some recognized refugees find work and move.

decide-a-settle-undecided-title = You are not sure about staying in Mexico
decide-a-settle-undecided-text = Asking for asylum in Mexico protects you while you decide. Talk about your plans with a legal aid organization.
decide-a-settle-undecided-reason-1 = From the day you apply, Mexico cannot send you back to a place where you are in danger.
decide-a-settle-undecided-reason-2 = If you travel to your country after being recognized, you can lose your protection.

decide-a-legal-help-title = Get free legal help
decide-a-legal-help-text = This guide informs, but it does not know your case. An expert can help you for free.
decide-a-legal-help-reason-1 = { -unhcr } and several organizations give free legal help.
decide-a-legal-help-reason-2 = Rules change often, especially in the United States.

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

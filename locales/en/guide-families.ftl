## Guide topic: children and families.
## Facts from LRPCAP arts. 6, 12, 20, 22; Ley de Migración arts. 52 V(b), 74;
## LGDNNA arts. 89, 92, 95, 96, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

families-title = Children and families
families-summary = Protection for families and for children who seek asylum in Mexico, including children who travel alone.
families-intro = If you apply for asylum with your family, each person is protected. Children have special rights in Mexico.

## Applying as a family

families-together-heading = Applying as a family
families-together-tell = Tell the Mexican Commission for Refugee Assistance ({ -comar }) who is with you.
families-together-constancia = Each child who applies with you gets their own constancia (proof of claim), as a family member who depends on you.
families-together-who = Your partner, your children and other relatives who depend on you for money can get the same protection. They must be in Mexico.
families-together-proof = If you do not have birth or marriage certificates, you can prove the relationship in other ways. Bring whatever proof you have.

## No detention for children

families-detention-heading-law = What the law says about children and detention
families-detention-text = The law says that children who seek asylum must never be locked up in an immigration detention centre (estación migratoria).
families-detention-help = If a child is locked up in an immigration detention centre, get free legal help at once. Ask { -unhcr } (the United Nations refugee agency) or a legal aid organization.

## The visitor card for children

families-card-heading = The visitor card (TVRH) for children
families-card-intro = Every migrant child has the right to a TVRH. The child gets it while the Child Protection Office (Procuraduría de Protección) decides what is best for them.
families-card-immediate = It is given at once.
families-card-free = It is free.
families-card-no-documents = No documents are needed.
families-card-curp = It comes with a CURP (Mexico's personal registration number).
families-card-adults = For adults, the TVRH does need documents. See the topic on the steps to apply for asylum in Mexico.

## Children travelling alone

families-alone-heading = Children who travel alone
families-alone-intro = Sometimes a child travels without their parents or another adult who looks after them. Mexican law protects the child like this:
families-alone-notify = The immigration authorities must tell the Child Protection Office at once.
families-alone-best-interest = The Child Protection Office decides what is best for the child.
families-alone-no-return = Nobody can send the child back to their country without first checking the risks they face there.
families-alone-dif = DIF (Mexico's family welfare system) must protect the child.
families-alone-help = The child has the right to an interpreter, a lawyer and someone to represent them. All of it is free.
families-alone-housing = The child must be housed apart from adults.
families-alone-non-refoulement = The child cannot be sent to a place where their life or freedom is in danger.
families-alone-comar = DIF looks at the child's situation. If the child needs protection as a refugee, DIF sends them to { -comar }.
families-alone-you = If you are under 18 and travelling alone, you can ask DIF or { -unhcr } for help. You do not have to do this without help.

## The United States

families-us-heading = What about the United States?
families-us-text-proclamation = The text of the 2025 proclamation on the southern border makes no exception for children or for families. It is not confirmed what applies today.
families-us-change = These rules are being challenged in court and may change. Before you decide, ask { -unhcr } or a legal aid organization for up-to-date information.

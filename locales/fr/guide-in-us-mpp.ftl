## Guide topic: if you are already in the US, or were returned to Mexico under MPP.
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## USCIS PM-602-0192 (2 December 2025); Mexico's response to MPP in the press (2025);
## a 2021 press report on an old MPP phone line; LRPCAP art. 18 and its Reglamento art. 19;
## the UNHCR Mexico help page (11 March 2026).

in-us-mpp-title = Si vous êtes déjà aux États-Unis, ou si on vous a renvoyé au Mexique avec le MPP
in-us-mpp-summary = Le délai de 1 an, l'expulsion accélérée et l'attente au Mexique. Et demander aussi l'asile au Mexique.
in-us-mpp-intro = Cette page a deux parties. Lisez celle qui correspond à votre situation.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si vous êtes déjà à l'intérieur des États-Unis
in-us-mpp-inside-may = Vous pouvez peut-être encore demander l'asile. Cela dépend de votre cas.
in-us-mpp-inside-deadline = En général, vous avez 1 an après votre dernière arrivée pour demander l'asile. Il existe quelques exceptions.
in-us-mpp-inside-other = Si cette année est passée, vous pouvez peut-être demander d'autres protections : la suspension de l'expulsion (withholding of removal) ou la protection contre la torture (CAT).
in-us-mpp-inside-proof = Gardez des preuves de la date de votre dernière arrivée.
in-us-mpp-inside-removal = Un décret du président a étendu l'expulsion accélérée (expedited removal). Ainsi, certaines personnes peuvent être expulsées sans voir un juge.
in-us-mpp-inside-fear = Si vous avez peur de retourner dans votre pays, dites-le clairement aux autorités.
in-us-mpp-inside-hold = Le service de l'immigration des États-Unis s'appelle l'USCIS. Depuis le 2 décembre 2025, il a suspendu ses décisions sur les demandes d'asile en attente. Cela peut changer.
in-us-mpp-inside-help = Cherchez une aide juridique gratuite le plus tôt possible. N'attendez pas que la fin du délai approche.

## Part 2: returned to Mexico under MPP

in-us-mpp-mpp-heading = Si on vous a renvoyé au Mexique avec le MPP
in-us-mpp-mpp-what = Le MPP est le programme « Rester au Mexique ». Avec lui, vous attendez au Mexique vos audiences devant un tribunal des États-Unis.
in-us-mpp-mpp-dates = Notez toutes vos dates d'audience et gardez les papiers de votre dossier. Demandez à une association d'aide juridique quoi faire si vous ne pouvez pas y aller.
in-us-mpp-mpp-uncertain = Le MPP a repris le 21 janvier 2025. On ne sait pas bien comment il fonctionne aujourd'hui, ni qui y est inscrit. Vérifiez auprès du { -unhcr } (agence de l'ONU pour les réfugiés) ou d'une association d'aide juridique.
in-us-mpp-mpp-mexico = Le Mexique a offert une aide humanitaire aux personnes renvoyées. Il a aussi dit qu'il chercherait à les renvoyer dans leur pays.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Demander aussi l'asile au Mexique
in-us-mpp-apply-consider = Pensez à demander aussi l'asile au Mexique. Dès votre demande, le Mexique ne peut pas vous renvoyer là où vous êtes en danger.
in-us-mpp-apply-deadline = Vous avez 30 jours ouvrables. Ils comptent à partir du jour ouvrable qui suit votre arrivée au Mexique.
in-us-mpp-apply-late = Si le délai est passé, vous pouvez encore faire la demande. Expliquez pourquoi vous n'avez pas pu le faire avant.
in-us-mpp-apply-ask = Demandez à une association d'aide juridique l'effet sur votre dossier aux États-Unis.
in-us-mpp-old-line = N'utilisez pas le numéro de téléphone du MPP qui a circulé en 2021. Il servait pour l'ancien programme.

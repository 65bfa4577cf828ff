## Guide topic: your safety. How Senda protects what you type, and its limits.

safety-topic-title = Votre sécurité sur cet appareil
safety-topic-summary = Ce que le code PIN protège et ce qu'il ne protège pas, la sortie rapide, la suppression et le mode invité.
safety-topic-intro = Ce que vous écrivez dans { -brand-name } reste seulement sur cet appareil. Ce n'est jamais envoyé nulle part.
safety-topic-pin-heading = Le code PIN
safety-topic-pin-what = Avec un code PIN, vos données sont chiffrées. La personne qui prend le téléphone ne peut pas les lire sans le code PIN.
safety-topic-pin-offline = Si quelqu'un essaie de mauvais codes PIN, il doit attendre plus longtemps à chaque nouvel essai.
safety-topic-pin-forget = Si vous oubliez le code PIN, personne ne peut récupérer vos données. Gardez une sauvegarde protégée par un mot de passe.
safety-topic-limits-heading = Ce que le code PIN ne peut pas empêcher
safety-topic-limits-watching = Quelqu'un qui regarde pendant que vous tapez le code PIN ou que vous lisez vos données.
safety-topic-limits-infected = Un téléphone qui a déjà un logiciel espion.
safety-topic-limits-open = Quelqu'un qui utilise le téléphone pendant que vos données sont ouvertes. Verrouillez-les quand vous avez fini.
safety-topic-exit-heading = Sortie rapide
safety-topic-exit-button = Le bouton « Sortie rapide » et la touche Échap (Esc) cachent tout immédiatement et verrouillent vos données.
safety-topic-exit-idle = Si vous n'utilisez pas l'application pendant 5 minutes, vos données se verrouillent toutes seules.
safety-topic-wipe-heading = Tout supprimer
safety-topic-wipe-what = La suppression retire de cet appareil les personnes, les dates, les documents et les notes que vous avez enregistrés.
safety-topic-wipe-cancel = Avant la suppression, il y a un compte à rebours de 5 secondes. Vous pouvez l'annuler.
safety-topic-wipe-guide = Le guide n'est pas supprimé : il reste disponible.
safety-topic-shared-heading = Sur un appareil partagé
safety-topic-shared-guest = En mode invité, rien n'est enregistré. Quand vous sortez, tout ce que vous avez écrit disparaît.
safety-topic-shared-backup = Pour changer de téléphone, enregistrez une sauvegarde protégée par un mot de passe. Sans le mot de passe, personne ne peut l'ouvrir.
safety-topic-network = { -brand-name } n'utilise pas internet et n'envoie de données à personne.
source-senda-design = Comment fonctionne { -brand-name } (description technique du projet)

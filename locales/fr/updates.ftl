## Guide updates: signed packs passed from device to device without internet.

pack-title = Mises à jour du guide
# Variables:
#   $version (Number) - the pack's version number.
pack-version = Version { $version } du guide
pack-origin-builtin = C'est le guide fourni avec l'application.
pack-origin-installed = C'est une mise à jour installée sur cet appareil.
pack-origin-previous = C'est la version précédente : la dernière mise à jour n'a pas pu être lue.
# Variables:
#   $date (String) - the date, written out.
pack-built = Préparée le { $date }.
# Variables:
#   $date (String) - the date, written out.
pack-checked = Informations vérifiées le { $date }.
# Variables:
#   $key (String) - the signing key, as a long code.
pack-signer = Signée avec la clé { $key }
pack-fell-back = La dernière mise à jour n'a pas pu être ouverte. Une version précédente du guide est affichée.
pack-stale = Ces informations ont été vérifiées il y a plus de 6 mois. Les règles ont peut-être changé. Vérifiez auprès du { -unhcr } ou d'une association d'aide juridique.
pack-import-label = Installer une mise à jour à partir d'un fichier
pack-rollback-button = Revenir à la version précédente
pack-installed = La nouvelle version du guide est installée.

## Errors about packs. Nothing is installed or changed when one of these appears.

error-pack-not-a-pack = Ce fichier n'est pas une mise à jour de { -brand-name }, ou il est incomplet. Rien n'a été installé.
error-pack-unsigned = Cette mise à jour n'a pas de signature. Par sécurité, elle n'a pas été installée.
# Variables:
#   $key (String) - the id of the key that signed the pack.
error-pack-unknown-signer = Cette mise à jour est signée avec une clé que cet appareil ne connaît pas ({ $key }). Elle n'a pas été installée.
error-pack-tampered = Cette mise à jour a été modifiée après avoir été signée. Elle n'a pas été installée.
error-pack-format = Cette mise à jour utilise un format que cette application ne connaît pas. Elle n'a pas été installée.
# Variables:
#   $version (String) - the app version the pack needs.
error-pack-newer-app = Cette mise à jour demande une version plus récente de l'application ({ $version } ou suivante). Elle n'a pas été installée.
error-pack-broken = Le contenu de cette mise à jour contient des erreurs. Elle n'a pas été installée.
# Variables:
#   $offered (Number) - the version of the pack offered.
#   $newest (Number) - the newest version this device has had, even if it was rolled back since.
error-pack-not-newer-than-seen = Cette mise à jour (version { $offered }) n'est pas plus récente que la version { $newest }, que cet appareil a déjà ou a déjà eue. Elle n'a pas été installée.
# Variables:
#   $offered (String) - the version the pack claims, a very large number.
#   $newest (Number) - the newest version this device has had.
error-pack-version-jump = Cette mise à jour indique la version { $offered }. C'est bien au-delà de la version { $newest }, la plus récente qu'a eue cet appareil. Elle n'a pas été installée. Demandez à la personne qui vous l'a donnée de la vérifier.
error-pack-key = Le fichier de clé n'est pas valide.
# Variables:
#   $key (String) - the id that the new key shares with a trusted one.
error-pack-key-id-taken = Cet appareil fait déjà confiance à une autre clé qui a le même identifiant ({ $key }). La nouvelle clé n'a pas été ajoutée.
error-pack-guest = En mode invité, les mises à jour du guide ne peuvent pas être modifiées. Quittez d'abord le mode invité.
error-pack-no-previous = Il n'y a aucune version précédente à laquelle revenir.
error-pack-builtin-export = Le guide fourni avec l'application ne peut pas être partagé sous forme de fichier. Seules les mises à jour installées peuvent être partagées.

## Reading and writing files the person names

# Variables:
#   $path (String) - the file as named.
error-file-read = Impossible de lire le fichier { $path }.
# Variables:
#   $path (String) - the file as named.
error-file-write = Impossible d'écrire le fichier { $path }. Rien n'a été modifié.
# Variables:
#   $megabytes (Number) - the largest size accepted, in megabytes.
error-file-too-large = Ce fichier est trop volumineux. La taille maximale acceptée est de { $megabytes } Mo. Rien n'a été modifié.

## The copy to pass on (the share kit): a folder with the app's installer, the newest guide
## and its keys, to copy onto a USB stick for another computer. Nothing personal goes in it.

pack-share-kit-button = Faire une copie à transmettre
pack-share-kit-hint = Cela crée un dossier avec l'application, le guide le plus récent et ses clés. Copiez-le sur une clé USB pour un autre ordinateur. Rien de personnel n'y est mis.
# Variables:
#   $path (String) - the folder that was written.
sharekit-written = La copie à transmettre est dans { $path }.
# The person closed the folder dialog without choosing a folder.
sharekit-not-written = Aucune copie n'a été faite.

## The README.txt file inside the folder. Commands and file names stay as they are.

sharekit-readme-title = { -brand-name } : copie à transmettre
# Variables:
#   $date (String) - the day the copy was made, written out.
#   $version (String) - the app's version, such as 0.1.0.
sharekit-readme-made = Faite le { $date }, avec { -brand-name } { $version }.
sharekit-readme-private = Ce dossier ne contient rien de personnel : ni noms, ni dates, ni notes.
sharekit-readme-contents = Ce que contient ce dossier
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-installer = { $file } : l'application, pour les ordinateurs avec Debian ou Ubuntu.
# Variables:
#   $file (String) - the file's name.
#   $version (Number) - the guide's version number.
sharekit-readme-file-pack = { $file } : le guide le plus récent (version { $version }).
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-key = { $file } : une clé qui signe les guides.
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-sums = { $file } : les codes de contrôle des fichiers, pour un ordinateur.
sharekit-readme-install = Comment installer l'application
# Variables:
#   $command (String) - the command to type, such as "sudo apt install ./senda_0.1.0_amd64.deb".
sharekit-readme-install-steps =
    1. Copiez ce dossier sur l'ordinateur.
    2. Ouvrez un terminal dans ce dossier.
    3. Tapez cette ligne, puis appuyez sur Entrée : { $command }
    4. Ouvrez { -brand-name } depuis le menu des applications.
sharekit-no-installer-source = Ce dossier n'a pas de programme d'installation. Sur cet ordinateur, { -brand-name } n'a pas été installé à partir d'un paquet, il ne peut donc pas se copier. Demandez le programme d'installation à l'association qui vous a donné { -brand-name }.
# Variables:
#   $path (String) - the file that changed.
sharekit-no-installer-changed = Ce dossier n'a pas de programme d'installation. Un fichier de { -brand-name } a changé sur cet ordinateur après l'installation ({ $path }). Une application modifiée n'est pas transmise. Réinstallez { -brand-name } à partir d'une copie de confiance.
sharekit-no-installer-platform = Ce dossier n'a pas de programme d'installation. Sur ce type d'appareil, { -brand-name } ne peut pas copier son programme d'installation. Demandez-le à l'association qui vous a donné { -brand-name }.
sharekit-no-installer-unreadable = Ce dossier n'a pas de programme d'installation. Les fichiers installés de { -brand-name } n'ont pas pu être lus. Demandez le programme d'installation à l'association qui vous a donné { -brand-name }.
sharekit-readme-guide = Comment ajouter le guide le plus récent
# Variables:
#   $file (String) - the guide file's name.
sharekit-readme-guide-steps =
    1. Ouvrez { -brand-name }.
    2. En bas de l'écran, ouvrez « { pack-title } ».
    3. Choisissez « { pack-import-label } », puis le fichier { $file }.
    { -brand-name } vérifie d'abord la signature du guide. Il refuse un guide qui a été modifié.
sharekit-readme-guide-builtin = Le guide inclus dans l'application est le plus récent de cet ordinateur. Il n'y a pas de fichier de guide à part.
sharekit-readme-guide-unreadable = La mise à jour du guide de cet ordinateur n'a pas pu être lue, elle n'est donc pas dans ce dossier. L'application a son propre guide.
sharekit-readme-keys = Clés qui signent les guides
sharekit-readme-keys-intro = Un appareil installe seulement les guides signés par une clé de confiance. Avant de faire confiance à une clé, comparez son code ci-dessous avec celui que l'association vous donne, sur papier ou par téléphone.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-keys-trust = Pour faire confiance à une clé sur un ordinateur, tapez cette ligne dans ce dossier : { $command }
sharekit-readme-keys-none = Cet ordinateur ne fait encore confiance à aucune clé de signature. Le guide inclus dans l'application n'en a pas besoin.
sharekit-readme-check = Comment vérifier les fichiers
sharekit-readme-check-intro = Chaque fichier a un code de contrôle (SHA-256). Si une seule lettre est différente, le fichier a été modifié ou abîmé : ne l'utilisez pas. Comparez les codes avec ceux que l'association vous donne.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-check-command = Sur un ordinateur avec Debian ou Ubuntu, tapez cette ligne dans ce dossier : { $command }

## Errors. Nothing is written when one of these appears.

# Variables:
#   $path (String) - the folder as named.
error-sharekit-not-empty = Le dossier { $path } n'est pas vide. Choisissez un dossier nouveau ou vide. Rien n'a été écrit.
# Variables:
#   $path (String) - the folder as named.
error-sharekit-write = La copie n'a pas pu être écrite dans { $path }. Rien n'a été gardé.

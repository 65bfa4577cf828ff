## The copy to pass on (the share kit): a folder with the app's installer, the newest guide
## and its keys, to copy onto a USB stick for another computer. Nothing personal goes in it.

pack-share-kit-button = Make a copy to pass on
pack-share-kit-hint = This makes a folder with the app, the newest guide and its keys. Copy it to a USB stick for another computer. Nothing personal goes in it.
# Variables:
#   $path (String) - the folder that was written.
sharekit-written = The copy to pass on is in { $path }.
# The person closed the folder dialog without choosing a folder.
sharekit-not-written = No copy was made.

## The README.txt file inside the folder. Commands and file names stay as they are.

sharekit-readme-title = { -brand-name }: a copy to pass on
# Variables:
#   $date (String) - the day the copy was made, written out.
#   $version (String) - the app's version, such as 0.1.0.
sharekit-readme-made = Made on { $date }, with { -brand-name } { $version }.
sharekit-readme-private = This folder holds nothing personal: no names, no dates, no notes.
sharekit-readme-contents = What is in this folder
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-installer = { $file }: the app, for computers with Debian or Ubuntu.
# Variables:
#   $file (String) - the file's name.
#   $version (Number) - the guide's version number.
sharekit-readme-file-pack = { $file }: the newest guide (version { $version }).
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-key = { $file }: a key that signs guides.
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-sums = { $file }: the check codes of the files, for a computer.
sharekit-readme-install = How to install the app
# Variables:
#   $command (String) - the command to type, such as "sudo apt install ./senda_0.1.0_amd64.deb".
sharekit-readme-install-steps =
    1. Copy this folder to the computer.
    2. Open a terminal in this folder.
    3. Type this line, then press Enter: { $command }
    4. Open { -brand-name } from the menu of apps.
sharekit-no-installer-source = This folder has no installer. { -brand-name } on this computer was not installed from a package, so it cannot copy itself. Ask the organization that gave you { -brand-name } for the installer.
# Variables:
#   $path (String) - the file that changed.
sharekit-no-installer-changed = This folder has no installer. A file of { -brand-name } on this computer changed after it was installed ({ $path }). A changed app is not passed on. Install { -brand-name } again from a copy you trust.
sharekit-no-installer-platform = This folder has no installer. { -brand-name } cannot copy its installer on this kind of device. Ask the organization that gave you { -brand-name } for the installer.
sharekit-no-installer-unreadable = This folder has no installer. The installed files of { -brand-name } could not be read. Ask the organization that gave you { -brand-name } for the installer.
sharekit-readme-guide = How to add the newest guide
# Variables:
#   $file (String) - the guide file's name.
sharekit-readme-guide-steps =
    1. Open { -brand-name }.
    2. At the bottom of the screen, open “{ pack-title }”.
    3. Choose “{ pack-import-label }”, then the file { $file }.
    { -brand-name } checks the guide's signature first. It refuses a guide that was changed.
sharekit-readme-guide-builtin = The guide inside the app is the newest one on this computer. There is no separate guide file.
sharekit-readme-guide-unreadable = The guide update on this computer could not be read, so it is not in this folder. The app has its own guide.
sharekit-readme-keys = Keys that sign guides
sharekit-readme-keys-intro = A device installs only guides signed by a key it trusts. Before you trust a key, compare its code below with the code the organization gives you, on paper or by phone.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-keys-trust = To trust a key on a computer, type this line in this folder: { $command }
sharekit-readme-keys-none = This computer trusts no signing key yet. The guide inside the app needs none.
sharekit-readme-check = How to check the files
sharekit-readme-check-intro = Each file has a check code (SHA-256). If one letter is different, the file was changed or damaged: do not use it. Compare the codes with the ones the organization gives you.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-check-command = On a computer with Debian or Ubuntu, type this line in this folder: { $command }

## Errors. Nothing is written when one of these appears.

# Variables:
#   $path (String) - the folder as named.
error-sharekit-not-empty = The folder { $path } is not empty. Choose a new or empty folder. Nothing was written.
# Variables:
#   $path (String) - the folder as named.
error-sharekit-write = The copy could not be written to { $path }. Nothing was kept.

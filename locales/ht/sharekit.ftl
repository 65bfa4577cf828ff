## The copy to pass on (the share kit): a folder with the app's installer, the newest guide
## and its keys, to copy onto a USB stick for another computer. Nothing personal goes in it.

pack-share-kit-button = Fè yon kopi pou pataje
pack-share-kit-hint = Sa a fè yon dosye ak aplikasyon an, dènye gid la ak kle li yo. Kopye l sou yon kle USB pou yon lòt òdinatè. Pa gen anyen pèsonèl ladan l.
# Variables:
#   $path (String) - the folder that was written.
sharekit-written = Kopi pou pataje a nan { $path }.
# The person closed the folder dialog without choosing a folder.
sharekit-not-written = Pa gen kopi ki fèt.

## The README.txt file inside the folder. Commands and file names stay as they are.

sharekit-readme-title = { -brand-name }: kopi pou pataje
# Variables:
#   $date (String) - the day the copy was made, written out.
#   $version (String) - the app's version, such as 0.1.0.
sharekit-readme-made = Yo fè l { $date }, ak { -brand-name } { $version }.
sharekit-readme-private = Dosye sa a pa gen anyen pèsonèl ladan l: ni non, ni dat, ni nòt.
sharekit-readme-contents = Sa ki nan dosye sa a
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-installer = { $file }: aplikasyon an, pou òdinatè ki gen Debian oswa Ubuntu.
# Variables:
#   $file (String) - the file's name.
#   $version (Number) - the guide's version number.
sharekit-readme-file-pack = { $file }: dènye gid la (vèsyon { $version }).
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-key = { $file }: yon kle ki siyen gid yo.
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-sums = { $file }: kòd verifikasyon fichye yo, pou yon òdinatè.
sharekit-readme-install = Kijan pou enstale aplikasyon an
# Variables:
#   $command (String) - the command to type, such as "sudo apt install ./senda_0.1.0_amd64.deb".
sharekit-readme-install-steps =
    1. Kopye dosye sa a sou òdinatè a.
    2. Louvri yon tèminal nan dosye sa a.
    3. Tape liy sa a, epi peze Enter: { $command }
    4. Louvri { -brand-name } nan lis aplikasyon yo.
sharekit-no-installer-source = Dosye sa a pa gen enstalatè (fichye pou enstale aplikasyon an). Yo pa t enstale { -brand-name } sou òdinatè sa a ak yon fichye enstalasyon, kidonk li pa ka kopye tèt li. Mande òganizasyon ki te ba ou { -brand-name } a enstalatè a.
# Variables:
#   $path (String) - the file that changed.
sharekit-no-installer-changed = Dosye sa a pa gen enstalatè (fichye pou enstale aplikasyon an). Yon fichye { -brand-name } chanje sou òdinatè sa a apre yo te enstale l ({ $path }). Yo pa pataje yon aplikasyon ki chanje. Enstale { -brand-name } ankò ak yon kopi ou fè konfyans.
sharekit-no-installer-platform = Dosye sa a pa gen enstalatè (fichye pou enstale aplikasyon an). Sou kalite aparèy sa a, { -brand-name } pa ka kopye enstalatè li. Mande òganizasyon ki te ba ou { -brand-name } a enstalatè a.
sharekit-no-installer-unreadable = Dosye sa a pa gen enstalatè (fichye pou enstale aplikasyon an). Aplikasyon an pa t kapab li fichye { -brand-name } ki enstale yo. Mande òganizasyon ki te ba ou { -brand-name } a enstalatè a.
sharekit-readme-guide = Kijan pou mete dènye gid la
# Variables:
#   $file (String) - the guide file's name.
sharekit-readme-guide-steps =
    1. Louvri { -brand-name }.
    2. Anba ekran an, louvri “{ pack-title }”.
    3. Chwazi “{ pack-import-label }”, epi chwazi fichye { $file }.
    { -brand-name } verifye siyati gid la anvan. Li refize yon gid yo te chanje.
sharekit-readme-guide-builtin = Gid ki nan aplikasyon an se dènye gid ki sou òdinatè sa a. Pa gen yon fichye gid apa.
sharekit-readme-guide-unreadable = Aplikasyon an pa t kapab li mizajou gid ki sou òdinatè sa a, kidonk li pa nan dosye sa a. Aplikasyon an gen pwòp gid pa l.
sharekit-readme-keys = Kle ki siyen gid yo
sharekit-readme-keys-intro = Yon aparèy enstale sèlman gid ki siyen ak yon kle li fè konfyans. Anvan ou fè yon kle konfyans, konpare kòd li anba a ak kòd òganizasyon an ba ou, sou papye oswa nan telefòn.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-keys-trust = Pou fè yon kle konfyans sou yon òdinatè, tape liy sa a nan dosye sa a: { $command }
sharekit-readme-keys-none = Òdinatè sa a poko fè okenn kle siyati konfyans. Gid ki nan aplikasyon an pa bezwen kle.
sharekit-readme-check = Kijan pou verifye fichye yo
sharekit-readme-check-intro = Chak fichye gen yon kòd verifikasyon (SHA-256). Si yon sèl lèt diferan, yon moun chanje fichye a oswa li domaje: pa sèvi avè l. Konpare kòd yo ak kòd òganizasyon an ba ou.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-check-command = Sou yon òdinatè ki gen Debian oswa Ubuntu, tape liy sa a nan dosye sa a: { $command }

## Errors. Nothing is written when one of these appears.

# Variables:
#   $path (String) - the folder as named.
error-sharekit-not-empty = Dosye { $path } la pa vid. Chwazi yon dosye nouvo oswa yon dosye vid. Anyen pa ekri.
# Variables:
#   $path (String) - the folder as named.
error-sharekit-write = Aplikasyon an pa t kapab ekri kopi a nan { $path }. Anyen pa anrejistre.

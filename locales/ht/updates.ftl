## Guide updates: signed packs passed from device to device without internet.

pack-title = Mizajou gid la
# Variables:
#   $version (Number) - the pack's version number.
pack-version = Vèsyon { $version } gid la
pack-origin-builtin = Se gid ki te vini ak aplikasyon an.
pack-origin-installed = Se yon mizajou ki enstale nan aparèy sa a.
pack-origin-previous = Se vèsyon anvan an: aplikasyon an pa t kapab li dènye mizajou a.
# Variables:
#   $date (String) - the date, written out.
pack-built = Yo te prepare l { $date }.
# Variables:
#   $date (String) - the date, written out.
pack-checked = Yo te verifye enfòmasyon yo { $date }.
# Variables:
#   $key (String) - the signing key, as a long code.
pack-signer = Li siyen ak kle { $key }
pack-fell-back = Aplikasyon an pa t kapab louvri dènye mizajou a. W ap wè yon vèsyon gid la ki pi ansyen.
pack-stale = Yo te verifye enfòmasyon sa yo sa gen plis pase 6 mwa. Règ yo ka te chanje. Verifye avèk { -unhcr } oswa avèk yon òganizasyon ki bay èd legal.
pack-import-label = Enstale yon mizajou apati yon fichye
pack-rollback-button = Retounen nan vèsyon anvan an
pack-installed = Nouvo vèsyon gid la enstale.

## Errors about packs. Nothing is installed or changed when one of these appears.

error-pack-not-a-pack = Fichye sa a se pa yon mizajou { -brand-name }, oswa li pa konplè. Anyen pa enstale.
error-pack-unsigned = Mizajou sa a pa gen siyati. Pou sekirite ou, li pa enstale.
# Variables:
#   $key (String) - the id of the key that signed the pack.
error-pack-unknown-signer = Mizajou sa a siyen ak yon kle aparèy sa a pa konnen ({ $key }). Li pa enstale.
error-pack-tampered = Mizajou sa a te chanje apre yo te fin siyen l. Li pa enstale.
error-pack-format = Mizajou sa a sèvi ak yon fòma aplikasyon sa a pa konnen. Li pa enstale.
# Variables:
#   $version (String) - the app version the pack needs.
error-pack-newer-app = Mizajou sa a bezwen yon vèsyon aplikasyon an ki pi nouvo ({ $version } oswa pi nouvo). Li pa enstale.
error-pack-broken = Kontni mizajou sa a gen erè. Li pa enstale.
# Variables:
#   $offered (Number) - the version of the pack offered.
#   $newest (Number) - the newest version this device has had, even if it was rolled back since.
error-pack-not-newer-than-seen = Mizajou sa a (vèsyon { $offered }) pa pi nouvo pase vèsyon { $newest }. Aparèy sa a gen vèsyon sa a deja, oswa li te genyen l. Li pa enstale.
# Variables:
#   $offered (String) - the version the pack claims, a very large number.
#   $newest (Number) - the newest version this device has had.
error-pack-version-jump = Mizajou sa a di li se vèsyon { $offered }. Sa twò lwen vèsyon { $newest }, vèsyon ki pi nouvo aparèy sa a te janm genyen. Li pa enstale. Mande moun ki ba ou li a pou yo verifye l.
error-pack-key = Fichye kle a pa bon.
# Variables:
#   $key (String) - the id that the new key shares with a trusted one.
error-pack-key-id-taken = Aparèy sa a deja fè konfyans ak yon lòt kle ki gen menm non kòd la ({ $key }). Nouvo kle a pa ajoute.
error-pack-guest = Nan mòd envite, ou pa ka chanje mizajou gid la. Soti nan mòd envite anvan.
error-pack-no-previous = Pa gen okenn vèsyon anvan pou retounen ladan l.
error-pack-builtin-export = Ou pa ka pataje gid ki te vini ak aplikasyon an kòm fichye. Se sèlman mizajou ki enstale ou ka pataje.

## Reading and writing files the person names

# Variables:
#   $path (String) - the file as named.
error-file-read = Aplikasyon an pa t kapab li fichye { $path }.
# Variables:
#   $path (String) - the file as named.
error-file-write = Aplikasyon an pa t kapab ekri fichye { $path }. Anyen pa chanje.
# Variables:
#   $megabytes (Number) - the largest size accepted, in megabytes.
error-file-too-large = Fichye sa a twò gwo. Aplikasyon an pa aksepte fichye ki pi gwo pase { $megabytes } MB. Anyen pa chanje.

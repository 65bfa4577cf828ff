## Guide updates: signed packs passed from device to device without internet.

pack-title = Guide updates
# Variables:
#   $version (Number) - the pack's version number.
pack-version = Guide version { $version }
pack-origin-builtin = This is the guide that came with the app.
pack-origin-installed = This is an update installed on this device.
pack-origin-previous = This is the previous version: the latest update could not be read.
# Variables:
#   $date (String) - the date, written out.
pack-built = Made on { $date }.
# Variables:
#   $date (String) - the date, written out.
pack-checked = Facts checked on { $date }.
# Variables:
#   $key (String) - the signing key, as a long code.
pack-signer = Signed with the key { $key }
pack-fell-back = The latest update could not be opened. An earlier version of the guide is shown.
pack-stale = These facts were checked more than 6 months ago. The rules may have changed. Check with { -unhcr } or a legal aid organization.
pack-import-label = Install an update from a file
pack-rollback-button = Go back to the previous version
pack-installed = The new version of the guide is installed.

## Errors about packs. Nothing is installed or changed when one of these appears.

error-pack-not-a-pack = This file is not a { -brand-name } update, or it is incomplete. Nothing was installed.
error-pack-unsigned = This update has no signature. For your safety, it was not installed.
# Variables:
#   $key (String) - the id of the key that signed the pack.
error-pack-unknown-signer = This update is signed with a key this device does not know ({ $key }). It was not installed.
error-pack-tampered = This update was changed after it was signed. It was not installed.
error-pack-format = This update uses a format this app does not know. It was not installed.
# Variables:
#   $version (String) - the app version the pack needs.
error-pack-newer-app = This update needs a newer version of the app ({ $version } or later). It was not installed.
error-pack-broken = The content of this update has errors. It was not installed.
# Variables:
#   $offered (Number) - the version of the pack offered.
#   $newest (Number) - the newest version this device has had, even if it was rolled back since.
error-pack-not-newer-than-seen = This update (version { $offered }) is not newer than version { $newest }, which this device already has or had. It was not installed.
# Variables:
#   $offered (String) - the version the pack claims, a very large number.
#   $newest (Number) - the newest version this device has had.
error-pack-version-jump = This update says it is version { $offered }. That is far above version { $newest }, the newest this device has had. It was not installed. Ask the person who gave it to you to check it.
error-pack-key = The key file is not valid.
# Variables:
#   $key (String) - the id that the new key shares with a trusted one.
error-pack-key-id-taken = This device already trusts another key with the same id ({ $key }). The new key was not added.
error-pack-guest = Guide updates cannot be changed in guest mode. Leave guest mode first.
error-pack-no-previous = There is no previous version to go back to.
error-pack-builtin-export = The guide that came with the app cannot be shared as a file. Only installed updates can be shared.

## Reading and writing files the person names

# Variables:
#   $path (String) - the file as named.
error-file-read = The file { $path } could not be read.
# Variables:
#   $path (String) - the file as named.
error-file-write = The file { $path } could not be written. Nothing was changed.
# Variables:
#   $megabytes (Number) - the largest size accepted, in megabytes.
error-file-too-large = This file is too large. The largest file accepted is { $megabytes } MB. Nothing was changed.

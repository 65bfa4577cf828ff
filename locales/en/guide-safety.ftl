## Guide topic: your safety. How Senda protects what you type, and its limits.

safety-topic-title = Your safety on this device
safety-topic-summary = What the PIN protects and what it does not, the quick exit, deleting, and guest mode.
safety-topic-intro = What you type in { -brand-name } stays on this device only. It is never sent anywhere.
safety-topic-pin-heading = The PIN
safety-topic-pin-what = With a PIN, your data is encrypted. Whoever takes the phone cannot read it without the PIN.
safety-topic-pin-offline = If someone tries wrong PINs, each new try must wait longer.
safety-topic-pin-forget = If you forget the PIN, nobody can get your data back. Keep a backup with a passphrase.
safety-topic-limits-heading = What the PIN cannot prevent
safety-topic-limits-watching = Someone watching while you type the PIN or read your data.
safety-topic-limits-infected = A phone that already has spying software on it.
safety-topic-limits-open = Someone using the phone while your data is open. Lock it when you finish.
safety-topic-exit-heading = Quick exit
safety-topic-exit-button = The “Quick exit” button and the Esc key hide everything at once and lock your data.
safety-topic-exit-idle = If you do not use the app for 5 minutes, your data locks by itself.
safety-topic-wipe-heading = Deleting everything
safety-topic-wipe-what = Deleting removes your people, dates, documents and notes from this device.
safety-topic-wipe-cancel = Before deleting there is a 5-second countdown. You can cancel it.
safety-topic-wipe-guide = The guide is not deleted: it stays available.
safety-topic-shared-heading = On a shared device
safety-topic-shared-guest = In guest mode nothing is saved. When you leave, everything you typed is gone.
safety-topic-shared-backup = To change phones, save a backup with a passphrase. Without the passphrase, nobody can open it.
safety-topic-network = { -brand-name } does not use the internet and sends no data to anyone.
source-senda-design = How { -brand-name } works (the project's technical description)

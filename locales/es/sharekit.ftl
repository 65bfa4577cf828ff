## The copy to pass on (the share kit): a folder with the app's installer, the newest guide
## and its keys, to copy onto a USB stick for another computer. Nothing personal goes in it.

pack-share-kit-button = Hacer una copia para compartir
pack-share-kit-hint = Esto crea una carpeta con la aplicación, la guía más nueva y sus claves. Cópiela en una memoria USB para otra computadora. No lleva nada personal.
# Variables:
#   $path (String) - the folder that was written.
sharekit-written = La copia para compartir está en { $path }.
# The person closed the folder dialog without choosing a folder.
sharekit-not-written = No se hizo ninguna copia.

## The README.txt file inside the folder. Commands and file names stay as they are.

sharekit-readme-title = { -brand-name }: copia para compartir
# Variables:
#   $date (String) - the day the copy was made, written out.
#   $version (String) - the app's version, such as 0.1.0.
sharekit-readme-made = Hecha el { $date }, con { -brand-name } { $version }.
sharekit-readme-private = Esta carpeta no lleva nada personal: ni nombres, ni fechas, ni notas.
sharekit-readme-contents = Qué hay en esta carpeta
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-installer = { $file }: la aplicación, para computadoras con Debian o Ubuntu.
# Variables:
#   $file (String) - the file's name.
#   $version (Number) - the guide's version number.
sharekit-readme-file-pack = { $file }: la guía más nueva (versión { $version }).
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-key = { $file }: una clave que firma guías.
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-sums = { $file }: los códigos de control de los archivos, para una computadora.
sharekit-readme-install = Cómo instalar la aplicación
# Variables:
#   $command (String) - the command to type, such as "sudo apt install ./senda_0.1.0_amd64.deb".
sharekit-readme-install-steps =
    1. Copie esta carpeta en la computadora.
    2. Abra una terminal en esta carpeta.
    3. Escriba esta línea y presione Enter: { $command }
    4. Abra { -brand-name } desde el menú de aplicaciones.
sharekit-no-installer-source = Esta carpeta no tiene instalador. { -brand-name } no se instaló en esta computadora desde un paquete, así que no puede copiarse. Pida el instalador a la organización que le dio { -brand-name }.
# Variables:
#   $path (String) - the file that changed.
sharekit-no-installer-changed = Esta carpeta no tiene instalador. Un archivo de { -brand-name } cambió en esta computadora después de instalarse ({ $path }). Una aplicación cambiada no se comparte. Instale { -brand-name } otra vez desde una copia de confianza.
sharekit-no-installer-platform = Esta carpeta no tiene instalador. En este tipo de aparato, { -brand-name } no puede copiar su instalador. Pida el instalador a la organización que le dio { -brand-name }.
sharekit-no-installer-unreadable = Esta carpeta no tiene instalador. No se pudieron leer los archivos instalados de { -brand-name }. Pida el instalador a la organización que le dio { -brand-name }.
sharekit-readme-guide = Cómo agregar la guía más nueva
# Variables:
#   $file (String) - the guide file's name.
sharekit-readme-guide-steps =
    1. Abra { -brand-name }.
    2. Abajo en la pantalla, abra «{ pack-title }».
    3. Elija «{ pack-import-label }» y luego el archivo { $file }.
    { -brand-name } revisa primero la firma de la guía. Rechaza una guía que fue cambiada.
sharekit-readme-guide-builtin = La guía que viene dentro de la aplicación es la más nueva de esta computadora. No hay un archivo de guía aparte.
sharekit-readme-guide-unreadable = La actualización de la guía de esta computadora no se pudo leer, así que no está en esta carpeta. La aplicación trae su propia guía.
sharekit-readme-keys = Claves que firman guías
sharekit-readme-keys-intro = Un aparato solo instala guías firmadas con una clave de confianza. Antes de confiar en una clave, compare su código de abajo con el que le da la organización, en papel o por teléfono.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-keys-trust = Para confiar en una clave en una computadora, escriba esta línea en esta carpeta: { $command }
sharekit-readme-keys-none = Esta computadora todavía no confía en ninguna clave de firma. La guía que viene en la aplicación no necesita ninguna.
sharekit-readme-check = Cómo revisar los archivos
sharekit-readme-check-intro = Cada archivo tiene un código de control (SHA-256). Si una sola letra es distinta, el archivo fue cambiado o está dañado: no lo use. Compare los códigos con los que le da la organización.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-check-command = En una computadora con Debian o Ubuntu, escriba esta línea en esta carpeta: { $command }

## Errors. Nothing is written when one of these appears.

# Variables:
#   $path (String) - the folder as named.
error-sharekit-not-empty = La carpeta { $path } no está vacía. Elija una carpeta nueva o vacía. No se escribió nada.
# Variables:
#   $path (String) - the folder as named.
error-sharekit-write = No se pudo escribir la copia en { $path }. No se guardó nada.

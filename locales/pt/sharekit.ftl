## The copy to pass on (the share kit): a folder with the app's installer, the newest guide
## and its keys, to copy onto a USB stick for another computer. Nothing personal goes in it.

pack-share-kit-button = Fazer uma cópia para compartilhar
pack-share-kit-hint = Isto cria uma pasta com o aplicativo, o guia mais novo e as chaves dele. Copie a pasta em um pen drive para outro computador. Nada pessoal vai nela.
# Variables:
#   $path (String) - the folder that was written.
sharekit-written = A cópia para compartilhar está em { $path }.
# The person closed the folder dialog without choosing a folder.
sharekit-not-written = Nenhuma cópia foi feita.

## The README.txt file inside the folder. Commands and file names stay as they are.

sharekit-readme-title = { -brand-name }: cópia para compartilhar
# Variables:
#   $date (String) - the day the copy was made, written out.
#   $version (String) - the app's version, such as 0.1.0.
sharekit-readme-made = Feita em { $date }, com o { -brand-name } { $version }.
sharekit-readme-private = Esta pasta não tem nada pessoal: nem nomes, nem datas, nem anotações.
sharekit-readme-contents = O que tem nesta pasta
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-installer = { $file }: o aplicativo, para computadores com Debian ou Ubuntu.
# Variables:
#   $file (String) - the file's name.
#   $version (Number) - the guide's version number.
sharekit-readme-file-pack = { $file }: o guia mais novo (versão { $version }).
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-key = { $file }: uma chave que assina guias.
# Variables:
#   $file (String) - the file's name.
sharekit-readme-file-sums = { $file }: os códigos de verificação dos arquivos, para um computador.
sharekit-readme-install = Como instalar o aplicativo
# Variables:
#   $command (String) - the command to type, such as "sudo apt install ./senda_0.1.0_amd64.deb".
sharekit-readme-install-steps =
    1. Copie esta pasta para o computador.
    2. Abra um terminal nesta pasta.
    3. Digite esta linha e aperte Enter: { $command }
    4. Abra o { -brand-name } pelo menu de aplicativos.
sharekit-no-installer-source = Esta pasta não tem instalador. O { -brand-name } não foi instalado neste computador a partir de um pacote, então ele não consegue se copiar. Peça o instalador à organização que deu o { -brand-name } para você.
# Variables:
#   $path (String) - the file that changed.
sharekit-no-installer-changed = Esta pasta não tem instalador. Um arquivo do { -brand-name } mudou neste computador depois da instalação ({ $path }). Um aplicativo modificado não é compartilhado. Instale o { -brand-name } de novo a partir de uma cópia de confiança.
sharekit-no-installer-platform = Esta pasta não tem instalador. Neste tipo de aparelho, o { -brand-name } não consegue copiar o instalador dele. Peça o instalador à organização que deu o { -brand-name } para você.
sharekit-no-installer-unreadable = Esta pasta não tem instalador. Não foi possível ler os arquivos instalados do { -brand-name }. Peça o instalador à organização que deu o { -brand-name } para você.
sharekit-readme-guide = Como adicionar o guia mais novo
# Variables:
#   $file (String) - the guide file's name.
sharekit-readme-guide-steps =
    1. Abra o { -brand-name }.
    2. Na parte de baixo da tela, abra “{ pack-title }”.
    3. Escolha “{ pack-import-label }” e depois o arquivo { $file }.
    O { -brand-name } confere primeiro a assinatura do guia. Ele recusa um guia que foi modificado.
sharekit-readme-guide-builtin = O guia que vem dentro do aplicativo é o mais novo deste computador. Não há um arquivo de guia separado.
sharekit-readme-guide-unreadable = Não foi possível ler a atualização do guia deste computador, então ela não está nesta pasta. O aplicativo tem o próprio guia.
sharekit-readme-keys = Chaves que assinam guias
sharekit-readme-keys-intro = Um aparelho só instala guias assinados por uma chave de confiança. Antes de confiar em uma chave, compare o código dela abaixo com o código que a organização passar para você, no papel ou por telefone.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-keys-trust = Para confiar em uma chave em um computador, digite esta linha nesta pasta: { $command }
sharekit-readme-keys-none = Este computador ainda não confia em nenhuma chave de assinatura. O guia que vem no aplicativo não precisa de chave.
sharekit-readme-check = Como conferir os arquivos
sharekit-readme-check-intro = Cada arquivo tem um código de verificação (SHA-256). Se uma só letra for diferente, o arquivo foi modificado ou está danificado: não use. Compare os códigos com os que a organização passar para você.
# Variables:
#   $command (String) - the command to type.
sharekit-readme-check-command = Em um computador com Debian ou Ubuntu, digite esta linha nesta pasta: { $command }

## Errors. Nothing is written when one of these appears.

# Variables:
#   $path (String) - the folder as named.
error-sharekit-not-empty = A pasta { $path } não está vazia. Escolha uma pasta nova ou vazia. Nada foi escrito.
# Variables:
#   $path (String) - the folder as named.
error-sharekit-write = Não foi possível escrever a cópia em { $path }. Nada foi guardado.

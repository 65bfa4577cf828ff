## Guide updates: signed packs passed from device to device without internet.

pack-title = Atualizações do guia
# Variables:
#   $version (Number) - the pack's version number.
pack-version = Versão { $version } do guia
pack-origin-builtin = Este é o guia que veio com o aplicativo.
pack-origin-installed = Esta é uma atualização instalada neste aparelho.
pack-origin-previous = Esta é a versão anterior: não foi possível ler a última atualização.
# Variables:
#   $date (String) - the date, written out.
pack-built = Preparada em { $date }.
# Variables:
#   $date (String) - the date, written out.
pack-checked = Informações revisadas em { $date }.
# Variables:
#   $key (String) - the signing key, as a long code.
pack-signer = Assinada com a chave { $key }
pack-fell-back = Não foi possível abrir a última atualização. Está sendo mostrada uma versão anterior do guia.
pack-stale = Essas informações foram revisadas há mais de 6 meses. As regras podem ter mudado. Confirme com o { -unhcr } ou com uma organização de assistência jurídica.
pack-import-label = Instalar uma atualização a partir de um arquivo
pack-rollback-button = Voltar para a versão anterior
pack-installed = A nova versão do guia foi instalada.

## Errors about packs. Nothing is installed or changed when one of these appears.

error-pack-not-a-pack = Este arquivo não é uma atualização do { -brand-name } ou está incompleto. Nada foi instalado.
error-pack-unsigned = Esta atualização não tem assinatura. Por segurança, ela não foi instalada.
# Variables:
#   $key (String) - the id of the key that signed the pack.
error-pack-unknown-signer = Esta atualização foi assinada com uma chave que este aparelho não conhece ({ $key }). Ela não foi instalada.
error-pack-tampered = Esta atualização foi modificada depois de ser assinada. Ela não foi instalada.
error-pack-format = Esta atualização usa um formato que este aplicativo não conhece. Ela não foi instalada.
# Variables:
#   $version (String) - the app version the pack needs.
error-pack-newer-app = Esta atualização precisa de uma versão mais nova do aplicativo ({ $version } ou posterior). Ela não foi instalada.
error-pack-broken = O conteúdo desta atualização tem erros. Ela não foi instalada.
# Variables:
#   $offered (Number) - the version of the pack offered.
#   $newest (Number) - the newest version this device has had, even if it was rolled back since.
error-pack-not-newer-than-seen = Esta atualização (versão { $offered }) não é mais nova que a versão { $newest }, que este aparelho já tem ou já teve. Ela não foi instalada.
# Variables:
#   $offered (String) - the version the pack claims, a very large number.
#   $newest (Number) - the newest version this device has had.
error-pack-version-jump = Esta atualização diz ser a versão { $offered }. Isso está muito acima da versão { $newest }, a mais nova que este aparelho já teve. Ela não foi instalada. Peça para quem entregou o arquivo verificá-lo.
error-pack-key = O arquivo da chave não é válido.
# Variables:
#   $key (String) - the id that the new key shares with a trusted one.
error-pack-key-id-taken = Este aparelho já confia em outra chave com o mesmo identificador ({ $key }). A nova chave não foi adicionada.
error-pack-guest = No modo convidado, não é possível mudar as atualizações do guia. Saia do modo convidado primeiro.
error-pack-no-previous = Não há nenhuma versão anterior para voltar.
error-pack-builtin-export = O guia que veio com o aplicativo não pode ser compartilhado como arquivo. Só as atualizações instaladas podem ser compartilhadas.

## Reading and writing files the person names

# Variables:
#   $path (String) - the file as named.
error-file-read = Não foi possível ler o arquivo { $path }.
# Variables:
#   $path (String) - the file as named.
error-file-write = Não foi possível gravar o arquivo { $path }. Nada foi alterado.
# Variables:
#   $megabytes (Number) - the largest size accepted, in megabytes.
error-file-too-large = Este arquivo é grande demais. O tamanho máximo aceito é { $megabytes } MB. Nada foi alterado.

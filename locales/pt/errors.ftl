## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = O { -brand-name } não tem o idioma “{ $lang }”. Idiomas disponíveis: { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = Não existe nenhum tema chamado “{ $topic }”.
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = Não foi possível ler uma parte do guia ({ $file }). O arquivo pode estar danificado.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = Falta um texto no guia: “{ $id }” (em { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = Uma parte do guia não é válida ({ $file }). O arquivo pode estar danificado ou ser de outra versão.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = Não foi possível usar a pasta de dados: { $path }. Verifique se ela existe e se é possível gravar nela.
error-store-failed = Não foi possível ler ou salvar os seus dados. Nada foi alterado. Tente de novo.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Os seus dados foram salvos por uma versão mais nova do { -brand-name } (versão de dados { $found }; esta só lê até a versão { $supported }). Atualize o aplicativo. Nada foi alterado.
error-store-not-database = O arquivo de dados não é um banco de dados do { -brand-name } ou está danificado. Nada foi alterado.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = Não foi possível ler a pasta do guia: { $path }.

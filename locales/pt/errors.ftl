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

## Profiles, dates and the checklist

error-profile-name-empty = Escreva um nome ou apelido.
# Variables:
#   $max (Number) - the longest name allowed, in characters.
error-profile-name-too-long = O nome é muito longo. Ele pode ter até { $max } caracteres.
error-text-invalid = O texto tem caracteres de controle que não podem ser salvos.
error-text-empty = Escreva algo antes de salvar.
# Variables:
#   $name (String) - the name as typed.
error-profile-exists = Já existe uma pessoa chamada “{ $name }”.
# Variables:
#   $name (String) - the name as typed.
error-profile-not-found = Não existe nenhuma pessoa chamada “{ $name }”.
error-profile-choose = Há várias pessoas salvas. Diga qual delas.
error-profile-none = Ainda não há nenhuma pessoa. Adicione uma primeiro.
# Variables:
#   $name (String) - the name as typed.
error-profile-restore-expired = Não é mais possível recuperar “{ $name }”.
# Variables:
#   $value (String) - the date as typed.
error-date-invalid = “{ $value }” não é uma data válida. Escreva assim: 2026-03-27.
# Variables:
#   $value (String) - the date as typed.
#   $min (String) - the earliest date allowed.
#   $max (String) - the latest date allowed.
error-date-out-of-range = A data { $value } não é possível aqui. Ela deve estar entre { $min } e { $max }.
# Variables:
#   $day (Number) - the day as chosen, 1–31.
#   $month (Number) - the month as chosen, 1 = January … 12 = December.
#   $year (Number) - the year as chosen.
error-date-impossible = O dia { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year } não existe. Confira o dia e o mês.
# Variables:
#   $value (String) - the number as typed.
#   $max (Number) - the largest number of days allowed.
error-signing-every-invalid = “{ $value }” não serve aqui. Escreva um número de dias de 1 a { $max }.
# Variables:
#   $kind (String) - the deadline as typed.
#   $key (String) - the name of the date it counts from.
error-deadline-date-missing = O prazo “{ $kind }” precisa da data { $key }.
# Variables:
#   $key (String) - the date's name as typed.
#   $keys (String) - the names that exist, separated by commas.
error-date-key-unknown = Não existe a data “{ $key }”. Datas possíveis: { $keys }.
# Variables:
#   $value (String) - the weekday as typed.
error-weekday-invalid = “{ $value }” não é um dia da semana. Use um número de 1 (segunda-feira) a 7 (domingo).
# Variables:
#   $item (String) - the item as typed.
error-checklist-item-unknown = Não existe nenhum documento “{ $item }” na lista.
# Variables:
#   $status (String) - the status as typed.
error-checklist-status-unknown = “{ $status }” não é uma situação válida. Use have, needed ou not-applicable.
# Variables:
#   $max (Number) - the longest note allowed, in characters.
error-note-too-long = A observação é muito longa. Ela pode ter até { $max } caracteres.
# Variables:
#   $kind (String) - the deadline's name as typed.
error-deadline-unknown = Não existe o prazo “{ $kind }”.

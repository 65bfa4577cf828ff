## The `senda` command line: help texts and labels. Command and option names stay in English.

cli-about = { -brand-name }: guia sobre asilo no México que funciona sem internet, para o terminal.
cli-opt-data-dir = Pasta de dados (se não for informada: SENDA_DATA_DIR ou a pasta de dados do sistema).
cli-opt-lang = Idioma dos textos: es, en, ht, fr ou pt (se não for informado: o idioma do sistema ou o espanhol).
cli-opt-json = Escreve o resultado em JSON, para outros programas.
cli-opt-help = Mostra esta ajuda.
cli-opt-version = Mostra a versão.
cli-cmd-topics = Lista os temas do guia.
cli-cmd-show = Mostra um tema do guia.
cli-arg-topic = O nome do tema, como aparece em “senda topics”.
cli-cmd-l10n = Verifica as traduções.
cli-cmd-l10n-check = Conta, em cada língua, os textos que faltam, os que têm erros e os que são iguais ao espanhol.
cli-opt-l10n-dir = Verifica a pasta indicada (com content/ e locales/) em vez do guia incluído.
cli-help-heading-commands = Comandos disponíveis
cli-help-heading-options = Opções
cli-help-heading-arguments = Argumentos do comando
cli-help-usage = Modo de uso

## Output labels

cli-topic-sources = Fontes:
# Variables:
#   $date (String) - the date, already written out in this language.
cli-topic-checked = Última revisão: { $date }
cli-l10n-header-lang = Língua
cli-l10n-header-missing = Faltando
cli-l10n-header-errors = Erros
cli-l10n-header-identical = Iguais
cli-l10n-complete = completa
cli-l10n-incomplete = incompleta
# Variables:
#   $count (Number) - how many shipped locales are incomplete.
cli-l10n-summary-bad = { $count ->
        [one] Uma língua está incompleta.
       *[other] { $count } línguas estão incompletas.
    }
cli-l10n-summary-ok = Todas as línguas estão completas.
cli-error-detail = Detalhe técnico:

## Usage errors (exit code 2)

# Variables:
#   $arg (String) - the argument or option as typed.
cli-usage-unknown-argument = “{ $arg }” não foi reconhecido.
# Variables:
#   $arg (String) - the missing argument or option.
cli-usage-missing-argument = Falta um dado obrigatório: { $arg }.
# Variables:
#   $arg (String) - the option whose value is not valid.
cli-usage-invalid-value = O valor de { $arg } não é válido.
cli-usage-unknown-command = Esse comando não existe.
cli-usage-generic = O comando não é válido.
cli-usage-hint = Para ver a ajuda: senda --help

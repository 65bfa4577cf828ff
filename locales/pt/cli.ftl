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

## Profiles, dates, deadlines and the checklist

cli-cmd-profile = Gerencia as pessoas da sua família (perfis).
cli-cmd-profile-add = Adiciona uma pessoa.
cli-cmd-profile-list = Lista as pessoas.
cli-cmd-profile-rename = Muda o nome de uma pessoa.
cli-cmd-profile-remove = Remove uma pessoa e os dados dela (é possível desfazer durante 24 horas).
cli-cmd-profile-restore = Recupera uma pessoa removida há menos de 24 horas.
cli-arg-name = Nome ou apelido.
cli-arg-new-name = O nome novo.
cli-opt-profile = A pessoa (se houver só uma, não é preciso).
cli-opt-yes = Não pergunta antes de remover (para scripts).
cli-cmd-dates = Mostra as datas salvas de uma pessoa.
cli-cmd-dates-set = Salva uma data (AAAA-MM-DD), o dia da semana da assinatura (1 = segunda-feira … 7 = domingo) ou o intervalo em dias.
cli-cmd-dates-clear = Apaga uma data salva.
cli-arg-date-key = Qual data: entered, could-apply, filed, extended, notified, tvrh-issued, us-arrival ou signing-next; ou signing-day, signing-every-days.
cli-arg-date-value = A data (AAAA-MM-DD); o número do dia para signing-day; um número de dias para signing-every-days.
cli-cmd-deadline = Calcula um prazo a partir de uma data, sem salvar nada.
cli-arg-deadline-kind = Qual prazo: comar, appeal, nulidad, amparo, decision, decision-extended, tvrh ou us-one-year.
cli-opt-today = Usa esta data como “hoje” (AAAA-MM-DD).
cli-opt-statutory-only = Conta só os dias de descanso previstos nas leis, sem os fechamentos anunciados.
cli-cmd-deadlines = Mostra os prazos de uma pessoa.
cli-cmd-checklist = Mostra a lista de documentos de uma pessoa.
cli-cmd-checklist-set = Marca um documento: have (já tenho), needed (ainda não tenho) ou not-applicable (não se aplica).
cli-cmd-checklist-add = Adiciona um documento seu à lista.
cli-arg-item = O documento, como aparece em “senda checklist”.
cli-arg-status = have, needed ou not-applicable.
cli-opt-note = Uma observação sobre o documento.
cli-arg-item-text = O texto do documento.
cli-cmd-summary = Escreve um resumo para imprimir (HTML) dos documentos e prazos.
cli-opt-out = O arquivo onde o resumo é escrito.
cli-profile-added = Pessoa adicionada.
cli-profile-renamed = Nome mudado.
cli-profile-restored = Pessoa recuperada.
cli-saved = Salvo.
cli-cancelled = Nada foi alterado.
# Shown after the question; the person types one of the words of cli-confirm-yes.
cli-confirm-hint = Digite “sim” para confirmar:
# Words that confirm, separated by commas, lowercase.
cli-confirm-yes = sim, s
cli-no-dates = Não há datas salvas.
# Variables:
#   $file (String) - the file written.
cli-summary-written = Resumo escrito em { $file }.

## Search and the decision helper

cli-cmd-search = Pesquisa no guia, no seu idioma (e em espanhol, se não encontrar nada).
cli-arg-query = As palavras que você procura.
cli-cmd-decide = Faz as 6 perguntas do assistente e mostra os conselhos.
cli-opt-answer = Responde a uma pergunta sem que ela seja feita: PERGUNTA=RESPOSTA (por exemplo us-entry=no).
cli-decide-choose = Digite o número da sua resposta:
cli-decide-invalid = Esse número não está na lista. Tente de novo.

## Guide packs, for staff

cli-cmd-pack = Prepara, assina, verifica, instala e compartilha atualizações do guia.
cli-cmd-pack-keygen = Cria um par de chaves de assinatura (NOME.key e NOME.pub).
cli-cmd-pack-build = Prepara uma atualização com as pastas content/ e locales/.
cli-cmd-pack-sign = Assina uma atualização com uma chave secreta.
cli-cmd-pack-verify = Verifica uma atualização sem instalar.
cli-cmd-pack-trust = Aceita uma chave pública para as atualizações que ela assinar.
cli-cmd-pack-install = Instala uma atualização depois de verificar.
cli-cmd-pack-info = Mostra qual versão do guia está em uso.
cli-cmd-pack-export = Salva a atualização instalada em um arquivo, para passar para outro aparelho.
cli-cmd-pack-rollback = Volta para a versão anterior do guia.
cli-arg-pack-file = O arquivo da atualização.
cli-opt-pack-out = O arquivo que será escrito.
cli-opt-pack-version = O número da versão (maior que o da versão instalada).
cli-opt-pack-key = O arquivo da chave secreta (NOME.key).
cli-arg-pack-public-key = O arquivo da chave pública (NOME.pub).
cli-opt-pack-dir = A pasta que tem content/ e locales/ (se não for informada: a pasta atual).
cli-pack-keys-written = Chaves criadas. Guarde o arquivo .key em um lugar seguro e nunca o compartilhe.
cli-pack-signed = Atualização assinada.
cli-pack-built = Atualização preparada. Assine a atualização antes de compartilhar.
cli-pack-valid = A atualização é válida.
# Variables:
#   $key (String) - the key's fingerprint.
cli-pack-trust-confirm = Aceitar a chave { $key }? Confirme com a pessoa que criou a chave que ela é a mesma.
cli-pack-trusted = Chave aceita.
cli-pack-exported = Atualização salva.
# Variables:
#   $version (Number) - the version now in use.
cli-pack-rolled-back = Agora está em uso a versão { $version } do guia.

## PIN, lock, wipe and backup

cli-opt-pin-stdin = Lê o PIN (e, se for preciso, o PIN novo) da entrada padrão, uma linha para cada um.
cli-cmd-pin = Cria, muda ou remove o PIN que criptografa os seus dados.
cli-cmd-pin-set = Cria um PIN: os seus dados ficam criptografados.
cli-cmd-pin-change = Muda o PIN.
cli-cmd-pin-remove = Remove o PIN: os seus dados deixam de ser criptografados.
cli-cmd-lock = Bloqueia os seus dados (cada comando bloqueia os dados ao terminar).
cli-cmd-wipe = Apaga todos os seus dados pessoais. Pergunta antes.
cli-cmd-backup = Salva ou recupera uma cópia de segurança criptografada.
cli-cmd-backup-export = Salva todos os seus dados em um arquivo protegido por senha.
cli-cmd-backup-import = Recupera os seus dados de um arquivo de cópia de segurança.
cli-arg-backup-file = O arquivo da cópia de segurança.
cli-opt-passphrase-stdin = Lê a senha da entrada padrão.
cli-pin-prompt = Seu PIN:
cli-pin-new-prompt = PIN novo:
cli-passphrase-prompt = Senha da cópia:
cli-locked = Os seus dados estão bloqueados. Cada comando só desbloqueia os dados enquanto trabalha.
cli-wipe-confirm = Apagar todos os seus dados pessoais? Não será possível recuperar esses dados.
cli-wiped = Todos os seus dados pessoais foram apagados.
cli-backup-written = Cópia de segurança salva.
cli-backup-replace-confirm = Isto substitui todos os dados deste aparelho pelos dados da cópia. Continuar?
cli-backup-restored = Dados recuperados da cópia de segurança.
cli-cmd-pin-wipe-after = Apaga tudo depois de N tentativas com um PIN errado (0: nunca).
cli-arg-wipe-after = Quantas tentativas erradas (0 para desativar).
cli-cmd-share = Torna este aparelho compartilhado: cada pessoa tem o próprio espaço, bloqueado com o PIN dela. Os seus dados passam para o seu espaço.
cli-cmd-space = Os espaços de um aparelho compartilhado.
cli-cmd-space-new = Cria um espaço novo com um PIN novo.
cli-space-pin-prompt = PIN do seu espaço:
cli-pin-repeat-prompt = Repita o PIN:
cli-shared = Agora este aparelho é compartilhado. Os seus dados estão no seu espaço.
cli-space-created = O seu espaço foi criado.

## `senda share-kit`: the copy to pass on

cli-cmd-share-kit = Escreve uma pasta para passar o { -brand-name } para outro computador. Ela tem o instalador, o guia mais novo, as chaves dele e um README.
cli-opt-share-kit-out = A pasta onde escrever (nova ou vazia).
cli-share-kit-files = Arquivos e seus códigos de verificação (SHA-256):

## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = A sua segurança
safety-pin-label = PIN ou senha
safety-unlock-button = Desbloquear
safety-locked-title = Os seus dados estão bloqueados
safety-locked-hint = Digite o seu PIN para ver os seus dados. O guia pode ser lido sem PIN.
# The lock screen's button that opens the guide, which needs no PIN.
safety-read-guide-button = Ler o guia
safety-set-pin-button = Criar um PIN
safety-change-pin-button = Mudar o PIN
safety-remove-pin-button = Remover o PIN
safety-new-pin-label = PIN novo (4 caracteres ou mais)
safety-pin-on = Os seus dados estão protegidos por um PIN.
safety-pin-off = Os seus dados não têm PIN. Qualquer pessoa que estiver com este aparelho pode ver os seus dados.
safety-lock-button = Bloquear agora
safety-quick-exit = Sair rápido
safety-wipe-button = Apagar todos os meus dados
# Variables:
#   $seconds (Number) - seconds left before everything is deleted.
safety-wipe-countdown = Tudo será apagado em { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }.
safety-wipe-cancel = Não apagar
safety-wiped = Todos os seus dados foram apagados.
safety-guest-button = Entrar como convidado
safety-guest-on = Modo convidado: nada é salvo. Ao sair, tudo é apagado.
safety-guest-end = Sair do modo convidado
safety-backup-title = Cópia de segurança
safety-backup-hint = Salve os seus dados em um arquivo com senha, para passar os dados para outro celular.
safety-repeat-pin-label = Repita o PIN
safety-shared-title = Aparelho compartilhado
safety-shared-hint = Se várias pessoas usam este aparelho, cada uma pode ter o próprio espaço, bloqueado com o PIN dela. A tela inicial não mostra nomes. Os seus dados passam para o seu espaço.
safety-shared-button = Compartilhar este aparelho
safety-shared-on = Este aparelho é compartilhado. Os seus dados estão no seu próprio espaço, bloqueado com o seu PIN.
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-shared-pin-label = PIN do seu espaço ({ $min } caracteres ou mais)
safety-space-new-button = Criar o meu espaço
safety-space-new-hint = É a sua primeira vez neste aparelho? Crie o seu espaço com um PIN novo. Não conte o PIN para ninguém.
safety-locked-shared-hint = Este aparelho é compartilhado. Digite o seu PIN para abrir o seu espaço. O guia pode ser lido sem PIN.
safety-settings-title = Configurações
safety-idle-label = Bloquear os meus dados se eu ficar sem usar o aplicativo por
# Variables:
#   $minutes (Number) - minutes without use.
safety-idle-minutes = { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }
safety-wipe-after-label = Apagar tudo depois de vários PINs errados
safety-wipe-after-never = Nunca apagar
# Variables:
#   $count (Number) - wrong PINs in a row.
safety-wipe-after-count = { $count ->
        [one] Depois de 1 tentativa errada
       *[other] Depois de { $count } tentativas erradas
    }
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-backup-passphrase-label = Senha da cópia ({ $min } caracteres ou mais)
safety-backup-export-button = Salvar uma cópia
safety-backup-import-button = Recuperar a cópia
safety-backup-replace-warning = Ao recuperar uma cópia, todos os seus dados deste aparelho são substituídos pelos dados da cópia.
# Variables:
#   $path (String) - the file the backup was written to.
safety-backup-saved = A cópia foi salva em { $path }. Leve a cópia para um lugar seguro. Sem a senha, ninguém pode abrir a cópia.
# Variables:
#   $count (Number) - profiles brought back.
safety-backup-restored = A cópia foi recuperada: { $count ->
        [one] 1 pessoa
       *[other] { $count } pessoas
    }.

## Errors

# Variables:
#   $min (Number) - the fewest characters allowed.
error-pin-too-short = É curto demais. Use pelo menos { $min } caracteres.
# Variables:
#   $max (Number) - the most characters allowed.
error-pin-too-long = É longo demais. Use no máximo { $max } caracteres.
error-pin-wrong = O PIN não está correto. Nada foi alterado.
# Variables:
#   $seconds (Number) - seconds to wait.
error-pin-wait = Houve várias tentativas com um PIN errado. Espere { $seconds } segundos e tente de novo.
error-locked = Os seus dados estão bloqueados. Digite o seu PIN para desbloquear os dados.
error-pin-none = Estes dados não têm PIN.
error-pin-set = Estes dados já têm um PIN. Você pode mudar ou remover o PIN.
error-backup-open = Não foi possível abrir a cópia de segurança: a senha não está correta ou o arquivo está danificado. Nada foi alterado.
error-pin-mismatch = Os dois PINs não são iguais. Nada foi alterado.
error-pin-taken = Não é possível usar este PIN. Escolha outro. Nada foi alterado.
error-shared-needs-pin = Em um aparelho compartilhado, cada espaço precisa de um PIN.
error-shared-wipe-after = Em um aparelho compartilhado, não é possível apagar tudo depois de vários PINs errados.
error-not-shared = Este aparelho não é compartilhado.
error-shared-already = Este aparelho já é compartilhado.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Não é possível escolher esse tempo. Escolha um destes, em minutos: { $allowed }.

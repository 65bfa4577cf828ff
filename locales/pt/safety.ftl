## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = A sua segurança
safety-pin-label = PIN ou senha
safety-unlock-button = Desbloquear
safety-locked-title = Os seus dados estão bloqueados
safety-locked-hint = Digite o seu PIN para ver os seus dados. O guia pode ser lido sem PIN.
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

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
safety-space-new-button = Criar o meu espaço
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
error-shared-needs-pin = Em um aparelho compartilhado, cada espaço precisa de um PIN.
error-shared-wipe-after = Em um aparelho compartilhado, não é possível apagar tudo depois de vários PINs errados.
error-not-shared = Este aparelho não é compartilhado.
error-shared-already = Este aparelho já é compartilhado.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Não é possível escolher esse tempo. Escolha um destes, em minutos: { $allowed }.

## Um PIN ou uma frase-senha, e quanto tempo resiste a quem copiou os arquivos.

# Variables:
#   $digits (Number) - o mínimo de dígitos de um PIN novo.
#   $words (Number) - o mínimo de palavras de uma frase-senha nova.
safety-new-secret-label = PIN novo ({ $digits } dígitos ou mais) ou frase-senha ({ $words } palavras ou mais)
# Variables:
#   $digits (Number) - o mínimo de dígitos de um PIN novo.
#   $words (Number) - o mínimo de palavras de uma frase-senha nova.
safety-space-own-secret-label = O seu PIN ({ $digits } dígitos ou mais) ou frase-senha ({ $words } palavras ou mais)
safety-space-secret-label = A sua palavra e o seu PIN
safety-space-create-hint = É a sua primeira vez neste aparelho? Escolha um PIN ou uma frase-senha. O aparelho acrescenta uma palavra. Não conte para ninguém.
safety-locked-space-hint = Este aparelho é compartilhado. Digite a palavra do seu espaço, um espaço e depois o seu PIN. O guia pode ser lido sem eles.
safety-secret-hint = Um PIN protege você de quem pega o celular. Ele não protege bem de quem copia os arquivos e tem tempo e computadores. Contra isso, escolha uma frase-senha.
# Variables:
#   $passphrase (String) - palavras sorteadas pelo aparelho.
safety-suggestion = Uma frase-senha sorteada para você: { $passphrase }. Anote e guarde em um lugar seguro.
# Variables:
#   $digits (Number) - quantos dígitos o PIN tem.
#   $one (String) - quanto tempo leva com um computador, já escrito.
#   $many (String) - quanto tempo leva com muitos computadores, já escrito.
#   $computers (Number) - quantos computadores.
safety-strength-pin = Quem copiar os arquivos deste aparelho poderia testar todos os PIN de { $digits } dígitos. Isso leva { $one } com um computador, ou { $many } com { $computers } computadores.
# Variables:
#   $words (Number) - quantas palavras a frase-senha tem.
#   $one (String) - quanto tempo leva com um computador, já escrito.
#   $many (String) - quanto tempo leva com muitos computadores, já escrito.
#   $computers (Number) - quantos computadores.
safety-strength-passphrase = Quem copiar os arquivos deste aparelho teria que testar frases de { $words } palavras. Se as palavras foram escolhidas ao acaso, isso leva { $one } com um computador, ou { $many } com { $computers } computadores.
# Variables:
#   $one (String) - quanto tempo leva com um computador, já escrito.
#   $many (String) - quanto tempo leva com muitos computadores, já escrito.
#   $computers (Number) - quantos computadores.
safety-strength-space = Quem copiar os arquivos deste aparelho teria que adivinhar a palavra e o seu PIN juntos. Isso leva { $one } com um computador, ou { $many } com { $computers } computadores.
safety-duration-under-minute = menos de um minuto
safety-duration-million-years = mais de um milhão de anos
# Variables:
#   $count (Number) - minutos, arredondados.
safety-duration-minutes = { $count ->
        [one] cerca de 1 minuto
       *[other] cerca de { $count } minutos
    }
# Variables:
#   $count (Number) - horas, arredondadas.
safety-duration-hours = { $count ->
        [one] cerca de 1 hora
       *[other] cerca de { $count } horas
    }
# Variables:
#   $count (Number) - dias, arredondados.
safety-duration-days = { $count ->
        [one] cerca de 1 dia
       *[other] cerca de { $count } dias
    }
# Variables:
#   $count (Number) - anos, arredondados.
safety-duration-years = { $count ->
        [one] cerca de 1 ano
       *[other] cerca de { $count } anos
    }
# Variables:
#   $word (String) - a palavra que o aparelho acrescentou à senha do espaço.
safety-space-word = A palavra do seu espaço é: { $word }. Para abrir o seu espaço, digite esta palavra, um espaço e depois o seu PIN. Anote a palavra agora: ela não vai aparecer de novo.
# Variables:
#   $digits (Number) - o mínimo de dígitos de um PIN novo.
#   $words (Number) - o mínimo de palavras de uma frase-senha nova.
safety-weak-secret = O seu PIN é mais fácil de adivinhar do que o { -brand-name } aceita agora. Troque o PIN: use { $digits } dígitos ou mais, ou uma frase de { $words } palavras.
safety-notice-done = Já anotei
safety-notice-ok = Entendi
safety-busy = Abrindo…
safety-wipe-backups-note = As cópias de segurança que você salvou em outro lugar, como Downloads ou um pen drive, não são apagadas. Apague essas cópias você mesmo, se precisar.
# Variables:
#   $path (String) - o arquivo onde a cópia foi salva.
safety-backup-saved-to = A cópia foi salva em { $path }. Guarde a cópia em um lugar seguro, longe da senha dela.
safety-backup-not-saved = Nenhuma cópia foi salva.

## Erros

# Variables:
#   $min (Number) - o mínimo de dígitos de um PIN.
#   $words (Number) - o mínimo de palavras de uma frase-senha.
error-pin-too-few-digits = Um PIN precisa de pelo menos { $min } dígitos. Você também pode usar uma frase-senha de { $words } palavras ou mais.
error-pin-common = Este PIN é fácil demais de adivinhar: é um número comum, uma sequência ou uma data. Escolha outro.
# Variables:
#   $min (Number) - o mínimo de palavras diferentes de uma frase-senha.
#   $letters (Number) - o mínimo de letras para uma palavra contar.
#   $digits (Number) - o mínimo de dígitos de um PIN.
error-passphrase-too-few-words = Uma frase-senha precisa de pelo menos { $min } palavras diferentes, cada uma com { $letters } letras ou mais. Você também pode usar um PIN de { $digits } dígitos ou mais.
error-guest-no-pin = No modo convidado nada é salvo, então não há PIN para criar ou trocar. Saia do modo convidado primeiro.

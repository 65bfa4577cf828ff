## Guide topic: your safety. How Senda protects what you type, and its limits.

safety-topic-title = A sua segurança neste aparelho
safety-topic-summary = O que o PIN protege e o que não protege, o botão “Sair rápido”, como apagar tudo e o modo convidado.
safety-topic-intro = O que você escreve no { -brand-name } fica só neste aparelho. Nunca é enviado para lugar nenhum.
safety-topic-pin-heading = O PIN
safety-topic-pin-what = Com um PIN, os seus dados ficam criptografados. Quem pegar o celular não pode ler esses dados sem o PIN.
safety-topic-pin-offline = Se alguém tentar PINs errados, cada nova tentativa precisa esperar mais tempo.
safety-topic-pin-forget = Se você esquecer o PIN, ninguém pode recuperar os seus dados. Guarde uma cópia de segurança com senha.
safety-topic-limits-heading = O que o PIN não pode impedir
safety-topic-limits-watching = Alguém olhando enquanto você digita o PIN ou lê os seus dados.
safety-topic-limits-infected = Um celular que já tem um programa espião.
safety-topic-limits-open = Alguém usando o celular enquanto os seus dados estão desbloqueados. Bloqueie os dados quando terminar.
safety-topic-exit-heading = Sair rápido
safety-topic-exit-button = O botão “Sair rápido” e a tecla Esc escondem tudo na hora e bloqueiam os seus dados.
safety-topic-exit-idle = Se você não usar o aplicativo por 5 minutos, os seus dados são bloqueados automaticamente.
safety-topic-wipe-heading = Apagar tudo
safety-topic-wipe-what = Apagar tudo remove deste aparelho as pessoas, as datas, os documentos e as observações que você salvou.
safety-topic-wipe-cancel = Antes de apagar, há uma contagem regressiva de 5 segundos. Você pode cancelar.
safety-topic-wipe-guide = O guia não é apagado: ele continua disponível.
safety-topic-shared-heading = Em um aparelho compartilhado
safety-topic-shared-guest = No modo convidado, nada é salvo. Ao sair, tudo o que você escreveu desaparece.
safety-topic-shared-backup = Para trocar de celular, salve uma cópia de segurança com senha. Sem a senha, ninguém pode abrir a cópia.
safety-topic-network = O { -brand-name } não usa internet e não envia dados para ninguém.
source-senda-design = Como o { -brand-name } funciona (descrição técnica do projeto)

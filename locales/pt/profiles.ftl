## Profiles: the person and each family member, with their dates and documents.
## Everything here stays on the device.

nav-profiles = Meus dados
profiles-title = Pessoas
profiles-intro = Guarde as datas e os documentos de cada pessoa da sua família. Tudo fica só neste aparelho.
profiles-empty = Ainda não há nenhuma pessoa. Adicione uma para guardar as datas e os documentos dela.
profile-name-label = Nome ou apelido
profile-add-button = Adicionar pessoa
profile-rename-button = Mudar nome
profile-remove-button = Remover
# Variables:
#   $name (String) - the profile's name or nickname.
profile-remove-confirm = Remover { $name } e todos os dados dessa pessoa? Você pode desfazer isso durante 24 horas.
profile-cancel-button = Não remover
# Variables:
#   $name (String) - the profile's name or nickname.
profile-removed = Você removeu { $name }.
profile-undo-button = Desfazer
profile-dates-heading = Datas
profile-deadlines-heading = Prazos
profile-checklist-heading = Lista de documentos
profile-save-button = Salvar
profile-no-deadlines = Escreva uma data para ver os prazos.
# Variables:
#   $title (String) - what is due.
#   $date (String) - the date, written out.
profile-next-due = Próxima data: { $title }, { $date }.

## The document checklist

# Variables:
#   $have (Number) - documents the person has.
#   $total (Number) - documents that apply to the person.
checklist-progress = Você tem { $have } de { $total }.
checklist-missing-heading = Ainda falta
checklist-nothing-missing = Não falta nada desta lista.
checklist-note-label = Observação
checklist-own-heading = Os seus próprios documentos
checklist-add-label = Outro documento que você quer lembrar
checklist-add-button = Adicionar

## The printable summary

summary-button = Resumo para imprimir
summary-title = Resumo de documentos e prazos
# Variables:
#   $date (String) - the date the summary was made, written out.
summary-made-on = Preparado em { $date }.
summary-print-button = Imprimir ou salvar
summary-deadlines-heading = Prazos
summary-documents-heading = Lista de documentos

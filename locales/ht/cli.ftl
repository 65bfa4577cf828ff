## The `senda` command line: help texts and labels. Command and option names stay in English.

cli-about = { -brand-name }: yon gid sou azil nan Meksik ki mache san entènèt, pou tèminal la.
cli-opt-data-dir = Dosye done yo (si ou pa bay youn: SENDA_DATA_DIR, oswa dosye done sistèm nan).
cli-opt-lang = Lang tèks yo: es, en, ht, fr oswa pt (si ou pa bay youn: lang sistèm nan, oswa panyòl).
cli-opt-json = Ekri rezilta a an JSON, pou lòt pwogram.
cli-opt-help = Montre èd sa a.
cli-opt-version = Montre vèsyon an.
cli-cmd-topics = Bay lis sijè ki nan gid la.
cli-cmd-show = Montre yon sijè nan gid la.
cli-arg-topic = Non sijè a, jan li parèt nan «senda topics».
cli-cmd-l10n = Verifye tradiksyon yo.
cli-cmd-l10n-check = Pou chak lang, konte tèks ki manke, tèks ki gen erè, ak tèks ki menm jan ak panyòl la.
cli-opt-l10n-dir = Verifye dosye ou bay la (ak content/ ak locales/ ladan l), olye gid ki vini ak pwogram nan.
cli-help-heading-commands = Kòmand
cli-help-heading-options = Opsyon
cli-help-heading-arguments = Agiman
cli-help-usage = Itilizasyon

## Output labels

cli-topic-sources = Sous:
# Variables:
#   $date (String) - the date, already written out in this language.
cli-topic-checked = Dènye verifikasyon: { $date }
cli-l10n-header-lang = Lang
cli-l10n-header-missing = Manke
cli-l10n-header-errors = Erè
cli-l10n-header-identical = Menm jan
cli-l10n-complete = konplè
cli-l10n-incomplete = pa konplè
# Variables:
#   $count (Number) - how many shipped locales are incomplete.
cli-l10n-summary-bad = { $count ->
        [one] Gen yon lang ki pa konplè.
       *[other] Gen { $count } lang ki pa konplè.
    }
cli-l10n-summary-ok = Tout lang yo konplè.
cli-error-detail = Detay teknik:

## Usage errors (exit code 2)

# Variables:
#   $arg (String) - the argument or option as typed.
cli-usage-unknown-argument = Pwogram nan pa rekonèt «{ $arg }».
# Variables:
#   $arg (String) - the missing argument or option.
cli-usage-missing-argument = Yon enfòmasyon obligatwa manke: { $arg }.
# Variables:
#   $arg (String) - the option whose value is not valid.
cli-usage-invalid-value = Valè { $arg } pa bon.
cli-usage-unknown-command = Kòmand sa a pa egziste.
cli-usage-generic = Kòmand lan pa bon.
cli-usage-hint = Pou wè èd la: senda --help

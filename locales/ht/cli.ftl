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

## Profiles, dates, deadlines and the checklist

cli-cmd-profile = Jere moun ki nan fanmi ou yo (pwofil).
cli-cmd-profile-add = Ajoute yon moun.
cli-cmd-profile-list = Bay lis moun yo.
cli-cmd-profile-rename = Chanje non yon moun.
cli-cmd-profile-remove = Retire yon moun ak done li yo (ou ka defèt sa pandan 24 èdtan).
cli-cmd-profile-restore = Fè yon moun ou te retire tounen, si sa poko fè 24 èdtan.
cli-arg-name = Non oswa tinon.
cli-arg-new-name = Nouvo non an.
cli-opt-profile = Moun nan (si gen yon sèl moun, ou pa bezwen l).
cli-opt-yes = Pa poze kesyon anvan li retire (pou pwogram otomatik).
cli-cmd-dates = Montre dat ki anrejistre pou yon moun.
cli-cmd-dates-set = Anrejistre yon dat (AAAA-MM-JJ), jou nan semèn ou siyen an (1 = lendi … 7 = dimanch), oswa chak konbyen jou ou siyen.
cli-cmd-dates-clear = Efase yon dat ki anrejistre.
cli-arg-date-key = Ki dat: entered, could-apply, filed, extended, notified, tvrh-issued, us-arrival oswa signing-next; oswa signing-day, signing-every-days.
cli-arg-date-value = Dat la (AAAA-MM-JJ); nimewo yon jou pou signing-day; yon kantite jou pou signing-every-days.
cli-cmd-deadline = Kalkile yon delè apati yon dat, san li pa anrejistre anyen.
cli-arg-deadline-kind = Ki delè: comar, appeal, nulidad, amparo, decision, decision-extended, tvrh oswa us-one-year.
cli-opt-today = Sèvi ak dat sa a kòm «jodi a» (AAAA-MM-JJ).
cli-opt-statutory-only = Konte sèlman jou konje ki nan lalwa yo, san jou fèmen yo te anonse yo.
cli-cmd-deadlines = Montre delè yon moun.
cli-cmd-checklist = Montre lis dokiman yon moun.
cli-cmd-checklist-set = Make yon dokiman: have (mwen genyen l), needed (li manke m) oswa not-applicable (sa pa konsène m).
cli-cmd-checklist-add = Ajoute yon dokiman pa w nan lis la.
cli-arg-item = Dokiman an, jan li parèt nan «senda checklist».
cli-arg-status = have, needed oswa not-applicable.
cli-opt-note = Yon nòt pou dokiman an.
cli-arg-item-text = Tèks dokiman an.
cli-cmd-summary = Ekri yon rezime pou enprime (HTML), ak dokiman yo ak delè yo.
cli-opt-out = Fichye kote pou l ekri a.
cli-profile-added = Moun nan ajoute.
cli-profile-renamed = Non an chanje.
cli-profile-restored = Moun nan tounen nan lis la.
cli-saved = Li anrejistre.
cli-cancelled = Anyen pa chanje.
# Shown after the question; the person types one of the words of cli-confirm-yes.
cli-confirm-hint = Tape «wi» pou konfime:
# Words that confirm, separated by commas, lowercase.
cli-confirm-yes = wi, w
cli-no-dates = Pa gen okenn dat ki anrejistre.
# Variables:
#   $file (String) - the file written.
cli-summary-written = Rezime a ekri nan { $file }.

## Search and the decision helper

cli-cmd-search = Chèche nan gid la, nan lang ou (epi an panyòl si li pa jwenn anyen).
cli-arg-query = Mo w ap chèche yo.
cli-cmd-decide = Poze 6 kesyon asistan an, epi montre konsèy yo.
cli-opt-answer = Reponn yon kesyon san li pa poze l: KESYON=REPONS (pa egzanp us-entry=no).
cli-decide-choose = Tape nimewo repons ou:
cli-decide-invalid = Nimewo sa a pa nan lis la. Eseye ankò.

## Guide packs, for staff

cli-cmd-pack = Prepare, siyen, verifye, enstale epi pataje mizajou gid la.
cli-cmd-pack-keygen = Kreye yon pè kle pou siyen (NON.key ak NON.pub).
cli-cmd-pack-build = Prepare yon mizajou ak dosye content/ ak locales/ yo.
cli-cmd-pack-sign = Siyen yon mizajou ak yon kle sekrè.
cli-cmd-pack-verify = Verifye yon mizajou san li pa enstale l.
cli-cmd-pack-trust = Aksepte yon kle piblik pou mizajou li siyen yo.
cli-cmd-pack-install = Enstale yon mizajou apre li fin verifye l.
cli-cmd-pack-info = Montre ki vèsyon gid la k ap sèvi kounye a.
cli-cmd-pack-export = Anrejistre mizajou ki enstale a nan yon fichye, pou pase l bay yon lòt aparèy.
cli-cmd-pack-rollback = Retounen nan vèsyon gid la ki te la anvan an.
cli-arg-pack-file = Fichye mizajou a.
cli-opt-pack-out = Fichye kote pou l ekri a.
cli-opt-pack-version = Nimewo vèsyon an (li dwe pi wo pase nimewo vèsyon ki enstale a).
cli-opt-pack-key = Fichye kle sekrè a (NON.key).
cli-arg-pack-public-key = Fichye kle piblik la (NON.pub).
cli-opt-pack-dir = Dosye ki gen content/ ak locales/ ladan l (si ou pa bay youn: dosye kote ou ye kounye a).
cli-pack-keys-written = Kle yo ekri. Kenbe fichye .key la yon kote ki an sekirite, epi pa janm pataje l.
cli-pack-signed = Mizajou a siyen.
cli-pack-built = Mizajou a prepare. Siyen l anvan ou pataje l.
cli-pack-valid = Mizajou a bon.
# Variables:
#   $key (String) - the key's fingerprint.
cli-pack-trust-confirm = Aksepte kle { $key } la? Mande moun ki te kreye l la pou konfime se menm kle a.
cli-pack-trusted = Kle a aksepte.
cli-pack-exported = Mizajou a anrejistre.
# Variables:
#   $version (Number) - the version now in use.
cli-pack-rolled-back = Kounye a, se vèsyon { $version } gid la k ap sèvi.

## PIN, lock, wipe and backup

cli-opt-pin-stdin = Li PIN nan (epi nouvo PIN nan, si sa nesesè) nan antre estanda a, yon liy pou chak.
cli-cmd-pin = Mete, chanje oswa retire PIN ki chifre done ou yo.
cli-cmd-pin-set = Mete yon PIN: done ou yo vin chifre.
cli-cmd-pin-change = Chanje PIN nan.
cli-cmd-pin-remove = Retire PIN nan: done ou yo pa chifre ankò.
cli-cmd-lock = Fèmen done ou yo (chak kòmand fèmen yo lè li fini).
cli-cmd-wipe = Efase tout done pèsonèl ou yo. Li mande w anvan.
cli-cmd-backup = Anrejistre oswa rekipere yon kopi sekirite ki chifre.
cli-cmd-backup-export = Anrejistre tout done ou yo nan yon fichye ki pwoteje ak yon modpas.
cli-cmd-backup-import = Rekipere done ou yo apati yon fichye kopi sekirite.
cli-arg-backup-file = Fichye kopi sekirite a.
cli-opt-passphrase-stdin = Li modpas la nan antre estanda a.
cli-pin-prompt = PIN ou:
cli-pin-new-prompt = Nouvo PIN:
cli-passphrase-prompt = Modpas kopi a:
cli-locked = Done ou yo fèmen. Chak kòmand louvri yo sèlman pandan l ap travay.
cli-wipe-confirm = Efase tout done pèsonèl ou yo? Ou pa p ka rekipere yo.
cli-wiped = Tout done pèsonèl ou yo efase.
cli-backup-written = Kopi sekirite a anrejistre.
cli-backup-replace-confirm = Sa ap ranplase tout done ki nan aparèy sa a ak done ki nan kopi a. Kontinye?
cli-backup-restored = Done yo rekipere apati kopi sekirite a.
cli-cmd-pin-wipe-after = Efase tout bagay apre N esè ak yon PIN ki pa bon (0: pa janm).
cli-arg-wipe-after = Konbyen esè ki pa bon (0 pou dezaktive l).
cli-cmd-share = Fè aparèy sa a vin pataje: chak moun gen espas pa l, ki fèmen ak PIN li. Done ou yo ap pase nan espas pa w.
cli-cmd-space = Espas yo nan yon aparèy pataje.
cli-cmd-space-new = Kreye yon nouvo espas ak yon nouvo PIN.
cli-space-pin-prompt = PIN pou espas ou:
cli-pin-repeat-prompt = Tape PIN nan ankò:
cli-shared = Kounye a, aparèy sa a pataje. Done ou yo nan espas pa w.
cli-space-created = Espas ou kreye.

## `senda share-kit`: the copy to pass on

cli-cmd-share-kit = Ekri yon dosye pou pase { -brand-name } bay yon lòt òdinatè. Li gen enstalatè a, dènye gid la, kle li yo ak yon README.
cli-opt-share-kit-out = Dosye kote pou l ekri a (nouvo oswa vid).
cli-share-kit-files = Fichye yo ak kòd verifikasyon yo (SHA-256):

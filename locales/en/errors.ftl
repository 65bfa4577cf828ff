## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = { -brand-name } does not have the language “{ $lang }”. Available languages: { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = There is no topic called “{ $topic }”.
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = A part of the guide could not be read ({ $file }). The file may be damaged.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = The guide is missing a text: “{ $id }” (in { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = A part of the guide is not valid ({ $file }). The file may be damaged or made for another version.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = The data folder could not be used: { $path }. Check that it exists and that it can be written to.
error-store-failed = Your data could not be read or saved. Nothing was changed. Please try again.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Your data was saved by a newer version of { -brand-name } (data version { $found }; this one reads up to { $supported }). Please update the app. Nothing was changed.
error-store-not-database = The data file is not a { -brand-name } database, or it is damaged. Nothing was changed.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = The guide's folder could not be read: { $path }.

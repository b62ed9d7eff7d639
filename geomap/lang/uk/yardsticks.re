# Words after a superlative event cue that make it a yardstick ("найбільша битва з часів
# Бахмута", "наймасованіший обстріл з початку вторгнення", "за останні роки", "наймасовіші протести
# з 1991 року"); regular-expression
# alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
з часів
з часу
з початку
від початку
відтоді
за (?:останні |весь |усі |всі )?(?:роки|рік|місяці|час|десятиліття)
за всю
в історії
коли-небудь
досі
відтоді,? як
з (?:19|20)\d\d(?: року)?
від (?:19|20)\d\d(?: року)?
після (?:19|20)\d\d(?: року)?
з моменту
від часу

/**
 * numbcheck's errors in English (ICU MessageFormat): what each code means (`error.NUMB_…`), the templates its
 * messages are written from, and the words those templates take. Machine tokens (ids, paths, the JSON of a bad value)
 * come in as values and are shown as they are.
 */
export const errors = {
  // What each code means: the API's documentation and the fallback when nothing more can be said.
  'error.NUMB_BAD_ANSWER': 'An answer does not fit its question',
  'error.NUMB_UNKNOWN_QUESTION': 'An answer names a question numbcheck does not have',
  'error.NUMB_QUESTION_NOT_FOUND': 'There is no question with this id',
  'error.NUMB_BAD_JSON': 'The input is not valid JSON',
  'error.NUMB_BAD_REQUEST': 'The request does not fit the documented shape',
  'error.NUMB_BAD_USAGE': 'The command was not used as documented',
  'error.NUMB_BAD_ENTRY': 'A diary entry does not fit its fields',
  'error.NUMB_BAD_IMPORT': 'The document is not a diary export this numbcheck can read',
  'error.NUMB_ENTRY_NOT_FOUND': 'The diary has no entry with this id',
  'error.NUMB_ENTRY_EXISTS': 'The diary already has an entry with this id',
  'error.NUMB_UNKNOWN_HOST': 'The request names a host this server does not answer to',
  'error.NUMB_FORBIDDEN_ORIGIN': 'The request came from a page of another site',
  'error.NUMB_FORBIDDEN_PATH': 'The address names a file that is not served',
  'error.NUMB_SIGN_IN_REQUIRED': 'This needs signing in to an account',
  'error.NUMB_SIGN_IN_FAILED': 'The passkey, recovery code or access token was not accepted',
  'error.NUMB_SESSION_REQUIRED': 'This needs signing in with a passkey, not an access token',
  'error.NUMB_ACCOUNTS_OFF': 'This server runs without accounts',
  'error.NUMB_LAST_PASSKEY': 'The last passkey of an account cannot be removed',
  'error.NUMB_STORE_UNAVAILABLE': 'The diary store cannot be opened or reached',
  'error.NUMB_STORAGE_FULL': 'There is no room left to store the diary',
  'error.NUMB_FILE_NOT_FOUND': 'A file could not be read',
  'error.NUMB_CANNOT_WRITE': 'A file could not be written',
  'error.NUMB_NOT_FOUND': 'There is nothing at this address',
  'error.NUMB_REQUEST_TIMEOUT': 'The request did not arrive whole in time',
  'error.NUMB_PRECONDITION_FAILED': 'The file has changed since the version the request names',
  'error.NUMB_BODY_TOO_LARGE': 'The request body is larger than numbcheck accepts',
  'error.NUMB_URL_TOO_LONG': 'The address is longer than numbcheck accepts',
  'error.NUMB_UNSUPPORTED_MEDIA_TYPE': 'The request body is not JSON',
  'error.NUMB_RANGE_NOT_SATISFIABLE': 'The requested part of the file is not in it',
  'error.NUMB_TOO_MANY_REQUESTS': 'Too many requests from this client: wait and try again',
  'error.NUMB_HEADERS_TOO_LARGE': 'The request headers are larger than numbcheck accepts',
  'error.NUMB_INTERNAL': 'Something went wrong inside numbcheck',
  'error.NUMB_CANNOT_LISTEN': 'The server could not listen on the host and port asked for',

  // The shapes most errors share.
  'error.expects': '{field} expects {expected}, got {got}',
  'error.required': '{field} is required, got nothing',
  'error.notAField': '{field} is not a field of {what}; the fields are {fields}',
  'error.notExpected': '{field} is not expected: {whole} takes only {fields}',
  'error.notExpected.none': '{field} is not expected: {whole} takes no fields',
  'error.schema': '{field} {problem}, got {got}',
  'error.inFile': '{where}: {problem}',

  // Names of what was wrong.
  'error.field': '"{path}"',
  'error.field.input': 'the input',
  'error.field.body': 'the body',
  'error.field.query': 'the query',
  'error.field.address': 'the address',
  'error.field.headers': 'the headers',
  'error.field.periodKind': 'the kind of period',
  'error.field.bctq': 'the BCTQ answers',

  // What came.
  'error.got.nothing': 'nothing',
  'error.got.list': 'a list',
  'error.got.object': 'an object',
  'error.got.longText': '{start}… ({length, plural, one {# character} other {# characters}})',
  'error.got.count': '{count, number}',
  'error.got.bytes': '{bytes, plural, one {# byte} other {# bytes}}',
  'error.got.more': 'more',
  'error.got.emptyText': 'an empty string',
  'error.got.characters': '{length, plural, one {# character} other {# characters}}',
  'error.got.onlySpaces': 'only spaces',
  'error.got.controlCharacter': '{codePoint} at character {position, number}',
  'error.got.loneSurrogate': 'a lone surrogate {codePoint} at character {position, number}',
  'error.got.missingExposure': '{id}, which is not there',
  'error.got.neither': 'neither',

  // Kinds of value.
  'error.type.object': 'an object',
  'error.type.array': 'a list',
  'error.type.string': 'a string',
  'error.type.number': 'a number',
  'error.type.integer': 'a whole number',
  'error.type.boolean': 'true or false',
  'error.type.null': 'null',
  'error.type.text': 'text',
  'error.type.described': '{type} ({description})',

  // What was expected.
  'error.expected.oneOf': 'one of {choices}',
  'error.expected.only': 'only {choices}',
  'error.expected.listOf': 'a list of {items}',
  'error.expected.wholeNumber': 'a whole number from {min} to {max}',
  'error.expected.wholeNumberOf': 'a whole number of {unit} from {min} to {max}',
  'error.expected.numberOf': 'a number of {unit} from {min} to {max}',
  'error.expected.compared': 'a number {comparison} {limit}',
  'error.expected.atMostItems': 'at most {max, plural, one {# item} other {# items}}',
  'error.expected.atMostEachOnce':
    'at most {max, plural, one {# item} other {# items}} (each of {choices} once)',
  'error.expected.atMostCharacters': 'at most {max, plural, one {# character} other {# characters}}',
  'error.expected.atLeastCharacters': 'at least {min, plural, one {# character} other {# characters}}',
  'error.expected.textOfAtMost': 'text of at most {max, plural, one {# character} other {# characters}}',
  'error.expected.answers': 'an object of question id → answer',
  'error.expected.handMap': 'an object with left and/or right hands, or "unknown"',
  'error.expected.hand': 'an object with palm, back and arm lists',
  'error.expected.checklist':
    'a list of ticked items, an object of item → present/absent/unknown, or "unknown"',
  'error.expected.bctqAnswers': 'an object of BCTQ item id → score from 1 to 5',
  'error.expected.entryId': 'an id of 1 to 64 letters, digits, - or _',
  'error.expected.instant':
    'a date and time with a zone, such as 2026-11-30T07:15:00Z or 2026-11-30T08:15+01:00',
  'error.expected.realInstant': '{expected} (a real date from 1900 on)',
  'error.expected.offsetInRange': '{expected} (offsets run from -12:00 to +14:00)',
  'error.expected.utcOffset': 'a UTC offset in whole minutes from -720 to 840',
  'error.expected.utcOffsetOrTime':
    'the UTC offset in minutes from -720 to 840 (or a time written with its offset)',
  'error.expected.timeAfter': 'a time after {start}',
  'error.expected.fromAndTo': 'an object with from and to',
  'error.expected.controlFree': 'text without control characters (tab and new line are fine)',
  'error.expected.wellFormed': 'well-formed Unicode text',
  'error.expected.causeId': 'a cause id',
  'error.expected.questionKind': 'a question kind',
  'error.expected.activityId': 'an activity id such as running or keyboard',
  'error.expected.symptomId':
    'a symptom id from `numbcheck knowledge` (for example chest_pain, face_droop, hand_weakness)',
  'error.expected.interventionId': 'an intervention id such as hand_expander or breaks',
  'error.expected.objectWith': 'an object with {fields}',
  'error.expected.fhirBundle':
    'a FHIR R4 Bundle of type collection, as numbcheck diary export --format fhir writes it',
  'error.expected.fhirResource': 'a Composition, Patient, Observation or QuestionnaireResponse',
  'error.expected.fhirObservation':
    'an Observation numbcheck writes: numbness (SNOMED CT 44077006), or {codes} of {system}',
  'error.expected.fhirDiaryId': 'an identifier of system {system} holding the diary entry id',
  'error.expected.fhirCoding': 'a coding of system {system}',
  'error.expected.fhirLinkId': 'the linkId of a question of numbcheck’s interview',
  'error.expected.fhirChoice': 'an option of the question {question}, coded {system}',
  'error.expected.fhirAssessment': 'the assessment numbcheck gave, as JSON text (extension {url})',
  'error.expected.fhirExposure': 'a reference to an exposure period Observation in the same Bundle',
  'error.expected.diaryFormat': '"{format}" (a file written by numbcheck diary export)',
  'error.expected.diaryVersion':
    '{version}, the version this numbcheck reads (a newer numbcheck may read a newer file)',
  'error.expected.clockTime': 'a time HH:MM such as 09:00',
  'error.expected.weekdays': 'a list of weekdays 0 (Sunday) to 6 (Saturday)',
  'error.expected.weekday': 'a weekday 0 (Sunday) to 6 (Saturday)',
  'error.expected.cues': 'a list of cues from {cues}',
  'error.expected.fieldOf': 'one of the fields {fields}',
  'error.expected.jsonBody': `a JSON object '{' "answers": '{' … '}' '}'`,
  'error.expected.answersBody': `a JSON object '{' "answers": '{' question id: answer, … '}' '}'`,
  'error.expected.bodyOf': 'a JSON object ({what})',
  'error.expected.answersOrText': '"answers", "text" or both',
  'error.expected.someWords': 'some words about the numbness',
  'error.expected.atMostBytes': 'at most {bytes, plural, one {# byte} other {# bytes}} ({kib, number} KiB)',
  'error.expected.json': 'Content-Type application/json',
  'error.expected.percentEncoded': 'percent-encoded UTF-8 (as encodeURIComponent writes it)',
  'error.expected.questionId': 'a question id (GET /api/v1/knowledge lists them)',
  'error.expected.sameId': 'the id in the address ({id}) or nothing',
  'error.expected.pageLimit': 'a whole number from 1 to {max} (entries in a page; follow "next" for more)',
  'error.expected.exposureId': 'the id of an exposure period in the diary',
  'error.expected.ownerId': 'an owner id of 1 to {max} characters',
  'error.expected.listingLimit': 'a whole number',
  'error.expected.schemaName': 'a PostgreSQL schema name of lower-case letters, digits and _',

  // Units and kinds of entry.
  'error.unit.minutes': 'minutes',
  'error.unit.seconds': 'seconds',
  'error.unit.times': 'times',
  'error.unit.episodes': 'episodes',
  'error.entry.episode': 'an episode',
  'error.entry.exposure': 'an exposure period',
  'error.entry.assessment': 'a saved assessment',
  'error.entry.bctq': 'a BCTQ entry',
  'error.entry.export': 'a numbcheck diary export',
  'error.entry.savedAnswers': `an object '{' "answers": '{' … '}' '}'`,
  'error.entry.bctqAnswers': `an object '{' "answers": '{' item id: 1 to 5 '}' '}'`,
  'error.entry.exportBody': 'a numbcheck diary export, as GET /api/v1/export writes it',
  'error.entry.offsetOnly': `nothing, or '{' "utcOffsetMinutes": n '}'`,

  // Answers and questionnaires.
  'error.NUMB_UNKNOWN_QUESTION.cli':
    '{field} is not a numbcheck question; see `numbcheck knowledge` for the question ids',
  'error.NUMB_UNKNOWN_QUESTION.api':
    '{field} is not a numbcheck question; GET /api/v1/knowledge lists the question ids',
  'error.NUMB_UNKNOWN_QUESTION.bctq': 'BCTQ answers: `{id}` is not a BCTQ item; expected one of {items}',
  'error.NUMB_BAD_ANSWER.bctqItem':
    'BCTQ `{id}` ({scale} item {number}, "{text}") expects a whole number from 1 ({low}) to 5 ({high}), got {got}',

  // The HTTP server.
  'error.NUMB_BAD_JSON.syntax': 'the body is not valid JSON: {detail}',
  'error.NUMB_BAD_JSON.body': `the body expects valid JSON, an object '{' "answers": '{' … '}' '}'`,
  'error.NUMB_BAD_REQUEST.contentLength': 'the body expects as many bytes as its Content-Length header says',
  'error.NUMB_BAD_REQUEST.framework': '{method} {url}: {detail}',
  'error.NUMB_BAD_REQUEST.http':
    'the request expects HTTP/1.1 as RFC 9112 writes it, got something that does not parse',
  'error.NUMB_BAD_REQUEST.cursor':
    '"cursor" expects the "next" value of the previous page, unchanged (leave it out for the first page), got {got}, which {why}',
  'error.NUMB_BAD_REQUEST.cursorForeign': 'is not a cursor numbcheck made',
  'error.NUMB_BAD_REQUEST.cursorOrder':
    'was made for {order} first: send newestFirst={newestFirst} with it, as for the previous page',
  'error.NUMB_BAD_REQUEST.confirm': `"confirm" expects "{confirm}": this deletes every entry of the diary and cannot be undone (GET /api/v1/export first to keep a copy); send '{' "confirm": "{confirm}" '}', got {got}`,
  'error.NUMB_BAD_REQUEST.passkeyHost':
    'passkeys need a host name, got the address {address}: open numbcheck at http://localhost:… on this machine, or at its domain name',
  'error.NUMB_URL_TOO_LONG.param':
    'a part of the address expects at most {max, number} characters (an entry id has at most 64), got {url}',
  'error.NUMB_HEADERS_TOO_LARGE.limit': 'the request headers expect at most 16 KiB, got more',
  'error.NUMB_REQUEST_TIMEOUT.slow':
    'the request expects its headers and body within {seconds, plural, one {# second} other {# seconds}}, got less in that time: send the whole request again (a slow or stalled connection is closed)',
  'error.NUMB_FORBIDDEN_PATH.path': '{path} is not served: there is nothing to read there',
  'error.NUMB_PRECONDITION_FAILED.file':
    '{path} has changed since the version the request names (If-Match, If-Unmodified-Since): load it again',
  'error.NUMB_RANGE_NOT_SATISFIABLE.file':
    'the Range header asks for a part that is not in {path}: ask for the whole file',
  'error.NUMB_NOT_FOUND.route':
    'there is nothing at {method} {path}: the API is under /api/v1 and described at /openapi.json',
  'error.NUMB_INTERNAL.bug':
    'something went wrong inside numbcheck; this is a bug, not a problem with the request: please report it',
  'error.NUMB_UNKNOWN_HOST.host':
    'this numbcheck server answers to {names}, got Host {host}; to use another name, start it with --allowed-host NAME',
  'error.NUMB_FORBIDDEN_ORIGIN.origin':
    'this request came from a page at {origin}; the numbcheck API answers only its own pages ({host})',
  'error.NUMB_FORBIDDEN_ORIGIN.fetchSite':
    'this request came from another site (Sec-Fetch-Site: {site}); the numbcheck API answers only its own pages',
  'error.NUMB_FORBIDDEN_ORIGIN.form':
    '{method} {path} expects a JSON body (Content-Type: application/json) or the header {header}, got neither: a change must not be sendable by a form on another site',
  'error.NUMB_TOO_MANY_REQUESTS.wait':
    'this route expects at most {max, plural, one {# request} other {# requests}} per client in {window, plural, one {# second} other {# seconds}}, got more: wait {retry, plural, one {# second} other {# seconds}} (the Retry-After header) and try again',

  // Accounts.
  'error.NUMB_SIGN_IN_FAILED.token':
    'the Authorization header expects "Bearer {prefix}…", a personal access token of this server that has not been revoked',
  'error.NUMB_SIGN_IN_FAILED.refused': '{what} was not accepted',
  'error.NUMB_SIGN_IN_FAILED.refusedBecause': '{what} was not accepted: {detail}',
  'error.NUMB_SIGN_IN_FAILED.newPasskey': 'the new passkey',
  'error.NUMB_SIGN_IN_FAILED.passkey': 'the passkey',
  'error.NUMB_SIGN_IN_FAILED.unknownPasskey': 'this passkey (it belongs to no account here, or was removed)',
  'error.NUMB_SIGN_IN_FAILED.flow':
    '"flowId" names no passkey request in progress: it was used already or is more than five minutes old; start again',
  'error.NUMB_SIGN_IN_FAILED.otherAccount': '"flowId" was started by another account',
  'error.NUMB_SIGN_IN_FAILED.recoveryCode':
    '"code" is not an unused recovery code of any account here: check it, or use another of your codes',
  'error.NUMB_SIGN_IN_FAILED.deleted': 'the account of this passkey was deleted',
  'error.NUMB_SIGN_IN_REQUIRED.diary':
    'this numbcheck server keeps a diary for each account: sign in (or send a personal access token) to use yours',
  'error.NUMB_SIGN_IN_REQUIRED.account': 'managing an account needs signing in with its passkey first',
  'error.NUMB_SESSION_REQUIRED.token':
    'a personal access token can use the diary but not manage the account: sign in with a passkey in the web app',
  'error.NUMB_ACCOUNTS_OFF.local':
    'this numbcheck server runs without accounts: its diary belongs to the person at this machine, and no one signs in. A server for many people is started with `numbcheck serve --accounts`',
  'error.NUMB_LAST_PASSKEY.only':
    'this is the account’s only passkey: add another first, or the account could be opened only with recovery codes',
  'error.NUMB_NOT_FOUND.passkey': 'the account has no passkey with this id (GET /api/v1/account lists them)',
  'error.NUMB_NOT_FOUND.token':
    'the account has no access token with this id (GET /api/v1/account lists them)',

  // The diary and its stores.
  'error.NUMB_STORE_UNAVAILABLE.off':
    'the diary is not enabled on this server: start it with `numbcheck serve` (or `npm start`), which keeps the diary in ~/.numbcheck, or in the folder given by --data DIR or NUMBCHECK_DATA_DIR, or in PostgreSQL with DATABASE_URL',
  'error.NUMB_STORE_UNAVAILABLE.newer':
    'the diary database was written by a newer numbcheck (schema version {version}); update numbcheck to open it',
  'error.NUMB_STORE_UNAVAILABLE.postgres':
    'cannot open the diary in PostgreSQL at {url}: {reason}. Check DATABASE_URL, or unset it to keep the diary in a local file.',
  'error.NUMB_STORE_UNAVAILABLE.refused': 'the connection was refused: is PostgreSQL running there?',
  'error.NUMB_STORE_UNAVAILABLE.hostNotFound': 'the host name was not found',
  'error.NUMB_STORE_UNAVAILABLE.password': 'the user name or password was not accepted',
  'error.NUMB_STORE_UNAVAILABLE.noDatabase': 'the database does not exist',
  'error.NUMB_STORE_UNAVAILABLE.sqlite':
    'cannot open the diary at {file}: {reason}. Choose another folder with --data or NUMBCHECK_DATA_DIR.',
  'error.NUMB_STORE_UNAVAILABLE.browser': 'The diary cannot be opened in this browser: {reason}',
  'error.NUMB_STORE_UNAVAILABLE.browserBusy':
    'numbcheck is open in another tab or window of this browser (or as the installed app), which holds the diary. Close it, then reload this page.',
  'error.NUMB_STORE_UNAVAILABLE.browserNoOpfs':
    'this browser cannot keep files for websites (it may be a private window). Open numbcheck in an ordinary window of an up-to-date browser.',
  'error.NUMB_STORAGE_FULL.browser':
    'The browser has no room left to store the diary, so this entry was not saved; everything saved before it is kept. Export your diary to keep a copy, then free space on this device (delete files or apps you do not need, or other websites’ data) and try again.',
  'error.NUMB_ENTRY_NOT_FOUND.id': 'the diary has no {kind} with the id {id}',
  'error.NUMB_ENTRY_EXISTS.id': 'the diary already has {kind} with the id {id}',
  'error.NUMB_BAD_IMPORT.usedTwice': '{field}: the id {id} is used twice',
  'error.NUMB_BAD_IMPORT.missingExposure':
    '{field}: the exposure {id} is neither in the document nor in the diary',
  'error.kind.episode': 'episode',
  'error.kind.exposure': 'exposure period',
  'error.kind.assessment': 'assessment',
  'error.kind.bctq': 'BCTQ entry',
  // The command line and its files. Apostrophes are doubled: in ICU MessageFormat one starts a quotation.
  'error.NUMB_BAD_USAGE.withHelp': "{problem}\nRun ''{help}'' for usage.",
  'error.NUMB_BAD_USAGE.unknownOption': "unknown option ''{option}''",
  'error.NUMB_BAD_USAGE.takesNoValue': "option ''{option}'' takes no value, got ''{value}''",
  'error.NUMB_BAD_USAGE.needsFile': "option ''{option}'' needs a file name, or - for standard input",
  'error.NUMB_BAD_USAGE.needsWords':
    "option ''{option}'' needs your own words in quotes, for example --text \"my left hand goes numb when I run\"",
  'error.NUMB_BAD_USAGE.needsValue': "option ''{option}'' needs a value",
  'error.NUMB_BAD_USAGE.needsValueLike': "option ''{option}'' needs a value, for example {example}",
  'error.NUMB_BAD_USAGE.needsFolder': "option ''{option}'' needs a folder",
  'error.NUMB_BAD_USAGE.allowedHost':
    "option ''--allowed-host'' needs a host name without scheme or port, for example --allowed-host numbcheck.example.org, got {got}",
  'error.NUMB_BAD_USAGE.server':
    "option ''--server'' needs the server''s address, such as https://numbcheck.example.org, got ''{got}''",
  'error.NUMB_BAD_USAGE.unexpectedArgument': "unexpected argument ''{argument}''",
  'error.NUMB_BAD_USAGE.noHelpOn': "there is no help on ''{topic}'': the commands are {commands}",
  'error.NUMB_BAD_USAGE.optionOfCommand':
    "option ''--{name}'' belongs to a command, for example ''numbcheck assess --{name}''",
  'error.NUMB_BAD_USAGE.unknownCommand': "unknown command ''{command}'': the commands are {commands}",
  'error.NUMB_BAD_USAGE.noSuchOption': "''{command}'' has no option ''{option}''",
  'error.NUMB_BAD_USAGE.givenTwice': "option ''{option}'' is given twice",
  'error.NUMB_BAD_USAGE.jsonNeedsInput':
    '--json needs --answers FILE or --text "…": the interactive interview prints a readable report',
  'error.NUMB_BAD_USAGE.unknownKnowledge':
    "unknown knowledge command ''{command}'': did you mean ''numbcheck knowledge check''?",
  'error.NUMB_BAD_USAGE.unknownDiary':
    "unknown diary command ''{command}'': the diary commands are {commands}",
  'error.NUMB_BAD_USAGE.needsKind': "''{command}'' needs a kind of period (run, working_day, night, …)",
  'error.NUMB_BAD_USAGE.needsFileName': "''{command}'' needs a file name (- for standard input)",
  'error.NUMB_BAD_USAGE.dataOrServer':
    "''--data'' (a diary on this machine) and ''--server'' (a diary on a server) cannot both be given",
  'error.NUMB_BAD_USAGE.port': 'a port number from 0 to 65535',
  'error.NUMB_BAD_USAGE.portVariable': 'the PORT environment variable',
  'error.NUMB_BAD_USAGE.noTerminal':
    'the interview needs a terminal to answer in, and standard input is not one.\nTo assess saved answers, use: numbcheck assess --answers FILE (or --answers - to read standard input).',
  'error.NUMB_BAD_USAGE.token':
    '--server needs your personal access token in the NUMBCHECK_TOKEN environment variable (make one on the account screen of that server: Diary → Your account → Access tokens)',
  'error.NUMB_BAD_USAGE.cliTime':
    'a date and time such as 2026-11-30T07:15 (local time) or 2026-11-30T07:15+01:00',
  'error.NUMB_BAD_USAGE.jsonOrPdf':
    '--json and --pdf do not go together: --json writes the report here, --pdf to a file',
  'error.NUMB_BAD_USAGE.toAfterFrom': '--to must come after --from ({from}), got {got}',
  'error.NUMB_BAD_USAGE.needsHand': '--fingers, --arm, --palm and --back need --hand left, right or both',
  'error.NUMB_BAD_USAGE.nothingToRepeat':
    '--repeat logs your latest episode again, but the diary has none yet',
  'error.NUMB_BAD_USAGE.confirmDeleteAll':
    'delete-all deletes every entry and cannot be undone: run it in a terminal to confirm, or add --yes.',
  'error.NUMB_BAD_USAGE.openNetwork':
    '--host {host} opens numbcheck to the network, where anyone who reaches it would share one diary: add --accounts so that each person signs in with a passkey and has a diary of their own (docs/deploy.md says how to run it for many people)',
  'error.NUMB_FILE_NOT_FOUND.answers': 'cannot read the answers file {file}: {reason}',
  'error.NUMB_FILE_NOT_FOUND.file': 'cannot read {file}: {reason}',
  'error.NUMB_FILE_NOT_FOUND.missing': 'there is no such file',
  'error.NUMB_FILE_NOT_FOUND.folder': 'it is a folder, not a file',
  'error.NUMB_FILE_NOT_FOUND.permission': 'permission denied',
  'error.NUMB_CANNOT_WRITE.file': 'cannot write {file}: {reason}',
  'error.NUMB_CANNOT_LISTEN.inUse': '{host} port {port} is in use; choose another with --port',
  'error.NUMB_CANNOT_LISTEN.notAllowed':
    'not allowed to listen on {host} port {port}; choose a port above 1023',
  'error.NUMB_CANNOT_LISTEN.notHere': 'cannot listen on {host}: it is not an address of this machine',
  'error.NUMB_STORE_UNAVAILABLE.unreachable': 'cannot reach the numbcheck server at {server}: {reason}',
  'error.NUMB_STORE_UNAVAILABLE.answered': 'the server answered {status}',
  'error.remote': 'the numbcheck server at {server}: {problem}',
  'error.inFile.line': '{file} line {line, number}',
  'error.NUMB_BAD_JSON.empty': '{file}: is empty, expected a JSON object',
  'error.NUMB_BAD_JSON.invalid': '{file}: is not valid JSON ({detail})',
  'error.NUMB_BAD_JSON.at': '{file} line {line, number}, column {column, number}: {problem}',
  'error.json.InvalidSymbol': 'unexpected character',
  'error.json.InvalidNumberFormat': 'a number is not written correctly',
  'error.json.PropertyNameExpected': 'expected a property name in double quotes',
  'error.json.ValueExpected': 'expected a value',
  'error.json.ColonExpected': "expected '':'' after the property name",
  'error.json.CommaExpected': "expected '','' between items",
  'error.json.CloseBraceExpected': "expected '''}''' to close the object",
  'error.json.CloseBracketExpected': "expected '']'' to close the list",
  'error.json.EndOfFileExpected': 'expected the end of the file after the JSON value',
  'error.json.InvalidCommentToken': 'comments are not allowed in JSON',
  'error.json.UnexpectedEndOfString': 'a string is not closed with a double quote',
  'error.json.UnexpectedEndOfNumber': 'a number ends too early',
  'error.json.InvalidUnicode': 'a \\u escape is not valid',
  'error.json.InvalidEscapeCharacter': 'a backslash escape is not valid',
  'error.json.InvalidCharacter': 'a string contains a character that must be escaped',
} as const;

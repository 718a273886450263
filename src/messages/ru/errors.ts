import type { errors as english } from '../en/errors.ts';

/** numbcheck's errors in Russian: the same keys and placeholders as in English. */
export const errors: Readonly<Record<keyof typeof english, string>> = {
  'error.NUMB_BAD_ANSWER': 'Ответ не подходит к вопросу',
  'error.NUMB_UNKNOWN_QUESTION': 'Ответ относится к вопросу, которого в numbcheck нет',
  'error.NUMB_QUESTION_NOT_FOUND': 'Вопроса с таким id нет',
  'error.NUMB_BAD_JSON': 'Это не корректный JSON',
  'error.NUMB_BAD_REQUEST': 'Запрос не соответствует описанному формату',
  'error.NUMB_BAD_USAGE': 'Команда вызвана не так, как описано в справке',
  'error.NUMB_BAD_ENTRY': 'Запись дневника не соответствует своим полям',
  'error.NUMB_BAD_IMPORT': 'Этот документ — не экспорт дневника, который может прочитать numbcheck',
  'error.NUMB_ENTRY_NOT_FOUND': 'В дневнике нет записи с таким id',
  'error.NUMB_ENTRY_EXISTS': 'В дневнике уже есть запись с таким id',
  'error.NUMB_UNKNOWN_HOST': 'Запрос обращается к хосту, которому этот сервер не отвечает',
  'error.NUMB_FORBIDDEN_ORIGIN': 'Запрос пришёл со страницы другого сайта',
  'error.NUMB_FORBIDDEN_PATH': 'Адрес указывает на файл, который сервер не отдаёт',
  'error.NUMB_SIGN_IN_REQUIRED': 'Для этого нужно войти в учётную запись',
  'error.NUMB_SIGN_IN_FAILED': 'Ключ доступа, код восстановления или токен не приняты',
  'error.NUMB_SESSION_REQUIRED': 'Для этого нужно войти с ключом доступа, а не с токеном',
  'error.NUMB_ACCOUNTS_OFF': 'Этот сервер работает без учётных записей',
  'error.NUMB_LAST_PASSKEY': 'Последний ключ доступа учётной записи удалить нельзя',
  'error.NUMB_STORE_UNAVAILABLE': 'Хранилище дневника не открывается или недоступно',
  'error.NUMB_STORAGE_FULL': 'Для дневника не осталось места',
  'error.NUMB_FILE_NOT_FOUND': 'Не удалось прочитать файл',
  'error.NUMB_CANNOT_WRITE': 'Не удалось записать файл',
  'error.NUMB_NOT_FOUND': 'По этому адресу ничего нет',
  'error.NUMB_REQUEST_TIMEOUT': 'Запрос не пришёл целиком вовремя',
  'error.NUMB_PRECONDITION_FAILED': 'Файл изменился с той версии, которую называет запрос',
  'error.NUMB_BODY_TOO_LARGE': 'Тело запроса больше, чем принимает numbcheck',
  'error.NUMB_URL_TOO_LONG': 'Адрес длиннее, чем принимает numbcheck',
  'error.NUMB_UNSUPPORTED_MEDIA_TYPE': 'Тело запроса — не JSON',
  'error.NUMB_RANGE_NOT_SATISFIABLE': 'Запрошенной части в файле нет',
  'error.NUMB_TOO_MANY_REQUESTS': 'Слишком много запросов от этого клиента: подождите и попробуйте снова',
  'error.NUMB_HEADERS_TOO_LARGE': 'Заголовки запроса больше, чем принимает numbcheck',
  'error.NUMB_INTERNAL': 'Внутри numbcheck что-то пошло не так',
  'error.NUMB_CANNOT_LISTEN': 'Сервер не смог занять указанные хост и порт',

  'error.expects': '{field}: ожидается {expected}, получено {got}',
  'error.required': '{field}: обязательное поле, но его нет',
  'error.notAField': '{field}: такого поля нет; у объекта «{what}» есть только поля {fields}',
  'error.notExpected': '{whole}: поле {field} лишнее, допустимы только {fields}',
  'error.notExpected.none': '{whole}: поле {field} лишнее, полей здесь быть не должно',
  'error.schema': '{field}: {problem}, получено {got}',
  'error.inFile': '{where}: {problem}',

  'error.field': '«{path}»',
  'error.field.input': 'Входные данные',
  'error.field.body': 'Тело запроса',
  'error.field.query': 'Параметры запроса',
  'error.field.address': 'Адрес',
  'error.field.headers': 'Заголовки',
  'error.field.periodKind': 'Вид периода',
  'error.field.bctq': 'Ответы BCTQ',

  'error.got.nothing': 'ничего',
  'error.got.list': 'список',
  'error.got.object': 'объект',
  'error.got.longText':
    '{start}… ({length, plural, one {# символ} few {# символа} many {# символов} other {# символа}})',
  'error.got.count': '{count, number}',
  'error.got.bytes': '{bytes, plural, one {# байт} few {# байта} many {# байт} other {# байта}}',
  'error.got.more': 'больше',
  'error.got.emptyText': 'пустая строка',
  'error.got.characters':
    '{length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}',
  'error.got.onlySpaces': 'одни пробелы',
  'error.got.controlCharacter': '{codePoint} на {position, number}-й позиции',
  'error.got.loneSurrogate': 'одиночный суррогат {codePoint} на {position, number}-й позиции',
  'error.got.missingExposure': '{id}, а такого периода нет',
  'error.got.neither': 'ни того ни другого',

  'error.type.object': 'объект',
  'error.type.array': 'список',
  'error.type.string': 'строка',
  'error.type.number': 'число',
  'error.type.integer': 'целое число',
  'error.type.boolean': 'true или false',
  'error.type.null': 'null',
  'error.type.text': 'текст',
  'error.type.described': '{type} ({description})',

  'error.expected.oneOf': 'одно из значений: {choices}',
  'error.expected.only': 'только {choices}',
  'error.expected.listOf': 'список, каждый элемент которого — {items}',
  'error.expected.wholeNumber': 'целое число от {min} до {max}',
  'error.expected.wholeNumberOf': 'целое число от {min} до {max} ({unit})',
  'error.expected.numberOf': 'число от {min} до {max} ({unit})',
  'error.expected.compared': 'число {comparison} {limit}',
  'error.expected.atMostItems':
    'не больше {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}',
  'error.expected.atMostEachOnce':
    'не больше {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}} (каждое из значений {choices} — не больше одного раза)',
  'error.expected.atMostCharacters':
    'не больше {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'error.expected.atLeastCharacters':
    'не меньше {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'error.expected.textOfAtMost':
    'текст не длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'error.expected.answers': 'объект вида «id вопроса → ответ»',
  'error.expected.handMap': 'объект с левой и/или правой рукой (left, right) или "unknown"',
  'error.expected.hand': 'объект со списками palm, back и arm',
  'error.expected.checklist':
    'список отмеченных пунктов, объект вида «пункт → present/absent/unknown» или "unknown"',
  'error.expected.bctqAnswers': 'объект вида «id пункта BCTQ → балл от 1 до 5»',
  'error.expected.entryId': 'id из 1–64 латинских букв, цифр, - или _',
  'error.expected.instant':
    'дата и время с часовым поясом, например 2026-11-30T07:15:00Z или 2026-11-30T08:15+01:00',
  'error.expected.realInstant': '{expected} (существующая дата не раньше 1900 года)',
  'error.expected.offsetInRange': '{expected} (смещение — от -12:00 до +14:00)',
  'error.expected.utcOffset': 'смещение от UTC в целых минутах от -720 до 840',
  'error.expected.utcOffsetOrTime':
    'смещение от UTC в минутах от -720 до 840 (или время, записанное со смещением)',
  'error.expected.timeAfter': 'время позже {start}',
  'error.expected.fromAndTo': 'объект с полями from и to',
  'error.expected.controlFree': 'текст без управляющих символов (табуляция и перевод строки допустимы)',
  'error.expected.wellFormed': 'корректный текст Unicode',
  'error.expected.causeId': 'id причины',
  'error.expected.questionKind': 'тип вопроса',
  'error.expected.activityId': 'id занятия, например running или keyboard',
  'error.expected.symptomId':
    'id симптома из `numbcheck knowledge` (например, chest_pain, face_droop, hand_weakness)',
  'error.expected.interventionId': 'id меры, например hand_expander или breaks',
  'error.expected.objectWith': 'объект с полями {fields}',
  'error.expected.fhirBundle':
    'FHIR R4 Bundle типа collection, как его пишет numbcheck diary export --format fhir',
  'error.expected.fhirResource': 'Composition, Patient, Observation или QuestionnaireResponse',
  'error.expected.fhirObservation':
    'Observation, которое пишет numbcheck: онемение (SNOMED CT 44077006) или {codes} из {system}',
  'error.expected.fhirDiaryId': 'identifier с system {system} и id записи дневника',
  'error.expected.fhirCoding': 'coding из системы {system}',
  'error.expected.fhirLinkId': 'linkId вопроса из опроса numbcheck',
  'error.expected.fhirChoice': 'вариант ответа на вопрос {question} из системы {system}',
  'error.expected.fhirAssessment': 'результат проверки numbcheck в виде JSON-текста (расширение {url})',
  'error.expected.fhirExposure': 'ссылка на Observation периода нагрузки в этом же Bundle',
  'error.expected.diaryFormat': '"{format}" (файл, записанный командой numbcheck diary export)',
  'error.expected.diaryVersion':
    '{version} — версия, которую читает этот numbcheck (более новый файл прочитает более новый numbcheck)',
  'error.expected.clockTime': 'время в виде ЧЧ:ММ, например 09:00',
  'error.expected.weekdays': 'список дней недели от 0 (воскресенье) до 6 (суббота)',
  'error.expected.weekday': 'день недели от 0 (воскресенье) до 6 (суббота)',
  'error.expected.cues': 'список подсказок из {cues}',
  'error.expected.fieldOf': 'одно из полей {fields}',
  'error.expected.jsonBody': `объект JSON '{' "answers": '{' … '}' '}'`,
  'error.expected.answersBody': `объект JSON '{' "answers": '{' id вопроса: ответ, … '}' '}'`,
  'error.expected.bodyOf': 'объект JSON ({what})',
  'error.expected.answersOrText': '"answers", "text" или оба поля',
  'error.expected.someWords': 'хотя бы несколько слов об онемении',
  'error.expected.atMostBytes':
    'не больше {bytes, plural, one {# байта} few {# байт} many {# байт} other {# байта}} ({kib, number} КиБ)',
  'error.expected.json': 'Content-Type application/json',
  'error.expected.percentEncoded': 'UTF-8 в процентной кодировке (как её записывает encodeURIComponent)',
  'error.expected.questionId': 'id вопроса (их список — в GET /api/v1/knowledge)',
  'error.expected.sameId': 'id из адреса ({id}) или ничего',
  'error.expected.pageLimit':
    'целое число от 1 до {max} (записей на странице; остальные — по ссылке из "next")',
  'error.expected.exposureId': 'id периода нагрузки из дневника',
  'error.expected.ownerId': 'id владельца длиной от 1 до {max} символов',
  'error.expected.listingLimit': 'целое число',
  'error.expected.schemaName': 'имя схемы PostgreSQL из строчных латинских букв, цифр и _',

  'error.unit.minutes': 'минуты',
  'error.unit.seconds': 'секунды',
  'error.unit.times': 'раз',
  'error.unit.episodes': 'эпизоды',
  'error.entry.episode': 'эпизод',
  'error.entry.exposure': 'период нагрузки',
  'error.entry.assessment': 'сохранённая оценка',
  'error.entry.bctq': 'запись BCTQ',
  'error.entry.export': 'экспорт дневника numbcheck',
  'error.entry.savedAnswers': `объект '{' "answers": '{' … '}' '}'`,
  'error.entry.bctqAnswers': `объект '{' "answers": '{' id пункта: от 1 до 5 '}' '}'`,
  'error.entry.exportBody': 'экспорт дневника numbcheck в том виде, в каком его выдаёт GET /api/v1/export',
  'error.entry.offsetOnly': `ничего или '{' "utcOffsetMinutes": n '}'`,

  'error.NUMB_UNKNOWN_QUESTION.cli':
    '{field} — такого вопроса в numbcheck нет; id вопросов показывает команда `numbcheck knowledge`',
  'error.NUMB_UNKNOWN_QUESTION.api':
    '{field} — такого вопроса в numbcheck нет; id вопросов перечислены в GET /api/v1/knowledge',
  'error.NUMB_UNKNOWN_QUESTION.bctq':
    'Ответы BCTQ: `{id}` — не пункт BCTQ; ожидается одно из значений: {items}',
  'error.NUMB_BAD_ANSWER.bctqItem':
    'BCTQ `{id}` ({scale}, пункт {number}, «{text}»): ожидается целое число от 1 ({low}) до 5 ({high}), получено {got}',

  'error.NUMB_BAD_JSON.syntax': 'Тело запроса — не корректный JSON: {detail}',
  'error.NUMB_BAD_JSON.body': `Тело запроса должно быть корректным JSON — объектом '{' "answers": '{' … '}' '}'`,
  'error.NUMB_BAD_REQUEST.contentLength':
    'В теле запроса должно быть столько байт, сколько указано в заголовке Content-Length',
  'error.NUMB_BAD_REQUEST.framework': '{method} {url}: {detail}',
  'error.NUMB_BAD_REQUEST.http':
    'Ожидается запрос HTTP/1.1 в записи RFC 9112, а получено то, что не удаётся разобрать',
  'error.NUMB_BAD_REQUEST.cursor':
    '«cursor»: ожидается значение "next" с предыдущей страницы без изменений (для первой страницы его не передают), получено {got} — это значение {why}',
  'error.NUMB_BAD_REQUEST.cursorForeign': 'создано не numbcheck',
  'error.NUMB_BAD_REQUEST.cursorOrder':
    'создано для порядка {order} first: передайте вместе с ним newestFirst={newestFirst}, как для предыдущей страницы',
  'error.NUMB_BAD_REQUEST.confirm': `«confirm»: ожидается "{confirm}" — это удалит все записи дневника без возможности восстановления (сначала сохраните копию через GET /api/v1/export); отправьте '{' "confirm": "{confirm}" '}', получено {got}`,
  'error.NUMB_BAD_REQUEST.passkeyHost':
    'Для ключей доступа нужно имя хоста, а получен адрес {address}: откройте numbcheck по адресу http://localhost:… на этом компьютере или по его доменному имени',
  'error.NUMB_URL_TOO_LONG.param':
    'Часть адреса должна быть не длиннее {max, number} символов (id записи — не длиннее 64), получено {url}',
  'error.NUMB_HEADERS_TOO_LARGE.limit':
    'Заголовки запроса должны занимать не больше 16 КиБ, а получено больше',
  'error.NUMB_REQUEST_TIMEOUT.slow':
    'Заголовки и тело запроса должны прийти за {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}, а пришло меньше: отправьте запрос целиком ещё раз (медленное или зависшее соединение закрывается)',
  'error.NUMB_FORBIDDEN_PATH.path': '{path} не отдаётся: читать там нечего',
  'error.NUMB_PRECONDITION_FAILED.file':
    '{path} изменился с той версии, которую называет запрос (If-Match, If-Unmodified-Since): загрузите его заново',
  'error.NUMB_RANGE_NOT_SATISFIABLE.file':
    'Заголовок Range запрашивает часть, которой нет в {path}: запросите файл целиком',
  'error.NUMB_NOT_FOUND.route':
    'По адресу {method} {path} ничего нет: API находится под /api/v1, а его описание — в /openapi.json',
  'error.NUMB_INTERNAL.bug':
    'Внутри numbcheck что-то пошло не так; это ошибка программы, а не запроса — пожалуйста, сообщите о ней',
  'error.NUMB_UNKNOWN_HOST.host':
    'Этот сервер numbcheck отвечает на имена {names}, а получен Host {host}; чтобы использовать другое имя, запустите его с --allowed-host ИМЯ',
  'error.NUMB_FORBIDDEN_ORIGIN.origin':
    'Запрос пришёл со страницы {origin}; API numbcheck отвечает только своим страницам ({host})',
  'error.NUMB_FORBIDDEN_ORIGIN.fetchSite':
    'Запрос пришёл с другого сайта (Sec-Fetch-Site: {site}); API numbcheck отвечает только своим страницам',
  'error.NUMB_FORBIDDEN_ORIGIN.form':
    '{method} {path}: ожидается тело JSON (Content-Type: application/json) или заголовок {header}, а нет ни того ни другого — изменение нельзя отправить формой с другого сайта',
  'error.NUMB_TOO_MANY_REQUESTS.wait':
    'Этот адрес принимает не больше {max, plural, one {# запроса} few {# запросов} many {# запросов} other {# запроса}} от клиента за {window, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}, а пришло больше: подождите {retry, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} (заголовок Retry-After) и попробуйте снова',

  'error.NUMB_SIGN_IN_FAILED.token':
    'Заголовок Authorization должен быть вида "Bearer {prefix}…" — действующий личный токен доступа этого сервера',
  'error.NUMB_SIGN_IN_FAILED.refused': '{what}: не принят',
  'error.NUMB_SIGN_IN_FAILED.refusedBecause': '{what}: не принят — {detail}',
  'error.NUMB_SIGN_IN_FAILED.newPasskey': 'Новый ключ доступа',
  'error.NUMB_SIGN_IN_FAILED.passkey': 'Ключ доступа',
  'error.NUMB_SIGN_IN_FAILED.unknownPasskey':
    'Этот ключ доступа (он не принадлежит ни одной учётной записи здесь или был удалён)',
  'error.NUMB_SIGN_IN_FAILED.flow':
    '«flowId» не относится ни к одному текущему запросу ключа доступа: он уже использован или старше пяти минут; начните заново',
  'error.NUMB_SIGN_IN_FAILED.otherAccount': '«flowId» начат другой учётной записью',
  'error.NUMB_SIGN_IN_FAILED.recoveryCode':
    '«code» — не действующий код восстановления ни одной учётной записи здесь: проверьте его или используйте другой из своих кодов',
  'error.NUMB_SIGN_IN_FAILED.deleted': 'Учётная запись этого ключа доступа удалена',
  'error.NUMB_SIGN_IN_REQUIRED.diary':
    'Этот сервер numbcheck ведёт отдельный дневник для каждой учётной записи: войдите (или отправьте личный токен доступа), чтобы открыть свой',
  'error.NUMB_SIGN_IN_REQUIRED.account':
    'Чтобы управлять учётной записью, сначала войдите с её ключом доступа',
  'error.NUMB_SESSION_REQUIRED.token':
    'С личным токеном доступа можно вести дневник, но нельзя управлять учётной записью: войдите с ключом доступа в веб-приложении',
  'error.NUMB_ACCOUNTS_OFF.local':
    'Этот сервер numbcheck работает без учётных записей: его дневник принадлежит человеку за этим компьютером, и входить никому не нужно. Сервер для многих людей запускается командой `numbcheck serve --accounts`',
  'error.NUMB_LAST_PASSKEY.only':
    'Это единственный ключ доступа учётной записи: сначала добавьте другой, иначе войти можно будет только по кодам восстановления',
  'error.NUMB_NOT_FOUND.passkey':
    'У учётной записи нет ключа доступа с таким id (их список — в GET /api/v1/account)',
  'error.NUMB_NOT_FOUND.token':
    'У учётной записи нет токена доступа с таким id (их список — в GET /api/v1/account)',

  'error.NUMB_STORE_UNAVAILABLE.off':
    'Дневник на этом сервере не включён: запустите его командой `numbcheck serve` (или `npm start`) — дневник будет храниться в ~/.numbcheck, в папке из --data DIR или NUMBCHECK_DATA_DIR либо в PostgreSQL по DATABASE_URL',
  'error.NUMB_STORE_UNAVAILABLE.newer':
    'База дневника записана более новой версией numbcheck (версия схемы {version}); обновите numbcheck, чтобы открыть её',
  'error.NUMB_STORE_UNAVAILABLE.postgres':
    'Не удаётся открыть дневник в PostgreSQL по адресу {url}: {reason}. Проверьте DATABASE_URL или уберите её, чтобы хранить дневник в локальном файле.',
  'error.NUMB_STORE_UNAVAILABLE.refused': 'соединение отклонено — запущен ли там PostgreSQL?',
  'error.NUMB_STORE_UNAVAILABLE.hostNotFound': 'имя хоста не найдено',
  'error.NUMB_STORE_UNAVAILABLE.password': 'имя пользователя или пароль не приняты',
  'error.NUMB_STORE_UNAVAILABLE.noDatabase': 'такой базы данных нет',
  'error.NUMB_STORE_UNAVAILABLE.sqlite':
    'Не удаётся открыть дневник в {file}: {reason}. Выберите другую папку через --data или NUMBCHECK_DATA_DIR.',
  'error.NUMB_STORE_UNAVAILABLE.browser': 'Не удаётся открыть дневник в этом браузере: {reason}',
  'error.NUMB_STORE_UNAVAILABLE.browserBusy':
    'numbcheck открыт в другой вкладке или другом окне этого браузера (или как установленное приложение), и дневник занят там. Закройте его и обновите эту страницу.',
  'error.NUMB_STORE_UNAVAILABLE.browserNoOpfs':
    'этот браузер не разрешает сайтам хранить файлы (возможно, это приватное окно). Откройте numbcheck в обычном окне обновлённого браузера.',
  'error.NUMB_STORAGE_FULL.browser':
    'В браузере не осталось места для дневника, поэтому эта запись не сохранена; всё, что было сохранено раньше, на месте. Экспортируйте дневник, чтобы сохранить копию, затем освободите место на устройстве (удалите ненужные файлы или приложения либо данные других сайтов) и попробуйте снова.',
  'error.NUMB_ENTRY_NOT_FOUND.id': 'В дневнике нет записи «{kind}» с id {id}',
  'error.NUMB_ENTRY_EXISTS.id': 'В дневнике уже есть запись «{kind}» с id {id}',
  'error.NUMB_BAD_IMPORT.usedTwice': '{field}: id {id} встречается дважды',
  'error.NUMB_BAD_IMPORT.missingExposure': '{field}: периода нагрузки {id} нет ни в документе, ни в дневнике',
  'error.kind.episode': 'эпизод',
  'error.kind.exposure': 'период нагрузки',
  'error.kind.assessment': 'оценка',
  'error.kind.bctq': 'BCTQ',
  'error.NUMB_BAD_USAGE.withHelp': '{problem}\nСправка: {help}',
  'error.NUMB_BAD_USAGE.unknownOption': 'неизвестный параметр «{option}»',
  'error.NUMB_BAD_USAGE.takesNoValue': 'параметр «{option}» не принимает значения, а получено «{value}»',
  'error.NUMB_BAD_USAGE.needsFile': 'параметру «{option}» нужно имя файла или - для стандартного ввода',
  'error.NUMB_BAD_USAGE.needsWords':
    'параметру «{option}» нужны ваши слова в кавычках, например --text "у меня немеет левая рука, когда я бегаю"',
  'error.NUMB_BAD_USAGE.needsValue': 'параметру «{option}» нужно значение',
  'error.NUMB_BAD_USAGE.needsValueLike': 'параметру «{option}» нужно значение, например {example}',
  'error.NUMB_BAD_USAGE.needsFolder': 'параметру «{option}» нужна папка',
  'error.NUMB_BAD_USAGE.allowedHost':
    'параметру «--allowed-host» нужно имя хоста без схемы и порта, например --allowed-host numbcheck.example.org, а получено {got}',
  'error.NUMB_BAD_USAGE.server':
    'параметру «--server» нужен адрес сервера, например https://numbcheck.example.org, а получено «{got}»',
  'error.NUMB_BAD_USAGE.unexpectedArgument': 'лишний аргумент «{argument}»',
  'error.NUMB_BAD_USAGE.noHelpOn': 'справки по «{topic}» нет; команды: {commands}',
  'error.NUMB_BAD_USAGE.optionOfCommand':
    'параметр «--{name}» относится к команде, например «numbcheck assess --{name}»',
  'error.NUMB_BAD_USAGE.unknownCommand': 'неизвестная команда «{command}»; команды: {commands}',
  'error.NUMB_BAD_USAGE.noSuchOption': 'у «{command}» нет параметра «{option}»',
  'error.NUMB_BAD_USAGE.givenTwice': 'параметр «{option}» указан дважды',
  'error.NUMB_BAD_USAGE.jsonNeedsInput':
    '--json работает с --answers ФАЙЛ или --text "…": интерактивный опрос выводит отчёт для чтения',
  'error.NUMB_BAD_USAGE.unknownKnowledge':
    'неизвестная команда базы знаний «{command}»; может быть, вы имели в виду «numbcheck knowledge check»?',
  'error.NUMB_BAD_USAGE.unknownDiary':
    'неизвестная команда дневника «{command}»; команды дневника: {commands}',
  'error.NUMB_BAD_USAGE.needsKind': '«{command}»: укажите вид периода (run, working_day, night, …)',
  'error.NUMB_BAD_USAGE.needsFileName': '«{command}»: укажите имя файла (- для стандартного ввода)',
  'error.NUMB_BAD_USAGE.dataOrServer':
    '«--data» (дневник на этом компьютере) и «--server» (дневник на сервере) нельзя указывать вместе',
  'error.NUMB_BAD_USAGE.port': 'номер порта от 0 до 65535',
  'error.NUMB_BAD_USAGE.portVariable': 'Переменная окружения PORT',
  'error.NUMB_BAD_USAGE.noTerminal':
    'для опроса нужен терминал, а стандартный ввод — не терминал.\nЧтобы оценить сохранённые ответы, используйте: numbcheck assess --answers ФАЙЛ (или --answers -, чтобы читать стандартный ввод).',
  'error.NUMB_BAD_USAGE.token':
    'для --server нужен ваш личный токен доступа в переменной окружения NUMBCHECK_TOKEN (создайте его на странице учётной записи этого сервера: Дневник → Ваша учётная запись → Токены доступа)',
  'error.NUMB_BAD_USAGE.cliTime':
    'дата и время, например 2026-11-30T07:15 (местное время) или 2026-11-30T07:15+01:00',
  'error.NUMB_BAD_USAGE.jsonOrPdf':
    '--json и --pdf не указывают вместе: --json выводит отчёт сюда, --pdf — в файл',
  'error.NUMB_BAD_USAGE.toAfterFrom': '--to должно быть позже --from ({from}), а получено {got}',
  'error.NUMB_BAD_USAGE.needsHand':
    'для --fingers, --arm, --palm и --back нужно указать --hand left, right или both',
  'error.NUMB_BAD_USAGE.nothingToRepeat': '--repeat повторяет последний эпизод, но в дневнике их пока нет',
  'error.NUMB_BAD_USAGE.confirmDeleteAll':
    'delete-all удаляет все записи без возможности восстановления: запустите команду в терминале, чтобы подтвердить, или добавьте --yes.',
  'error.NUMB_BAD_USAGE.openNetwork':
    '--host {host} открывает numbcheck для сети, и все, кто до него доберётся, будут вести один общий дневник: добавьте --accounts, чтобы каждый входил со своим ключом доступа и вёл свой дневник (как запустить сервер для многих людей, описано в docs/deploy.md)',
  'error.NUMB_FILE_NOT_FOUND.answers': 'не удаётся прочитать файл ответов {file}: {reason}',
  'error.NUMB_FILE_NOT_FOUND.file': 'не удаётся прочитать {file}: {reason}',
  'error.NUMB_FILE_NOT_FOUND.missing': 'такого файла нет',
  'error.NUMB_FILE_NOT_FOUND.folder': 'это папка, а не файл',
  'error.NUMB_FILE_NOT_FOUND.permission': 'нет доступа',
  'error.NUMB_CANNOT_WRITE.file': 'не удаётся записать {file}: {reason}',
  'error.NUMB_CANNOT_LISTEN.inUse': '{host}, порт {port} занят; выберите другой с помощью --port',
  'error.NUMB_CANNOT_LISTEN.notAllowed': 'нет прав слушать {host}, порт {port}; выберите порт выше 1023',
  'error.NUMB_CANNOT_LISTEN.notHere': 'не удаётся слушать {host}: это не адрес этого компьютера',
  'error.NUMB_STORE_UNAVAILABLE.unreachable': 'не удаётся связаться с сервером numbcheck {server}: {reason}',
  'error.NUMB_STORE_UNAVAILABLE.answered': 'сервер ответил {status}',
  'error.remote': 'сервер numbcheck {server}: {problem}',
  'error.inFile.line': '{file}, строка {line, number}',
  'error.NUMB_BAD_JSON.empty': '{file}: файл пуст, а нужен объект JSON',
  'error.NUMB_BAD_JSON.invalid': '{file}: это не корректный JSON ({detail})',
  'error.NUMB_BAD_JSON.at': '{file}, строка {line, number}, столбец {column, number}: {problem}',
  'error.json.InvalidSymbol': 'неожиданный символ',
  'error.json.InvalidNumberFormat': 'число записано неправильно',
  'error.json.PropertyNameExpected': 'нужно имя свойства в двойных кавычках',
  'error.json.ValueExpected': 'нужно значение',
  'error.json.ColonExpected': 'после имени свойства нужно «:»',
  'error.json.CommaExpected': 'между элементами нужна «,»',
  'error.json.CloseBraceExpected': "объект нужно закрыть «'}'»",
  'error.json.CloseBracketExpected': 'список нужно закрыть «]»',
  'error.json.EndOfFileExpected': 'после значения JSON должен быть конец файла',
  'error.json.InvalidCommentToken': 'комментарии в JSON не допускаются',
  'error.json.UnexpectedEndOfString': 'строка не закрыта двойной кавычкой',
  'error.json.UnexpectedEndOfNumber': 'число обрывается слишком рано',
  'error.json.InvalidUnicode': 'неверная последовательность \\u',
  'error.json.InvalidEscapeCharacter': 'неверная escape-последовательность с обратной косой чертой',
  'error.json.InvalidCharacter': 'в строке есть символ, который нужно экранировать',
};

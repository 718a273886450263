import type { cli as english } from '../en/cli.ts';

/** numbcheck в терминале по-русски: те же ключи и подстановки, что и в английском. */
export const cli: Readonly<Record<keyof typeof english, string>> = {
  'cli.help.main': `numbcheck — почему немеют руки, опасно ли это и что делать сейчас?

numbcheck даёт информацию, а не диагноз. Если вы думаете, что у вас инсульт
или инфаркт, сейчас же звоните в экстренную службу (112 / 911 / 999).

Как запускать:
  numbcheck assess                       ответить на вопросы в терминале
  numbcheck assess --answers ФАЙЛ [--json]
                                         оценить ответы из файла JSON
                                         (- — читать стандартный ввод)
  numbcheck assess --text "…" [--json] [--answers ФАЙЛ]
                                         описать всё своими словами
  numbcheck knowledge [--json]           показать, что знает numbcheck
  numbcheck knowledge check              проверить базу знаний
  numbcheck serve [--host H] [--port P] [--data ПАПКА] [--accounts]
                                         запустить веб-приложение, HTTP API
                                         и дневник (--accounts: у каждого свой
                                         дневник, вход по ключу доступа)
  numbcheck diary add|list|stats|report|export|import|delete-all …
                                         вести дневник эпизодов и видеть, что
                                         помогает (numbcheck diary --help)
  numbcheck breaks [--micro МИН] [--movement МИН] [--strict]
                                         напоминания о перерывах в терминале
  numbcheck help [КОМАНДА]               справка (а также --help, -h)
  numbcheck --version                    версии numbcheck и базы знаний

Любая команда понимает --lang en|ru: numbcheck говорит по-английски или
по-русски. Без него язык берётся из LC_ALL, LC_MESSAGES или LANG
(ru_RU.UTF-8 — русский), иначе английский.

{exitCodes}

Переменные окружения:
  NO_COLOR          задайте, чтобы выключить цвета (они есть только в терминале)
  NUMBCHECK_DEBUG   1 — печатать трассировку стека при внутренних ошибках
  HOST, PORT        где слушает 'numbcheck serve' (параметры важнее)
  NUMBCHECK_DATA_DIR  папка дневника (по умолчанию ~/.numbcheck)
  DATABASE_URL      хранить дневник в PostgreSQL, а не в локальном файле
  LC_ALL, LC_MESSAGES, LANG  язык, когда --lang не указан
`,
  'cli.help.assess': `Как запускать:
  numbcheck assess
  numbcheck assess --answers ФАЙЛ [--json]
  numbcheck assess --text "немеет левая рука, когда бегаю" [--json] [--answers ФАЙЛ] [--lang en|ru]

Без --answers numbcheck задаёт вопросы по одному: сначала об опасных
признаках, затем те, что помогают различить вероятные причины. Выбирайте
стрелками и Enter; ответ «Не знаю» есть всегда, а «← Назад» позволяет
изменить предыдущий ответ. Ответ, означающий неотложное состояние, сразу
завершает опрос. Ctrl-C останавливает, ничего не сохраняя.

Параметры:
  -a, --answers ФАЙЛ   взять ответы из файла JSON (- — стандартный ввод)
                       вместо вопросов; ответы могут быть неполными
  -t, --text "…"       описать всё своими словами; numbcheck покажет, что
                       понял, а затем (в терминале, без --json и --answers)
                       спросит только то, чего не хватает, — сначала опасные
                       признаки, о которых в тексте ничего не сказано.
                       С --answers ответы из файла важнее слов
      --lang en|ru     язык, на котором numbcheck говорит и читает ваш текст
                       (английский или русский); без него текст с кириллицей
                       читается как русский
      --json           вывести оценку в JSON (нужен --answers или --text);
                       с --text добавляется "understood": найденные признаки
                       и слова, в которых они сказаны
  -h, --help           показать эту справку

Файл ответов — объект, где ключи — идентификаторы вопросов (см. 'numbcheck
knowledge'):
{example}

{exitCodes}
`,
  'cli.help.knowledge': `Как запускать:
  numbcheck knowledge [--json]
  numbcheck knowledge check

'numbcheck knowledge' перечисляет причины, признаки, вопросы, правила
сортировки, обследования, специалистов, упражнения и источники, которыми
пользуется numbcheck; --json выводит всю базу знаний в JSON.

'numbcheck knowledge check' проверяет базу знаний (каждая причина достижима,
каждый признак используется, у каждого пункта есть источник) и выводит «OK»
с количеством записей или каждую найденную проблему. База знаний, не
прошедшая проверку, — ошибка numbcheck, а не того, что вы ввели, поэтому
код выхода 1.

{exitCodes}
`,
  'cli.help.serve': `Как запускать:
  numbcheck serve [--host ХОСТ] [--port ПОРТ] [--data ПАПКА] [--accounts]
                  [--allowed-host ИМЯ]... [--trust-proxy]

Запускает веб-приложение numbcheck (его собирает 'npm run build') по адресу /
и HTTP API под /api/v1, с документом OpenAPI в /openapi.json и страницей
документации в /docs, и ведёт дневник так же, как 'numbcheck diary' (где
именно — сказано при запуске). Пишет в журнал по строке на запрос (метод,
путь, статус, время) и никогда — ответы. Ctrl-C (или SIGTERM) останавливает
сервер, когда текущие запросы завершены.

Без --accounts сервер — для человека за этим компьютером: один дневник, без
входа, и слушает он только этот компьютер. Отвечает он только на имена
localhost, 127.0.0.1 и [::1] (и имена из --allowed-host), поэтому чужая
веб-страница не доберётся до дневника через собственное имя.

Параметры:
      --host ХОСТ   адрес, на котором слушать (по умолчанию 127.0.0.1, только
                    этот компьютер); любому другому адресу нужен --accounts
  -p, --port ПОРТ   порт от 0 до 65535 (по умолчанию 8080; 0 — любой
                    свободный)
      --data ПАПКА  папка файла дневника (ПАПКА/diary.sqlite)
      --accounts    каждый входит с ключом доступа и ведёт свой дневник;
                    скрипты пользуются личными токенами доступа
      --allowed-host ИМЯ
                    ещё одно имя, на которое отвечает сервер, например домен
                    прокси перед ним (по разу на каждое имя)
      --trust-proxy доверять заголовкам X-Forwarded-For и -Proto от TLS-прокси
                    перед сервером (см. docs/deploy.md)
  -h, --help        показать эту справку

Переменные окружения:
  HOST, PORT        используются, когда не указаны --host или --port
  NUMBCHECK_DATA_DIR  папка дневника, когда не указан --data
                    (по умолчанию ~/.numbcheck)
  DATABASE_URL      хранить дневник в PostgreSQL (--data важнее)

Коды выхода:
  0    остановлен по Ctrl-C или SIGTERM
  1    внутренняя ошибка: ошибка в numbcheck; пожалуйста, сообщите о ней
  2    неверный запуск: неизвестный параметр, порт — не число от 0 до 65535,
       адрес, на котором сервер не может слушать (занят, не разрешён), или
       дневник, который не удаётся открыть
`,
  'cli.help.diary': `Как запускать:
  numbcheck diary add [--when ВРЕМЯ] [--minutes N] [--hand left|right|both]
                      [--fingers thumb,index,…] [--palm|--back] [--arm wrist,…]
                      [--activity running …] [--severity 0-10] [--symptom ID …]
                      [--intervention hand_expander …] [--exposure ID]
                      [--note "…"] [--repeat] [--json]
  numbcheck diary exposure ВИД [--when ВРЕМЯ] [--minutes N] [--episodes N]
                      [--intervention ID …] [--note "…"] [--json]
  numbcheck diary assessment ФАЙЛ      оценить сохранённые ответы и записать
                                       результат
  numbcheck diary bctq ФАЙЛ            записать ответы Бостонского опросника
                                       по туннельному синдрому
                                       ({example}, от 1 до 5)
  numbcheck diary list [--from ВРЕМЯ] [--to ВРЕМЯ] [--json]
  numbcheck diary stats [--json]       закономерности, динамика, с чем и без
                                       чего, перемены, которые стоит показать
                                       врачу
  numbcheck diary report [--from ВРЕМЯ] [--to ВРЕМЯ] [--json|--pdf ФАЙЛ]
                                       отчёт для врача: сводка за период
                                       (по умолчанию последние 90 дней), что
                                       вы пробовали, перемены; --pdf
                                       сохраняет его в PDF, как при печати
  numbcheck diary export [--format json|csv|fhir] [--out ФАЙЛ]
  numbcheck diary import ФАЙЛ          загрузить выгрузку JSON (- — stdin)
  numbcheck diary delete-all [--yes]   удалить все записи, после подтверждения

'diary add' записывает эпизод онемения; каждый эпизод проходит проверку на
опасные признаки, и если записанное означает неотложное состояние, вы сначала
увидите экран неотложной помощи (эпизод всё равно сохранится). --repeat
записывает ваш последний эпизод ещё раз, сейчас; другие параметры меняют то,
что называют. Списки (--fingers, --activity, --symptom, --intervention,
--arm) принимают несколько значений — через запятую или повтором параметра.
Симптомы — это идентификаторы признаков из 'numbcheck knowledge'
(chest_pain, face_droop, hand_weakness, …).

'diary exposure' записывает период, за который вы считаете эпизоды: run,
ride, workout, working_day, night, break или other, с тем, что было в ходу
(--intervention), и сколько было эпизодов (--episodes). 'diary stats'
сравнивает частоту эпизодов в периодах с каждым средством и без него, а также
тяжесть эпизодов, записанных с отмеченным средством и без него
(--intervention): нужно хотя бы 3 оценённых эпизода с каждой стороны. По
одним эпизодам нельзя понять, стали ли они реже с чем-то; по периодам можно.

Время — в ISO 8601: 2026-11-30T07:15 (ваше местное время) или с поясом
(2026-11-30T07:15+01:00, 2026-11-30T06:15Z). По умолчанию — сейчас.

Где хранится дневник:
  --data ПАПКА         папка файла дневника (ПАПКА/diary.sqlite)
  NUMBCHECK_DATA_DIR   то же из окружения; по умолчанию ~/.numbcheck
  DATABASE_URL         хранить дневник в PostgreSQL
                       (postgres://user:password@host:5432/database)
  --server URL         вести дневник своей учётной записи на сервере
                       numbcheck с учётными записями; токен доступа
                       (создаётся на экране учётной записи) кладите в
                       NUMBCHECK_TOKEN, никогда — в командную строку
Без --server дневник остаётся на этом компьютере (или в вашей базе данных):
никуда ничего не отправляется.

Коды выхода: 0 — успех; 2 — неверный запуск или ввод (ничего не записано);
1 — внутренняя ошибка; 130 — прервано.
`,
  'cli.help.breaks': `Как запускать:
  numbcheck breaks [--micro МИН] [--movement МИН] [--strict]

Напоминания о перерывах в терминале. Сначала выводится расписание, а в каждый
перерыв звучит сигнал терминала и показываются шаги упражнений с обратным
отсчётом. Enter — следующий шаг; s пропускает перерыв, p откладывает его
один раз, в первые 10 секунд (не в режиме --strict). Ctrl-C останавливает
и показывает перерывы за сегодня.

Терминал не видит, печатаете ли вы в другом окне, поэтому считает время по
часам с момента запуска (как режим «только по времени» в веб-приложении),
в любое время суток. Без терминала (вывод в канал или файл) выводится только
расписание.

Параметры:
      --micro МИН      микроперерыв каждые МИН минут (по умолчанию 25, 1–240)
      --movement МИН   перерыв на движение каждые МИН минут (по умолчанию 60,
                       5–480)
      --strict         без пропусков и откладываний
  -h, --help           показать эту справку

Коды выхода:
  0    расписание выведено (нет терминала)
  2    неверный запуск: неизвестный параметр или число вне допустимого
       диапазона
  130  остановлено по Ctrl-C
`,
  'cli.help.exitCodes': `Коды выхода:
  0    успех
  1    внутренняя ошибка: ошибка в numbcheck или база знаний, не прошедшая
       проверку (numbcheck knowledge check); пожалуйста, сообщите о ней
  2    неверный запуск или ввод: неизвестная команда или параметр, файл,
       который не удаётся прочитать, ответы — не JSON или не подходят к своим
       вопросам
  130  прервано (Ctrl-C)`,
  'cli.version': 'numbcheck {version} (база знаний {knowledge})',
  'cli.stopped': 'Остановлено. Ничего не сохранено.',
  'cli.internalError': 'внутренняя ошибка: {message}',
  'cli.bug':
    'Это ошибка в numbcheck. Пожалуйста, сообщите о ней и приложите команду, которую запускали; NUMBCHECK_DEBUG=1 покажет подробности.',
  'cli.serve.running': 'numbcheck работает по адресу {url} (Ctrl-C — остановить)',
  'cli.serve.stopping': 'Остановка: завершаются текущие запросы…',
  'cli.serve.stopped': 'numbcheck остановлен.',
  'cli.serve.diary':
    'Дневник: {location} ({kind, select, sqlite {SQLite, на этом компьютере} other {PostgreSQL}})',
  'cli.serve.accountsOn':
    'Учётные записи: включены. Каждый входит с ключом доступа и видит только свой дневник.',
  'cli.serve.accountsOff':
    'Учётные записи: выключены. Один дневник — для человека за этим компьютером, без входа.',
  'cli.assess.pasteAnswers': 'Ответы читаются из терминала: вставьте их и нажмите Ctrl-D.',
  'cli.interview.title': 'numbcheck — почему немеют руки?',
  'cli.interview.howTo':
    'Выбирайте стрелками и Enter. Ответить «Не знаю» можно всегда, «← Назад» меняет предыдущий ответ, Ctrl-C останавливает опрос. Сначала — вопросы о безопасности.',
  'cli.prompt.back': '← Назад',
  'cli.prompt.fingerOn': '{place} ({part, select, palm {ладонная сторона} other {тыльная сторона}})',
  'cli.prompt.handSide':
    '{part, select, palm {Ладонь} other {Тыл кисти}}, {side, select, thumb_side {со стороны большого пальца} other {со стороны мизинца}}',
  'cli.prompt.keyHelp':
    '{key, select, space {пробел} other {{key}}} {action, select, navigate {— перемещение} select {— выбрать} submit {— готово} all {— все} invert {— обратить выбор} goBack {— назад} other {{action}}}',
  'cli.prompt.noneTicked': '⏎ без отметок',
  'cli.prompt.selfTestWarning': 'Это самопроверка, а не медицинский осмотр. Если больно — остановитесь.',
  'cli.prompt.selfTestTime': 'Длительность — {time}. Затем ответьте:',
  'cli.prompt.tickWhich': 'Отметить подходящие',
  'cli.prompt.tickEach': 'Отметьте всё, что подходит',
  'cli.prompt.number': '{question} ({unit}; оставьте пустым, если не знаете)',
  'cli.prompt.numberRange': 'Введите целое число от {min} до {max} или оставьте поле пустым.',
  'cli.prompt.skipQuestion': '{dontKnow} (пропустить вопрос)',
  'cli.prompt.typeAfterAll': 'Всё-таки ввести',
  'cli.prompt.leftEmpty': 'Вы оставили поле пустым.',
  'cli.prompt.hand': '{side, select, left {Левая рука} right {Правая рука} other {Обе руки}}',
  'cli.prompt.whichHand': 'В какой руке?',
  'cli.prompt.whereOnHand': '{side, select, left {Левая} other {Правая}} рука: где немеет или покалывает?',
  'cli.prompt.palmSide': 'Ладонная сторона',
  'cli.prompt.backSide': 'Тыльная сторона кисти',
  'cli.prompt.arm': 'Запястье, предплечье, плечо',
  'cli.offer.title': 'Самопроверки — по желанию',
  'cli.offer.text':
    '{count, plural, =1 {Одна короткая самопроверка поможет различить вероятные причины (примерно {time}). Это не медицинский осмотр.} one {# короткая самопроверка поможет различить вероятные причины (примерно {time}). Это не медицинский осмотр.} few {# короткие самопроверки помогут различить вероятные причины (примерно {time}). Это не медицинский осмотр.} many {# коротких самопроверок помогут различить вероятные причины (примерно {time}). Это не медицинский осмотр.} other {# короткой самопроверки помогут различить вероятные причины (примерно {time}). Это не медицинский осмотр.}}',
  'cli.offer.question': 'Хотите попробовать?',
  'cli.or': 'или',
  'cli.dose': '{duration} × {times, plural, one {# раз} few {# раза} many {# раз} other {# раза}}',
  'cli.level.word':
    '{level, select, emergency {ЭКСТРЕННО} urgent {СРОЧНО} doctor {К ВРАЧУ} other {САМОПОМОЩЬ}}',
  'cli.level.title':
    '{level, select, emergency {Сейчас же звоните в экстренную службу (112 / 911 / 999)} urgent {Обратитесь к врачу сегодня (в течение 24 часов)} doctor {Запишитесь на приём к врачу} other {Можно справиться самостоятельно}}',
  'cli.level.summary':
    '{level, select, emergency {Не садитесь за руль сами. Запомните, когда это началось.} urgent {Срочный приём у терапевта, неотложная помощь или медицинская справочная служба по телефону.} doctor {В ближайшие дни — в пределах пары недель.} other {Обратитесь к врачу, если это повторяется, длится дольше примерно 2 недель или усиливается.}}',
  'cli.report.emergencyOnly':
    'Возможные причины, обследования и самопомощь здесь не показаны: сначала получите помощь.',
  'cli.report.callAny': 'Звоните {numbers} прямо сейчас (тот номер, что действует в вашей стране).',
  'cli.report.callOne': 'Звоните {main} прямо сейчас ({where}).',
  'cli.report.callTwo': 'Звоните {main} прямо сейчас ({where}) или {second} ({secondWhere}).',
  'cli.report.numberKind': '{kind, select, ambulance {скорая помощь} other {{kind}}}',
  'cli.report.otherSigns': 'Другие ваши признаки',
  'cli.report.whatToDo': 'Что делать',
  'cli.report.also': 'Кроме того',
  'cli.report.tell': 'Что сказать диспетчеру',
  'cli.report.wait': 'Пока ждёте помощь',
  'cli.report.unscreened': 'Опасные признаки, о которых ещё не спросили',
  'cli.report.causes':
    '{top, plural, =0 {Вероятные причины} one {Вероятные причины (первая #)} few {Вероятные причины (первые #)} many {Вероятные причины (первые #)} other {Вероятные причины (первые #)}}',
  'cli.report.causesText':
    'Причины могут сочетаться, поэтому вероятности не обязаны в сумме давать 100 %. Число после каждого ответа показывает, насколько сильно он говорит за причину (+) или против неё (−).',
  'cli.report.pointingTo': 'За:',
  'cli.report.pointingAway': 'Против:',
  'cli.report.more': 'ещё {count}',
  'cli.report.katz':
    'Схема кисти по Katz ({hand, select, left {левая рука} other {правая рука}}): {rating, select, classic {классическая картина синдрома запястного канала (classic)} probable {вероятная картина синдрома запястного канала (probable)} possible {возможная картина синдрома запястного канала (possible)} other {не похоже на синдром запястного канала (unlikely)}}.',
  'cli.report.cts6':
    'CTS-6, пункты, на которые вы можете ответить сами: {score, number} из {max, number}. Остальное врач оценит при осмотре.',
  'cli.report.forCauses': '{text} (касается: {causes})',
  'cli.report.exerciseAbove': 'Упражнение: {name} (см. выше)',
  'cli.report.exercise': 'Упражнение: {name} — {purpose}',
  'cli.report.exerciseTime': 'Время: {dose}',
  'cli.report.caution': 'Осторожно: {caution}',
  'cli.report.next': 'Следующий вопрос',
  'cli.report.nextText': 'Оценка не закончена. Сейчас больше всего поможет ответ на вопрос:',
  'cli.report.footer': 'numbcheck, база знаний {version}',
  'cli.understood.title': 'Что понято из ваших слов:',
  'cli.understood.state':
    '{state, select, present {есть} absent {нет} unknown {неясно} where {где} other {ответ}}',
  'cli.understood.item': '{text} — «{words}»',
  'cli.understood.place':
    '{side, select, left {левая} right {правая} both {обе} other {правая (предположительно)}}: {parts}',
  'cli.understood.back': 'тыльная сторона: {places}',
  'cli.understood.nothing':
    'Пока numbcheck ничего не узнал. Расскажите, где это (какая рука, какие пальцы), когда бывает, с каких пор и что ещё вы чувствуете.',
  'cli.diary.savedPeriod':
    'Период «{kind, select, run {пробежка} ride {поездка} workout {тренировка} working_day {рабочий день} night {ночь} break {перерыв} other {другое}}» сохранён ({id}): {line}.',
  'cli.diary.notScored': 'не подсчитано (слишком много пропущенных пунктов)',
  'cli.diary.savedBctq':
    'Ответы BCTQ сохранены ({id}): тяжесть симптомов {severity}, функция кисти {function} (1 — нарушений нет, 5 — хуже всего).',
  'cli.diary.location': 'Дневник: {location}',
  'cli.diary.imported': 'Загружено из {from}: {counts}.',
  'cli.diary.importSkipped':
    'Пропущено то, что уже есть в дневнике: {counts} (загрузка ничего не перезаписывает).',
  'cli.diary.episodeSavedEmergency': 'Эпизод сохранён ({id}), ничего не потеряно. Сначала получите помощь.',
  'cli.diary.savedEpisode': 'Эпизод {id} сохранён ({at}, {where}).',
  'cli.diary.worthAttention': 'То, что вы записали, стоит показать врачу — {title}. {reason}',
  'cli.diary.assessmentSavedEmergency': 'Оценка сохранена в дневнике ({id}).',
  'cli.diary.savedAssessmentCause':
    'Оценка {id} сохранена: {title}; наиболее вероятная причина — {cause} ({chance}).',
  'cli.diary.savedAssessment': 'Оценка {id} сохранена: {title}.',
  'cli.diary.compareHint': 'Чтобы сравнить её с прежними, запустите «numbcheck diary stats».',
  'cli.diary.pdfWritten': 'Отчёт для врача сохранён в {file}.',
  'cli.diary.exported': 'Выгружено в {file}: {counts}.',
  'cli.diary.alreadyEmpty': 'Дневник уже пуст.',
  'cli.diary.confirmDelete':
    'Удалить всё из {location} ({counts})? Это нельзя отменить (чтобы сохранить копию, сначала сделайте выгрузку).',
  'cli.diary.nothingDeleted': 'Ничего не удалено.',
  'cli.diary.deleted': 'Удалено: {counts}.',
  'cli.diary.counts':
    '{episodes, plural, one {# эпизод} few {# эпизода} many {# эпизодов} other {# эпизода}}, {exposures, plural, one {# период} few {# периода} many {# периодов} other {# периода}}, {assessments, plural, one {# оценка} few {# оценки} many {# оценок} other {# оценки}} и {bctq, plural, one {# запись BCTQ} few {# записи BCTQ} many {# записей BCTQ} other {# записи BCTQ}}',
  'cli.diary.pasteJson': 'Чтение из терминала: вставьте JSON и нажмите Ctrl-D.',
  'cli.diary.onPalm': '{places} (ладонь)',
  'cli.diary.onBack': '{places} (тыл кисти)',
  'cli.diary.handPlaces': '{side, select, left {левая} other {правая}}: {places}',
  'cli.diary.hand': '{side, select, left {левая} other {правая}} рука',
  'cli.diary.handNotMarked': 'место не отмечено',
  'cli.diary.severity': 'выраженность {severity} из 10',
  'cli.diary.symptoms': 'симптомы: {symptoms}',
  'cli.diary.note': '«{note}»',
  'cli.diary.with': 'использовалось: {what}',
  'cli.diary.exposureKind':
    '{kind, select, run {пробежка} ride {поездка} workout {тренировка} working_day {рабочий день} night {ночь} break {перерыв} other {другое}}',
  'cli.diary.episodeCount':
    '{count, plural, one {# эпизод} few {# эпизода} many {# эпизодов} other {# эпизода}}',
  'cli.diary.nothingInPlace': 'без средств',
  'cli.diary.episodes': 'Эпизоды ({count})',
  'cli.diary.periods': 'Периоды ({count})',
  'cli.diary.none': 'нет',
  'cli.diary.patterns': 'Закономерности',
  'cli.diary.trend': 'Динамика',
  'cli.diary.withAndWithout': 'С чем и без чего',
  'cli.diary.nothingToCompare':
    'Сравнивать пока нечего. Отмечайте, что было в ходу при каждом эпизоде (`numbcheck diary add --intervention splint`), или записывайте пробежки, рабочие дни или ночи с этим средством и без него (`numbcheck diary exposure`).',
  'cli.diary.assessments': 'Оценки',
  'cli.diary.bctq': 'Бостонский опросник по синдрому запястного канала',
  'cli.diary.worthALook': 'Стоит показать врачу — {level}',
  'cli.diary.reportTitle': 'Отчёт из дневника для врача',
  'cli.diary.summary': 'Сводка',
  'cli.diary.changes': 'Перемены, которые стоит показать врачу',
  'cli.diary.noChanges': 'Перемен, которым нужен взгляд врача, не видно.',
  'cli.diary.reportFooter':
    'Составлено в numbcheck по собственному дневнику человека. Это информация, а не диагноз: отчёт показывает, что происходило одновременно, но не что было причиной.',
  'cli.breaks.row':
    '{row, select, micro {Микроперерыв} movement {Разминка} stair {Лестница, ходьба} other {Строгий режим}}',
  'cli.breaks.every': 'раз в {every}, длительность — {length}: {exercises}',
  'cli.breaks.stairEvery': 'раз в {every}, вместо перерыва на движение',
  'cli.breaks.strictOn': 'включён: без пропусков и откладываний',
  'cli.breaks.strictOff': 'выключен: s — пропустить, p — один раз отложить на {postpone}',
  'cli.breaks.title': 'numbcheck: напоминания о перерывах',
  'cli.breaks.nextHours': 'Ближайшие четыре часа, начиная с этого момента:',
  'cli.breaks.in': 'через {time}',
  'cli.breaks.today':
    'Сегодня: {taken, plural, one {сделан # перерыв} few {сделано # перерыва} many {сделано # перерывов} other {сделано # перерыва}}, пропущено — {skipped}, отложено — {postponed}.',
  'cli.breaks.next': 'Следующий: {name} через {time}.',
  'cli.breaks.finished':
    '{type, select, done {Перерыв окончен. Отлично!} skip {Перерыв пропущен.} other {Перерыв отложен на {postpone}.}}',
  'cli.breaks.left': 'осталось {time}',
  'cli.breaks.stopped': 'Остановлено.',
  'cli.breaks.started':
    '{strict, select, true {Запущено. Ctrl-C — остановить.} other {Запущено. Во время перерыва: Enter — следующий шаг, s — пропустить, p — отложить. Ctrl-C — остановить.}}',
  'cli.knowledge.counts':
    '{causes, plural, one {# причина} few {# причины} many {# причин} other {# причины}}, {findings, plural, one {# признак} few {# признака} many {# признаков} other {# признака}}, {questions, plural, one {# вопрос} few {# вопроса} many {# вопросов} other {# вопроса}}, {rules, plural, one {# правило} few {# правила} many {# правил} other {# правила}}, {tests, plural, one {# обследование} few {# обследования} many {# обследований} other {# обследования}}, {specialists, plural, one {# специалист} few {# специалиста} many {# специалистов} other {# специалиста}}, {exercises, plural, one {# упражнение} few {# упражнения} many {# упражнений} other {# упражнения}}, {sources, plural, one {# источник} few {# источника} many {# источников} other {# источника}}',
  'cli.knowledge.ok': 'база знаний {version}: OK ({counts})',
  'cli.knowledge.problems':
    'в базе знаний {version} {count, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}}; это ошибка в numbcheck.',
  'cli.knowledge.questionKind':
    '{kind, select, yesno {да/нет} checklist {список} choice {выбор} number {число} handMap {схема кисти} other {самопроверка}}',
  'cli.knowledge.dangerScreen': 'опасные признаки',
  'cli.knowledge.optional': 'по желанию',
  'cli.knowledge.section':
    '{name, select, causes {Причины} findings {Признаки} questions {Вопросы} rules {Правила сортировки} tests {Обследования} specialists {Специалисты} exercises {Упражнения} other {Источники}} ({count})',
  'cli.knowledge.cause': '{name} — исходная вероятность {prior} ({basis})',
  'cli.knowledge.danger': 'опасно',
};

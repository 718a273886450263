import type { KnowledgeTexts } from '../localize.ts';

/**
 * The interview in Russian: every finding as a patient ticks it in a checklist, and the questions, their help, choices
 * and self-tests. Danger signs keep their urgency word for word: "suddenly", "now", "on one side" are never dropped.
 */
export const questions: KnowledgeTexts = {
  'findings.face_droop.label': 'Лицо перекошено, онемело или несимметрично с одной стороны',
  'findings.speech_trouble.label': 'Невнятная или спутанная речь, трудно подобрать или понять слова',
  'findings.one_side_weakness.label': 'Внезапная слабость или тяжесть в руке или ноге с одной стороны',
  'findings.sudden_one_side_numbness.label':
    'Онемение одной половины тела (лица, руки или ноги), которое появилось внезапно, без видимой причины, и сохраняется до сих пор',
  'findings.sudden_one_side_numbness_passed.label':
    'Онемение одной половины тела, которое появилось внезапно, без видимой причины, и уже прошло (не после того, как вы отлежали руку)',
  'findings.sudden_vision_loss.label':
    'Внезапное затуманивание или двоение в глазах, потеря зрения на один или оба глаза',
  'findings.sudden_balance_loss.label': 'Внезапная потеря равновесия или координации, сильное головокружение',
  'findings.sudden_confusion.label':
    'Внезапная спутанность сознания или такая сонливость, что трудно проснуться или ответить',
  'findings.sudden_headache.label': 'Внезапная сильная головная боль без понятной причины',
  'findings.chest_pain.label':
    'Боль, давление, тяжесть, сжатие или стеснение в груди — сейчас или дольше нескольких минут',
  'findings.exertional_chest_pain.label':
    'Давление или стеснение в груди при нагрузке, которое проходит в покое',
  'findings.exertional_arm_jaw_discomfort.label':
    'Дискомфорт, тяжесть или онемение в руке, плече, шее или челюсти при нагрузке (подъём в гору, по лестнице), которые проходят за несколько минут отдыха',
  'findings.breathless.label': 'Одышка вместе с онемением',
  'findings.cold_sweat.label': 'Холодный пот, холодная и липкая кожа (не от нагрузки или жары)',
  'findings.nausea.label': 'Тошнота или рвота',
  'findings.lightheaded.label': 'Дурнота, предобморочное состояние',
  'findings.jaw_back_pain.label':
    'Боль или дискомфорт в челюсти, горле, верхней части спины или живота, появившиеся вместе с симптомами в руке (не давняя боль в шее)',
  'findings.recent_injury.label':
    'Травма в последние несколько дней: падение, перелом, вывих, сдавление или порез шеи, плеча, руки или кисти',
  'findings.major_trauma.label':
    'Перед онемением: ДТП, падение с высоты или с лестницы, травма при нырянии, удар по голове или шее',
  'findings.compartment_signs.label':
    'После сдавления, перелома или наложения гипса: боль всё нарастает или намного сильнее ожидаемой либо появился плотный, твёрдый отёк',
  'findings.pale_cold_painful_limb.label':
    'Кисть или рука внезапно побледнела, побелела, посинела или стала холодной и болезненной и не согревается, либо на запястье нет пульса',
  'findings.sudden_arm_swelling.label':
    'Внезапный отёк одной руки, или рука стала багровой или синюшной и тяжёлой, вены вздулись',
  'findings.rapid_weakness.label': 'Слабость, которая нарастает в течение часов или дней',
  'findings.ascending_tingling.label':
    'Покалывание или слабость, которые начались в стопах или кистях и за часы или дни поднимаются выше по ногам или рукам',
  'findings.swallowing_trouble.label': 'Стало трудно глотать или дыхание ослабло, стало поверхностным',
  'findings.both_hands_clumsy.label': 'Неловкость в обеих руках (пуговицы, письмо, всё валится из рук)',
  'findings.gait_trouble.label': 'Стало трудно ходить: спотыкаетесь, ноги неустойчивые или скованные',
  'findings.bladder_bowel.label':
    'Новые трудности с удержанием или опорожнением мочевого пузыря или кишечника',
  'findings.cancer_history.label': 'Рак — сейчас или в прошлом',
  'findings.fever.label': 'Повышенная температура, жар или озноб',
  'findings.iv_drug_use.label': 'Употребление наркотиков внутривенно',
  'findings.weight_loss.label': 'Теряете вес, хотя не худеете специально',
  'findings.immunosuppressed.label':
    'Ослабленный иммунитет (химиотерапия, длительный приём глюкокортикоидов, ВИЧ, препараты после трансплантации)',
  'findings.insulin_or_sulfonylurea.label':
    'Приём инсулина или таблеток от диабета из группы сульфонилмочевины, например гликлазида или глимепирида',
  'findings.side_left.label': 'Левая кисть или рука',
  'findings.side_right.label': 'Правая кисть или рука',
  'findings.both_hands.label': 'Обе кисти',
  'findings.katz_classic_probable.label':
    'Карта кисти: классическая или вероятная картина синдрома запястного канала (диаграмма Katz)',
  'findings.katz_possible.label':
    'Карта кисти: возможная картина синдрома запястного канала (диаграмма Katz)',
  'findings.ulnar_fingers.label': 'Мизинец, безымянный палец и край кисти с их стороны',
  'findings.back_of_thumb.label': 'Только тыл большого пальца и промежуток между ним и указательным',
  'findings.all_fingers.label': 'Все пять пальцев одной кисти',
  'findings.arm_involved.label': 'Не только кисть, но и предплечье, плечо или вся рука',
  'findings.lips_tingle.label': 'Покалывание вокруг рта или в губах',
  'findings.feet_numb.label': 'Онемение, покалывание или жжение в стопах или пальцах ног',
  'findings.leg_numb_same_side.label': 'Онемение ноги с той же стороны, что и кисть',
  'findings.onset_sudden.label': 'Началось внезапно, за секунды или минуты',
  'findings.onset_days.label': 'Развилось за несколько часов или дней',
  'findings.onset_gradual.label': 'Нарастало постепенно, неделями или месяцами',
  'findings.lasting_under_day.label': 'Впервые заметили меньше суток назад',
  'findings.lasting_over_2_weeks.label': 'Длится (или повторяется) больше двух недель',
  'findings.constant.label': 'Есть постоянно',
  'findings.comes_and_goes.label': 'Возникает приступами и проходит',
  'findings.single_episode_passed.label': 'Было один раз и прошло',
  'findings.getting_worse.label': 'Усиливается, бывает чаще или распространяется',
  'findings.resolves_on_moving.label':
    'Проходит за несколько минут, если подвигать или потрясти кистью либо сменить положение',
  'findings.hand_weakness.label': 'Слабая хватка, предметы выпадают из рук или трудно развести пальцы',
  'findings.night_waking.label': 'Будит ночью или ощущается сразу после пробуждения',
  'findings.lying_on_arm.label': 'После того как полежали на руке или она свисала через край',
  'findings.tight_items.label': 'Тесные часы, кольца, браслеты, манжеты или рукава',
  'findings.elbow_leaning.label': 'Когда опираетесь на локоть или рука долго согнута в локте',
  'findings.during_running.label': 'Во время бега или тренировки, а после проходит',
  'findings.hand_swelling.label': 'Кисти или пальцы отекают',
  'findings.keyboard_mouse.label': 'Работа на клавиатуре или с мышью',
  'findings.phone_or_driving.label': 'Когда держите телефон, книгу или руль',
  'findings.cycling.label': 'Езда на велосипеде (давление на руль)',
  'findings.gripping_tools.label': 'Сильный хват, вибрирующий инструмент или однообразная ручная работа',
  'findings.arms_overhead.label': 'Руки подняты выше головы (покраска, причёсывание, достать что-то сверху)',
  'findings.heavy_straps.label': 'Тяжёлая сумка или рюкзак, тугие лямки на плече',
  'findings.neck_movement.label': 'Движения шеи, особенно когда смотрите вверх или поворачиваете голову',
  'findings.cold_trigger.label': 'Возникает от холода: холодная погода, холодная вода, морозилка',
  'findings.prolonged_cold.label': 'После долгого пребывания на холоде без достаточной защиты',
  'findings.stress_trigger.label': 'Возникает при стрессе, тревоге или панике',
  'findings.neck_pain.label': 'Боль или скованность в шее',
  'findings.pain_from_neck_down_arm.label': 'Боль или покалывание, которые простреливают от шеи вниз по руке',
  'findings.arm_heaviness_aching.label': 'Тяжесть, усталость или ноющая боль в руке',
  'findings.colour_change.label': 'Пальцы белеют или синеют, потом краснеют',
  'findings.burning_pain.label': 'Жгучая боль',
  'findings.fatigue.label': 'Необычная усталость или упадок сил',
  'findings.pale_skin.label': 'Бледная кожа',
  'findings.exertional_breathlessness.label': 'Одышка появляется легче, чем обычно (лестница, ходьба)',
  'findings.heavy_periods.label': 'Обильные месячные',
  'findings.fast_breathing_panic.label': 'Учащённое дыхание, сильное сердцебиение или чувство паники',
  'findings.thirst_urination.label': 'Сильная жажда или частое мочеиспускание',
  'findings.trembling.label': 'Дрожь или внезапный сильный голод',
  'findings.recent_infection.label':
    'Кишечная инфекция, простуда, грипп или другая инфекция в последние несколько недель',
  'findings.sore_tongue.label': 'Болезненный, красный язык',
  'findings.memory_balance.label': 'Проблемы с памятью или равновесием, нарастающие месяцами',
  'findings.lhermitte.label': 'Ощущение удара током вдоль позвоночника при наклоне головы вперёд',
  'findings.past_vision_episode.label':
    'Раньше был эпизод нечёткого или двоящегося зрения либо боли в глазу, длившийся несколько дней',
  'findings.diabetes.label': 'Сахарный диабет',
  'findings.pregnancy.label': 'Беременность',
  'findings.vegan_diet.label': 'Веганское или строгое вегетарианское питание',
  'findings.gastric_surgery.label':
    'Операция на желудке или кишечнике (например, шунтирование желудка), болезнь Крона или целиакия',
  'findings.metformin.label': 'Приём метформина',
  'findings.acid_medicine.label':
    'Месяцами принимаете средства от повышенной кислотности желудка (омепразол, лансопразол, фамотидин)',
  'findings.heavy_alcohol.label': 'Больше 14 единиц алкоголя в неделю (единица — 8 г спирта)',
  'findings.high_blood_pressure.label': 'Повышенное артериальное давление',
  'findings.high_cholesterol.label': 'Повышенный холестерин',
  'findings.smoker.label': 'Курение',
  'findings.heart_disease.label': 'Болезнь сердца, стенокардия, перенесённый инфаркт или инсульт',
  'findings.atrial_fibrillation.label': 'Неритмичное сердцебиение (фибрилляция предсердий)',
  'findings.old_arm_injury.label': 'Давний перелом, вывих или травма этой руки, локтя или запястья',
  'findings.age_under_30.label': 'Моложе 30 лет',
  'findings.age_50_plus.label': '50 лет или старше',
  'findings.age_65_plus.label': '65 лет или старше',
  'findings.sex_female.label': 'Женский пол',
  'findings.sex_male.label': 'Мужской пол',
  'findings.phalen_positive.label': 'Самотест: сгибание запястий (тест Фалена) вызвало симптомы',
  'findings.tinel_wrist_positive.label':
    'Самотест: постукивание по запястью (симптом Тинеля) отдало покалыванием в пальцы',
  'findings.elbow_flexion_positive.label':
    'Самотест: полное сгибание локтя вызвало симптомы в мизинце и безымянном пальце',
  'findings.arms_overhead_positive.label':
    'Самотест: при поднятых руках сжимание и разжимание кистей вызвало симптомы',

  'questions.stroke_signs.text':
    'Было ли у вас что-то из этого — сейчас или в любой момент, пока длится онемение? Отметьте, даже если уже прошло.',
  'questions.stroke_signs.help': 'Это могут быть признаки инсульта или микроинсульта — ТИА (схема BE-FAST).',
  'questions.heart_signs.text': 'Было ли у вас вместе с онемением что-то из этого?',
  'questions.heart_signs.help':
    'Это могут быть признаки инфаркта или стенокардии. У женщин чаще бывают одышка, тошнота, боль в спине или челюсти, а боли в груди может не быть.',
  'questions.other_danger_signs.text': 'Подходит ли вам что-то из этого?',
  'questions.risk_history.text': 'Относится ли к вам что-то из этого?',
  'questions.risk_history.help': 'При онемении от этого зависит, как скоро вас должен осмотреть врач.',
  'questions.hand_map.text':
    'Где вы это чувствуете? Отметьте каждое место на каждой кисти — с ладони или с тыльной стороны — и насколько высоко по руке.',
  'questions.hand_map.help': 'Отметьте, где онемение или покалывание обычно сильнее всего.',
  'questions.onset.text': 'Как это началось?',
  'questions.onset.options.sudden.label': 'Внезапно, за секунды или минуты',
  'questions.onset.options.days.label': 'За несколько часов или дней',
  'questions.onset.options.gradual.label': 'Постепенно, за недели или месяцы',
  'questions.duration.text': 'Когда вы впервые это заметили?',
  'questions.duration.options.today.label': 'Меньше суток назад',
  'questions.duration.options.days.label': 'В последние две недели',
  'questions.duration.options.weeks.label': 'Больше двух недель назад',
  'questions.pattern.text': 'Это есть постоянно или то появляется, то проходит?',
  'questions.pattern.options.constant.label': 'Постоянно',
  'questions.pattern.options.episodes.label': 'То появляется, то проходит',
  'questions.pattern.options.once.label': 'Было один раз и прошло',
  'questions.course.text': 'Что из этого верно для вас?',
  'questions.positions.text': 'Когда это возникает или усиливается?',
  'questions.activities.text': 'Возникает ли это при чём-то из перечисленного?',
  'questions.neck_and_arm.text': 'Есть ли у вас ещё что-то из этого?',
  'questions.elsewhere.text': 'Бывает ли это где-то ещё и случалось ли что-то похожее раньше?',
  'questions.general_symptoms.text': 'Замечали ли вы что-то из этого?',
  'questions.conditions.text': 'Относится ли к вам что-то из этого?',
  'questions.diet_and_medicines.text': 'Относится ли к вам что-то из этого?',
  'questions.age.text': 'Сколько вам лет?',
  'questions.age.unit': 'лет',
  'questions.sex.text': 'Ваш пол при рождении?',
  'questions.sex.help': 'Некоторые причины чаще встречаются у женщин или у мужчин.',
  'questions.sex.options.female.label': 'Женский',
  'questions.sex.options.male.label': 'Мужской',
  'questions.phalen_test.text':
    'Самотест (сгибание запястий): появилось ли онемение или покалывание в большом, указательном или среднем пальце?',
  'questions.phalen_test.steps.0':
    'Сядьте и прижмите тыльные стороны кистей друг к другу перед грудью, пальцами вниз, запястья согнуты до предела.',
  'questions.phalen_test.steps.1':
    'Удерживайте 60 секунд, не прикладывая силы, или прекратите раньше, если появятся симптомы.',
  'questions.phalen_test.steps.2':
    'Обратите внимание, появляется ли онемение или покалывание в большом, указательном или среднем пальце.',
  'questions.tinel_test.text':
    'Самотест (постукивание по запястью): отдало ли постукивание покалыванием в большой, указательный или средний палец?',
  'questions.tinel_test.steps.0': 'Поверните ладонь вверх.',
  'questions.tinel_test.steps.1':
    'Двумя пальцами другой руки 5–10 раз энергично постучите по середине складки на запястье.',
  'questions.tinel_test.steps.2':
    'Обратите внимание, простреливает ли покалывание в большой, указательный или средний палец.',
  'questions.elbow_flexion_test.text':
    'Самотест (сгибание локтя): появилось ли онемение или покалывание в безымянном пальце и мизинце?',
  'questions.elbow_flexion_test.steps.0': 'Согните руку в локте до предела, кисть к плечу, запястье прямое.',
  'questions.elbow_flexion_test.steps.1':
    'Удерживайте 60 секунд или прекратите раньше, если появятся симптомы.',
  'questions.elbow_flexion_test.steps.2':
    'Обратите внимание, появляется ли онемение или покалывание в безымянном пальце и мизинце.',
  'questions.arms_overhead_test.text':
    'Самотест (руки вверх): появились ли в руке или кисти онемение, тяжесть или ноющая боль?',
  'questions.arms_overhead_test.steps.0':
    'Поднимите обе руки в стороны и согните локти под прямым углом, кисти на уровне ушей — как будто сдаётесь.',
  'questions.arms_overhead_test.steps.1':
    'Медленно сжимайте и разжимайте кисти до 3 минут; прекратите, если появятся симптомы или руки сильно устанут.',
  'questions.arms_overhead_test.steps.2':
    'Обратите внимание, появляются ли в руке или кисти онемение, покалывание, тяжесть или ноющая боль.',
};

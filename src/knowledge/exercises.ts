import type { Exercise } from './schema.ts';

/**
 * Exercises the self-care and prevention plans point to. Ids are referenced from causes' advice, so they are stable.
 * Every exercise says when to stop: numbcheck never lets a movement stand in for the danger screen, so the cautions
 * of the exercises done while exerting or anxious repeat the heart and stroke signs.
 */
export const exercises: Exercise[] = [
  {
    id: 'hand_wrist_moves',
    name: 'Hand and wrist moves',
    purpose:
      'Eases stiffness and gets blood moving in the hands and wrists during a break from typing, gripping or other one-position work.',
    steps: [
      'Sit or stand with your shoulders relaxed and your forearms held loosely in front of you.',
      'Make a loose fist, then open your hand and spread your fingers wide.',
      'Bend your wrists gently up and then down, only as far as is comfortable.',
      'Circle your wrists slowly five times one way and five times the other.',
      'Let your hands hang at your sides and shake them loosely for a few seconds.',
    ],
    durationSeconds: 30,
    repetitions: 3,
    cautions: [
      'Move gently and do not force a joint past where it goes easily.',
      'Stop if it makes the numbness, tingling or pain worse.',
    ],
    // The seed's "rotate your arms and hands" on work breaks and its "simple movements" for carpal tunnel symptoms.
    sources: ['SEED:treatment', 'SEED:prevention'],
  },
  {
    id: 'neck_tilts',
    name: 'Gentle neck tilts',
    purpose:
      'Loosens neck muscles stiffened by long sitting or a poor pillow, which can press on the nerves that run to the arm.',
    steps: [
      'Sit tall with your shoulders relaxed and look straight ahead.',
      'Slowly lower your chin towards your chest until you feel a gentle stretch, hold for 5 seconds, then lift your head back to upright.',
      'Tilt your head to bring your right ear towards your right shoulder without lifting the shoulder, hold for 5 seconds, and come back to the middle.',
      'Do the same towards the left shoulder.',
      'Finish with your head upright and your shoulders relaxed.',
    ],
    durationSeconds: 30,
    repetitions: 3,
    cautions: [
      // The seed's own warning; a sharp backward jerk loads the neck joints and can press on nerve roots.
      'Never throw your head back sharply: move slowly, and bring your head back only as far as upright.',
      'Stop if it makes the numbness or pain worse, or sends pain, numbness or an electric-shock feeling down your arm or spine.',
      'Do not do this after a fall or injury to the neck, or if it makes you dizzy: get checked by a doctor first.',
    ],
    sources: ['SEED:treatment'],
  },
  {
    id: 'shoulder_drops',
    name: 'Shoulder drops and rolls',
    purpose: 'Releases tension in the shoulders and upper back.',
    steps: [
      'Sit or stand tall with your arms hanging loosely at your sides.',
      'Lift both shoulders up towards your ears and hold for 2 seconds.',
      'Let your shoulders drop and relax completely as you breathe out.',
      'Roll your shoulders slowly backwards in a circle five times, then forwards five times.',
      'Finish by letting your shoulders sink down, away from your ears.',
    ],
    durationSeconds: 30,
    repetitions: 3,
    cautions: [
      'Keep the movements small and slow if your shoulder hurts, and do not force them.',
      'Stop if it makes the numbness or pain worse.',
    ],
    sources: ['SEED:treatment'],
  },
  {
    id: 'arm_hand_circles',
    name: 'Arm and hand circles',
    purpose: 'Moves the whole arm and hand to restore blood flow after sitting or working in one position.',
    steps: [
      'Stand with room around you and your feet hip-width apart.',
      'Stretch your arms out to the sides at shoulder height.',
      'Make ten small, slow circles forwards with your arms, then ten backwards.',
      'Lower your arms, bend your elbows and circle your hands at the wrists five times each way.',
      'Let your arms drop and shake them loose.',
    ],
    durationSeconds: 45,
    repetitions: 2,
    cautions: [
      'Keep the circles small and slow if your shoulder hurts, and do not force them.',
      'Stop if it makes the numbness or pain worse.',
      // Arms held at or above shoulder height provoke thoracic outlet compression.
      'If holding your arms up quickly brings on numbness or aching, keep them below shoulder height and tell a doctor about it.',
    ],
    sources: ['SEED:treatment', 'TOS-JONES2019'],
  },
  {
    id: 'stair_break',
    name: 'Stair or walking break',
    purpose:
      'Breaks up long desk work with a few minutes of brisk movement every one and a half to two hours.',
    steps: [
      'Set a reminder for every 1.5 to 2 hours of desk work.',
      'When it goes off, stand up and climb 3 to 5 flights of stairs at a comfortable pace, or walk briskly for a few minutes.',
      'Let your arms swing loosely as you go.',
      'Stretch your back, arms and legs before you sit down again.',
    ],
    durationSeconds: 300,
    repetitions: 1,
    cautions: [
      // Exertional chest symptoms are angina or a heart attack until shown otherwise (AHA, NHS).
      'If climbing brings on chest pain, pressure or tightness, unusual breathlessness or pain in the arm or jaw, stop and rest; call your emergency number if it does not ease within 5 minutes, and see a doctor the same day even if it does.',
      'Walk on the level instead if stairs are hard on your knees, balance or breathing, and use the handrail.',
    ],
    sources: ['SEED:prevention', 'AHA-HA', 'NHS-HA'],
  },
  {
    id: 'expander_squeezes',
    name: 'Hand expander squeezes on the run',
    purpose:
      'Keeps the hands working and the grip changing during a run, which many runners find eases hands that go numb.',
    steps: [
      'Choose a soft plastic or rubber hand expander with a small stop under the thumb, not one with metal handles, which slip in a sweaty hand.',
      'Hold it loosely as you run, with your elbows bent to about 90 degrees and your shoulders low and relaxed.',
      'Every few minutes, squeeze it rhythmically about 10 times in time with your steps.',
      'Relax your grip completely between sets instead of clenching it the whole way.',
    ],
    // One round is 10 squeezes; a round every few minutes gives about ten in a 30–40 minute run.
    durationSeconds: 15,
    repetitions: 10,
    cautions: [
      // Sustained forceful gripping raises carpal tunnel pressure, so the seed's fix can backfire there.
      'Squeeze gently and relax in between: hard, constant gripping can aggravate carpal tunnel symptoms, so stop if the numbness or tingling gets worse.',
      'Chest pain, pressure or tightness, or breathlessness out of proportion to the effort, is never runner’s numbness: stop and call your emergency number.',
      'Swollen hands with confusion, headache or vomiting during a long event need urgent medical help.',
    ],
    sources: ['SEED:running', 'MAYO-HAND-SWELLING', 'EAH2015', 'AHA-HA'],
  },
  {
    id: 'median_nerve_glide',
    name: 'Median nerve glide',
    purpose:
      'Helps the median nerve slide freely through the carpal tunnel, a nerve-gliding exercise used for carpal tunnel syndrome.',
    steps: [
      'Sit with your elbow bent at your side and your thumb pointing up, and make a fist with your thumb over your fingers and your wrist straight.',
      'Straighten your fingers and thumb, keeping your wrist straight.',
      'Bend your wrist back, keeping your fingers straight and your thumb alongside them.',
      'Move your thumb out to the side, away from your fingers.',
      'Keeping that position, turn your forearm so that your palm faces up.',
      'With your other hand, gently ease your thumb a little further back, hold for a few seconds, then slowly return to the fist.',
    ],
    // Six positions held about 5 seconds each.
    durationSeconds: 30,
    repetitions: 5,
    cautions: [
      'Move only to a gentle stretch, and do not force or bounce.',
      'Stop, or go back to the previous position, if it brings on or increases numbness, tingling or pain, during the exercise or in the half hour after.',
      'See a doctor if the symptoms keep coming back, wake you at night, or your thumb gets weak.',
    ],
    sources: ['NHS-CTS'],
  },
  {
    id: 'ulnar_nerve_glide',
    name: 'Ulnar nerve glide',
    purpose:
      'Helps the ulnar nerve slide freely past the elbow, for numbness in the ring and little fingers from ulnar nerve irritation.',
    steps: [
      'Sit tall with your shoulders relaxed and your arm by your side.',
      'Make an OK sign by touching the tips of your thumb and index finger together.',
      'Lift your elbow out to the side and bend it, turning your hand so that the ring of your fingers comes towards your eye like a mask.',
      'Stop as soon as you feel a gentle stretch at the inside of your elbow, forearm or little finger, hold for 2 to 3 seconds, then lower your arm and relax.',
      'If the mask position is too strong, do the easier version: with your arm at your side, slowly bend your elbow and bend your wrist back, then straighten both.',
    ],
    durationSeconds: 10,
    repetitions: 5,
    cautions: [
      // Elbow flexion narrows the cubital tunnel and raises the pressure in the ulnar nerve (Gelberman 1998), so the
      // bent position is brief.
      'Go only to a gentle stretch and do not stay with your elbow fully bent.',
      'Stop if it brings on or increases numbness or tingling in the ring and little fingers, or pain at the elbow.',
      'See a doctor if your hand gets weak or clumsy, or the numbness does not settle.',
    ],
    sources: ['GELBERMAN1998', 'NHS-ULNAR'],
  },
  {
    id: 'shake_out',
    name: 'Drop and shake out',
    purpose:
      'Restores blood flow to hands that go numb or puffy while running by breaking the bent-arm, clenched-fist posture.',
    steps: [
      'Every few minutes on a run, let both arms drop straight down by your sides.',
      'Shake your hands and arms loosely for a few seconds, as if flicking water off your fingers.',
      'Open and close your hands a few times and loosen your grip on anything you carry.',
      'Bring your arms back up with your elbows bent to about 90 degrees, shoulders low and hands relaxed.',
    ],
    // About once every five minutes over a 30-minute run.
    durationSeconds: 10,
    repetitions: 6,
    cautions: [
      'Chest pain, pressure or tightness, or breathlessness out of proportion to the effort, is never runner’s numbness: stop and call your emergency number.',
      'Swollen hands with confusion, headache or vomiting during a long event need urgent medical help.',
      'Stop if it makes the numbness or pain worse, and see a doctor if the numbness lasts after the run has ended.',
    ],
    sources: ['RUN-TECHNIQUE', 'MAYO-HAND-SWELLING', 'EAH2015', 'AHA-HA'],
  },
  {
    id: 'slow_breathing',
    name: 'Slow breathing',
    purpose:
      'Slows the fast breathing of anxiety or panic that can cause tingling in both hands and around the mouth.',
    steps: [
      'Sit or lie comfortably and loosen anything tight around your chest or waist.',
      'Breathe in gently through your nose while counting slowly to 4, letting your belly rise.',
      'Breathe out slowly while counting to 6, without forcing it.',
      'Go straight into the next breath without holding it, keeping the rhythm slow and even.',
      'Carry on for 3 to 5 minutes, or until the tingling and the racing feeling settle.',
    ],
    // One breath of about 10 seconds; 18 of them make the 3 minutes the NHS suggests as a minimum.
    durationSeconds: 10,
    repetitions: 18,
    cautions: [
      // Anxiety is a diagnosis of exclusion here: chest symptoms go through the heart screen first.
      'Chest pain, pressure or tightness, or breathlessness that does not settle within a few minutes, is an emergency: call your emergency number and do not put it down to anxiety.',
      'If the numbness is on one side only, or comes with a drooping face, slurred speech or weakness, call your emergency number now instead.',
      'If you feel dizzy or light-headed, stop counting and breathe normally for a while.',
    ],
    sources: ['NHS-BREATHING', 'NHS-HA', 'ASA-FAST'],
  },
];

/**
 * The ways the prevention tools get a person's attention, each feature-detected: notifications, a beep, vibration,
 * a spoken cue, a flashing tab title, the screen kept awake, and the system's idle state. Each says whether it worked,
 * so that the screens can state the fallback.
 */

/** The Idle Detection API (Chromium, behind a permission); not in TypeScript's DOM types yet. */
interface IdleDetectorInstance extends EventTarget {
  readonly userState: 'active' | 'idle' | null;
  readonly screenState: 'locked' | 'unlocked' | null;
  start(options: { threshold: number; signal?: AbortSignal }): Promise<void>;
}
interface IdleDetectorConstructor {
  new (): IdleDetectorInstance;
  requestPermission(): Promise<'granted' | 'denied'>;
}
declare global {
  interface Window {
    IdleDetector?: IdleDetectorConstructor;
  }
}

export type NotificationState = 'unsupported' | NotificationPermission;

export function notificationState(): NotificationState {
  return 'Notification' in window ? Notification.permission : 'unsupported';
}

/** Asks for permission: call only from a click. */
export async function askNotifications(): Promise<NotificationState> {
  if (!('Notification' in window)) return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

/** Shows a system notification when permitted; false when it could not (the page then shows the banner). */
export function notify(title: string, body: string): boolean {
  if (notificationState() !== 'granted') return false;
  try {
    new Notification(title, { body, tag: 'numbcheck', icon: '/favicon.svg' });
    return true;
  } catch {
    // Android Chrome allows notifications only from a service worker; the in-page banner covers it.
    return false;
  }
}

let audio: AudioContext | null = null;

/** Prepares sound; call from a click, as browsers start audio only after a gesture. */
export function unlockSound(): void {
  if (audio === null && 'AudioContext' in window) {
    try {
      audio = new AudioContext();
    } catch {
      audio = null;
    }
  }
  void audio?.resume().catch(() => {});
}

/** A short, soft beep (Web Audio), or nothing where there is no sound. */
export function beep(times = 1): void {
  if (audio === null) return;
  const start = audio.currentTime;
  for (let i = 0; i < times; i++) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, start + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.35 + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + i * 0.35);
    oscillator.stop(start + i * 0.35 + 0.3);
  }
}

/** Vibrates where the device can; false where it cannot. */
export function vibrate(pattern: number[]): boolean {
  if (!('vibrate' in navigator)) return false;
  try {
    return navigator.vibrate(pattern);
  } catch {
    return false;
  }
}

export function canSpeak(): boolean {
  return 'speechSynthesis' in window;
}

/** Says the text aloud through speech synthesis, where the browser has it. */
export function speak(text: string, language: string): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The voice of the words' language: an English voice reading Russian says nothing a runner can follow.
  utterance.lang = language;
  window.speechSynthesis.speak(utterance);
}

export function canKeepAwake(): boolean {
  return 'wakeLock' in navigator;
}

/** Keeps the screen on (Screen Wake Lock); resolves to a release function, or null when the browser cannot. */
export async function keepAwake(): Promise<(() => void) | null> {
  if (!canKeepAwake()) return null;
  try {
    const sentinel = await navigator.wakeLock.request('screen');
    return () => {
      void sentinel.release().catch(() => {});
    };
  } catch {
    return null;
  }
}

export function hasIdleDetection(): boolean {
  return typeof window.IdleDetector === 'function';
}

/**
 * Watches the system's idle state (Idle Detection API, threshold 60 s, the API's minimum); asks for permission, so
 * call only from a click. Resolves to a stop function, or null when not available or not allowed.
 */
export async function watchIdle(onChange: (idle: boolean) => void): Promise<(() => void) | null> {
  const Detector = window.IdleDetector;
  if (Detector === undefined) return null;
  try {
    if ((await Detector.requestPermission()) !== 'granted') return null;
    const controller = new AbortController();
    const detector = new Detector();
    detector.addEventListener('change', () =>
      onChange(detector.userState === 'idle' || detector.screenState === 'locked'),
    );
    await detector.start({ threshold: 60_000, signal: controller.signal });
    return () => controller.abort();
  } catch {
    return null;
  }
}

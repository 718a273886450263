/**
 * What an emergency calls for, for every interface: the steps of the kind of emergency that fired, and the number
 * to call where the device is. Small and free of the engine and the knowledge data (it reads the knowledge it is
 * given), so that the web's start page carries it and "Emergency?" opens at once.
 */
export {
  browserPlace,
  countryOf,
  countryOfTimeZone,
  type EmergencyNumber,
  type EmergencyNumbers,
  ENGLISH_NUMBER_WORDS,
  emergencyNumbers,
  listedTimeZones,
  type NumberWords,
  type Place,
  regionOfLocale,
} from './numbers.ts';
export {
  type EmergencyFacts,
  type EmergencyPart,
  emergencyParts,
  emergencySteps,
  kindParts,
  type Reason,
  shareSteps,
} from './steps.ts';

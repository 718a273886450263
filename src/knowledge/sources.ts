import type { Source } from './schema.ts';

/**
 * Every source the knowledge cites. Ids come from CLINICAL.md; sections of the seed article are cited as
 * `SEED:<section>`. A url is given only where the page is well known and stable.
 */
export const sources: Source[] = [
  // The seed article, whole and by section.
  {
    id: 'SEED',
    title:
      'Hands go numb after running. Why does the left hand go numb and why is it dangerous (popular article; numbcheck seed text, seed/hand-numbness-article.txt)',
  },
  { id: 'SEED:causes', title: 'Seed article, section "Causes of hand numbness"' },
  { id: 'SEED:signs-diagnosis', title: 'Seed article, section "Signs and Diagnosis"' },
  { id: 'SEED:treatment', title: 'Seed article, section "Hand numbness treatment"' },
  {
    id: 'SEED:running',
    title:
      'Seed article, sections "Why do my hands go numb while running?" and "Solving the problem when your hands go numb while running"',
  },
  {
    id: 'SEED:top-5-causes',
    title:
      'Seed article, section "Here are the top 5 causes of violations that are important to take into account"',
  },
  {
    id: 'SEED:prevention',
    title:
      'Seed article, closing prevention advice ("First of all - to reconsider your lifestyle as a whole")',
  },

  // Emergencies: stroke and heart attack.
  {
    id: 'ASA-FAST',
    title: 'American Stroke Association. Stroke symptoms: F.A.S.T. warning signs',
    url: 'https://www.stroke.org/en/about-stroke/stroke-symptoms',
  },
  {
    id: 'BEFAST',
    title:
      'Aroor S, Singh R, Goldstein LB. BE-FAST (Balance, Eyes, Face, Arm, Speech, Time): reducing the proportion of strokes missed using the FAST mnemonic. Stroke 2017;48(2):479–481',
    url: 'https://doi.org/10.1161/STROKEAHA.116.015169',
  },
  {
    id: 'AHA-HA',
    title: 'American Heart Association. Warning signs of a heart attack',
    url: 'https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack',
  },
  { id: 'NHS-HA', title: 'NHS. Heart attack', url: 'https://www.nhs.uk/conditions/heart-attack/' },
  { id: 'NHS-ANGINA', title: 'NHS. Angina', url: 'https://www.nhs.uk/conditions/angina/' },
  { id: 'NHS-STROKE', title: 'NHS. Stroke', url: 'https://www.nhs.uk/conditions/stroke/' },
  {
    id: 'NHS-TIA',
    title: 'NHS. Transient ischaemic attack (TIA)',
    url: 'https://www.nhs.uk/conditions/transient-ischaemic-attack-tia/',
  },

  // General.
  { id: 'NHS-PINS', title: 'NHS. Pins and needles', url: 'https://www.nhs.uk/conditions/pins-and-needles/' },
  {
    id: 'ANAT',
    title:
      "Standard anatomy texts (Gray's Anatomy); dermatomes after PMC7788378, Table 3; ulnar nerve pressure with elbow flexion",
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7788378/',
  },

  // Carpal tunnel syndrome.
  {
    id: 'NHS-CTS',
    title: 'NHS. Carpal tunnel syndrome',
    url: 'https://www.nhs.uk/conditions/carpal-tunnel-syndrome/',
  },
  {
    id: 'NICE-CKS-CTS',
    title: 'NICE Clinical Knowledge Summaries. Carpal tunnel syndrome',
    url: 'https://cks.nice.org.uk/topics/carpal-tunnel-syndrome/',
  },
  {
    id: 'KATZ1990',
    title:
      'Katz JN, Stirrat CR. A self-administered hand diagram for the diagnosis of carpal tunnel syndrome. J Hand Surg Am 1990;15(2):360–363',
  },
  {
    id: 'CTS6',
    title:
      'Graham B, Regehr G, Naglie G, Wright JG. Development and validation of diagnostic criteria for carpal tunnel syndrome (CTS-6). J Hand Surg Am 2006;31(6):919–924; calculator at MDCalc',
    url: 'https://www.mdcalc.com/calc/10631/carpal-tunnel-syndrome-6-cts-6',
  },
  {
    id: 'BCTQ',
    title:
      'Levine DW, Simmons BP, Koris MJ, et al. A self-administered questionnaire for the assessment of severity of symptoms and functional status in carpal tunnel syndrome. J Bone Joint Surg Am 1993;75(11):1585–1592',
  },

  // Ulnar nerve.
  {
    id: 'AAOS-CUBITAL',
    title:
      'American Academy of Orthopaedic Surgeons (OrthoInfo). Cubital tunnel syndrome (ulnar nerve entrapment at the elbow)',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/cubital-tunnel-syndrome-ulnar-nerve-entrapment-at-the-elbow/',
  },

  {
    id: 'NHS-ULNAR',
    title:
      'NHS patient information on ulnar nerve entrapment at the elbow: East Kent Hospitals University NHS Foundation Trust, Cubital tunnel syndrome (Orthopaedic Hand Service); Whittington Health NHS Trust, Ulnar neuropathy across the elbow (2020)',
    url: 'https://leaflets.ekhuft.nhs.uk/cubital-tunnel-syndrome/html',
  },

  // Neck.
  { id: 'NHS-NECK', title: 'NHS. Neck pain', url: 'https://www.nhs.uk/conditions/neck-pain/' },
  {
    id: 'NICE-CKS-RAD',
    title: 'NICE Clinical Knowledge Summaries. Neck pain – cervical radiculopathy',
    url: 'https://cks.nice.org.uk/topics/neck-pain-cervical-radiculopathy/',
  },
  {
    id: 'DCM-BMJ2018',
    title:
      'Davies BM, Mowforth OD, Smith EK, Kotter MRN. Degenerative cervical myelopathy. BMJ 2018;360:k186',
    url: 'https://doi.org/10.1136/bmj.k186',
  },
  {
    id: 'AAOS-CSM',
    title:
      'American Academy of Orthopaedic Surgeons (OrthoInfo). Cervical spondylotic myelopathy: spinal cord compression',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/cervical-spondylotic-myelopathy-spinal-cord-compression/',
  },

  // Diabetes and nerves.
  {
    id: 'NHS-NEUROPATHY',
    title: 'NHS. Peripheral neuropathy',
    url: 'https://www.nhs.uk/conditions/peripheral-neuropathy/',
  },
  {
    id: 'NHS-DIABETES',
    title: 'NHS. Type 2 diabetes',
    url: 'https://www.nhs.uk/conditions/type-2-diabetes/',
  },
  {
    id: 'MNSI',
    title:
      'Feldman EL, Stevens MJ, Thomas PK, et al. A practical two-step quantitative clinical and electrophysiological assessment for the diagnosis and staging of diabetic neuropathy (Michigan Neuropathy Screening Instrument). Diabetes Care 1994;17(11):1281–1289; Herman WH, et al. Diabet Med 2012;29(7):937–944',
  },

  // Blood.
  {
    id: 'NHS-IDA',
    title: 'NHS. Iron deficiency anaemia',
    url: 'https://www.nhs.uk/conditions/iron-deficiency-anaemia/',
  },
  {
    id: 'NHS-B12',
    title: 'NHS. Vitamin B12 or folate deficiency anaemia',
    url: 'https://www.nhs.uk/conditions/vitamin-b12-or-folate-deficiency-anaemia/',
  },
  { id: 'BMJBP-B12', title: 'BMJ Best Practice. Vitamin B12 deficiency' },
  {
    id: 'MHRA-2022',
    title:
      'MHRA Drug Safety Update, June 2022. Metformin and reduced vitamin B12 levels: new advice for monitoring patients at risk',
    url: 'https://www.gov.uk/drug-safety-update/metformin-and-reduced-vitamin-b12-levels-new-advice-for-monitoring-patients-at-risk',
  },

  // Blood vessels and cold.
  {
    id: 'RAYNAUD2014',
    title:
      "Maverakis E, Patel F, Kronenberg DG, et al. International consensus criteria for the diagnosis of Raynaud's phenomenon. J Autoimmun 2014;48–49:60–65",
  },
  { id: 'NHS-RAYNAUD', title: "NHS. Raynaud's", url: 'https://www.nhs.uk/conditions/raynauds/' },
  { id: 'NHS-FROSTBITE', title: 'NHS. Frostbite', url: 'https://www.nhs.uk/conditions/frostbite/' },
  { id: 'NHS-HYPOTHERMIA', title: 'NHS. Hypothermia', url: 'https://www.nhs.uk/conditions/hypothermia/' },
  {
    id: 'TOS',
    title:
      'UTHealth Houston (UT Physicians), Thoracic outlet syndrome; Mäkelä JP, Ramstad R, Mattila V, Pihlajamäki H. Brachial plexus lesions after backpack carriage in young adults. Clin Orthop Relat Res 2006;452:205–209',
    url: 'https://www.utphysicians.com/thoracic-outlet-syndrome/',
  },

  // Running.
  {
    id: 'RUN',
    title:
      'Sports-medicine sources on numb and swollen hands in runners and walkers: USA Track & Field (USATF) guidance; Postambulatory hand swelling (big hand syndrome): prevalence, demographics, and association with dog walking. ISRN Rheumatology 2011:659695',
    url: 'https://doi.org/10.5402/2011/659695',
  },

  // Anxiety.
  {
    id: 'NHS-PANIC',
    title: 'NHS. Panic disorder',
    url: 'https://www.nhs.uk/mental-health/conditions/panic-disorder/',
  },
  {
    id: 'NHS-BREATHING',
    title: 'NHS. Breathing exercises for stress',
    url: 'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/',
  },

  // Injury.
  {
    id: 'NHS-BROKEN-ARM',
    title: 'NHS. Broken arm or wrist',
    url: 'https://www.nhs.uk/conditions/broken-arm-or-wrist/',
  },
  {
    id: 'NHS-COMPARTMENT',
    title: 'NHS. Compartment syndrome',
    url: 'https://www.nhs.uk/conditions/compartment-syndrome/',
  },

  // Multiple sclerosis.
  {
    id: 'NHS-MS',
    title: 'NHS. Multiple sclerosis',
    url: 'https://www.nhs.uk/conditions/multiple-sclerosis/',
  },
];
